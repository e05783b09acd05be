using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps each budget's <see cref="Entities.Budget.IndicatorRows"/> and <see cref="Entities.Budget.CoreIndicatorRows"/>
/// (the same SQL on SQLite and SQL Server): inside the
/// document's transaction the importer counts a new budget's indicators once they are written (<see cref="SetAsync"/>),
/// through the budget's index, so the figure is what the table holds; a replaced budget is deleted with its rows, so
/// nothing is taken out; a bulk load counts every budget once at its end (<see cref="AllBudgets"/>), as the migration
/// <c>BudgetIndicatorRows</c> did for stored databases. Anything else that writes indicators must run
/// <see cref="AllBudgets"/> (the Api tests' <c>SeedData.Fill</c> does). (Not the cards: about seven a budget, so their
/// sum would save little over counting them, and the count on their rows also reads the first one's key for the page.)
/// </summary>
public static class BudgetRowCounts
{
    // The core ones summed over the budget's rows, not filtered: under `IsCore = 1` SQLite, which keeps no statistics
    // here, read the core mark's index for every budget (5,005 budgets: 108 s, 0.1 s this way).
    private const string CoreOf = "COALESCE(SUM(CASE WHEN i.\"IsCore\" = 1 THEN 1 ELSE 0 END), 0)";

    /// <summary>Every budget's counts again (a bulk load's end, rows written without the importer).</summary>
    public const string AllBudgets =
        "UPDATE \"Budgets\" SET \"IndicatorRows\" = (SELECT COUNT(*) FROM \"Indicators\" AS i WHERE i.\"BudgetId\" = \"Budgets\".\"Id\"), " +
        $"\"CoreIndicatorRows\" = (SELECT {CoreOf} FROM \"Indicators\" AS i WHERE i.\"BudgetId\" = \"Budgets\".\"Id\");";

    // {0}: the budget.
    private const string One =
        "UPDATE \"Budgets\" SET \"IndicatorRows\" = (SELECT COUNT(*) FROM \"Indicators\" WHERE \"BudgetId\" = {0}), " +
        $"\"CoreIndicatorRows\" = (SELECT {CoreOf} FROM \"Indicators\" AS i WHERE i.\"BudgetId\" = {{0}}) WHERE \"Id\" = {{0}};";

    /// <summary>Counts the indicators of budget <paramref name="budgetId"/>, just written.</summary>
    public static Task<int> SetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(One, [budgetId], cancellationToken);
}
