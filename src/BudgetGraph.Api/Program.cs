using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Import;
using BudgetGraph.Data;

// `dotnet run --project src/BudgetGraph.Api -- import <files or folder>` imports disclosures and exits.
if (args is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBudgetDatabase(builder.Configuration);
builder.Services.AddBudgetGraphQL(builder.Configuration);

var app = builder.Build();
app.MapBudgetGraphEndpoints();
app.Run();
return 0;
