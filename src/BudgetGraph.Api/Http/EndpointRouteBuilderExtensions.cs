using BudgetGraph.Api.Dashboard;
using BudgetGraph.Api.Ide;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps /graphql (API for programs, GraphiQL for browsers), the IDE's static files, /dashboard and /healthz.</summary>
    public static IEndpointRouteBuilder MapBudgetGraphEndpoints(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var graphql = app.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        var ide = app.ServiceProvider.GetRequiredService<IdeAssets>();

        app.MapGet(path, http => IdeAssets.IsBrowserAskingForIde(http.Request) ? ide.ServePageAsync(http) : graphql.HandleAsync(http));
        app.MapPost(path, graphql.HandleAsync);
        app.MapPost(path + PersistedDocumentEndpoint.PathSuffix, app.ServiceProvider.GetRequiredService<PersistedDocumentEndpoint>().HandleAsync);
        app.MapGet(IdeAssets.AssetPathPrefix + "/{*file}", ide.ServeAssetAsync);
        var dashboard = app.ServiceProvider.GetRequiredService<DashboardAssets>();
        app.MapGet(DashboardAssets.Path, dashboard.ServePageAsync);
        app.MapGet(DashboardAssets.Path + "/{*file}", dashboard.ServeAssetAsync);
        app.MapBudgetGraphHealth();
        return app;
    }
}
