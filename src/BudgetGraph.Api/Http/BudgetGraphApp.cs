using BudgetGraph.Api.Dashboard;
using BudgetGraph.Api.Database;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Ide;
using BudgetGraph.Api.Operations;

namespace BudgetGraph.Api.Http;

/// <summary>Builds the web application; tests and the benchmark call it to host the real service on a port of their own.</summary>
public static class BudgetGraphApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddBudgetGraphServiceDefaults(builder.Configuration);
        builder.Services.AddBudgetGraphDatabase(builder.Configuration);
        builder.Services.AddBudgetGraphQL(builder.Configuration);
        builder.Services.AddBudgetGraphHttp(builder.Configuration);
        builder.Services.AddBudgetGraphIde();
        builder.Services.AddBudgetGraphHealth(builder.Configuration);
        builder.Services.AddBudgetGraphDashboard();

        var app = builder.Build();
        app.MapBudgetGraphEndpoints();
        return app;
    }
}
