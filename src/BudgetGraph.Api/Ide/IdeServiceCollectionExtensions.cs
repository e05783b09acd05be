namespace BudgetGraph.Api.Ide;

public static class IdeServiceCollectionExtensions
{
    /// <summary>Registers the embedded GraphiQL files (loaded once).</summary>
    public static IServiceCollection AddBudgetGraphIde(this IServiceCollection services) =>
        services.AddSingleton<IdeAssets>();
}
