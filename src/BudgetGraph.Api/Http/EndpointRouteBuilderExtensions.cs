namespace BudgetGraph.Api.Http;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps /graphql, the IDE and /healthz. (Placeholder until the HTTP work lands.)</summary>
    public static IEndpointRouteBuilder MapBudgetGraphEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
