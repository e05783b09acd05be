using BudgetGraph.Api.Http;
using BudgetGraph.Api.Import;

// `dotnet run --project src/BudgetGraph.Api -- import <files or folder>` imports disclosures and exits.
if (args is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs);

var app = BudgetGraphApp.Build(args);
app.Run();
return 0;
