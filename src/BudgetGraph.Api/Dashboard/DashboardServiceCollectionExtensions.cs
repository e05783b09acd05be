namespace BudgetGraph.Api.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers the embedded dashboard files (loaded once).</summary>
    public static IServiceCollection AddBudgetGraphDashboard(this IServiceCollection services) =>
        services.AddSingleton<DashboardAssets>();
}
