using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps each budget's <see cref="Entities.Budget.IndicatorRows"/> (the same SQL on SQLite and SQL Server): inside the
/// document's transaction the importer counts a new budget's indicators once they are written (<see cref="SetAsync"/>),
/// through the budget's index, so the figure is what the table holds; a replaced budget is deleted with its rows, so
/// nothing is taken out; a bulk load counts every budget once at its end (<see cref="AllBudgets"/>), as the migration
/// <c>BudgetIndicatorRows</c> did for stored databases. Anything else that writes indicators must run
/// <see cref="AllBudgets"/> (the Api tests' <c>SeedData.Fill</c> does). (Not the cards: about seven a budget, so their
/// sum would save little over counting them, and the count on their rows also reads the first one's key for the page.)
/// </summary>
public static class BudgetRowCounts
{
    /// <summary>Every budget's count again (a bulk load's end, rows written without the importer).</summary>
    public const string AllBudgets =
        "UPDATE \"Budgets\" SET \"IndicatorRows\" = (SELECT COUNT(*) FROM \"Indicators\" AS i WHERE i.\"BudgetId\" = \"Budgets\".\"Id\");";

    // {0}: the budget.
    private const string One =
        "UPDATE \"Budgets\" SET \"IndicatorRows\" = (SELECT COUNT(*) FROM \"Indicators\" WHERE \"BudgetId\" = {0}) WHERE \"Id\" = {0};";

    /// <summary>Counts the indicators of budget <paramref name="budgetId"/>, just written.</summary>
    public static Task<int> SetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(One, [budgetId], cancellationToken);
}
