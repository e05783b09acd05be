using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>The fiscal years that have budgets (<c>fiscalYears</c>).</summary>
public static class FiscalYears
{
    /// <summary>
    /// On SQLite a loose scan of <c>IX_Budgets_FiscalYear</c>: a recursive CTE seeks the greatest year, then the greatest
    /// below the previous one — a seek per year, whatever the number of budgets (a <c>DISTINCT</c> reads every budget's
    /// entry: 5,005 at 5,005 disclosures). SQL Server (no subquery in a recursive member): the distinct years.
    /// </summary>
    public const string NewestFirstSqlite = """
        WITH RECURSIVE y("Year") AS (
            SELECT (SELECT MAX(b."FiscalYear") FROM "Budgets" AS b)
            UNION ALL
            SELECT (SELECT MAX(b."FiscalYear") FROM "Budgets" AS b WHERE b."FiscalYear" < y."Year") FROM y WHERE y."Year" IS NOT NULL
        )
        SELECT y."Year" AS "Value" FROM y WHERE y."Year" IS NOT NULL
        """;

    /// <summary>Every fiscal year with a budget, newest first.</summary>
    public static Task<List<int>> NewestFirstAsync(BudgetDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<int>(NewestFirstSqlite).ToListAsync(cancellationToken)
            : db.Budgets.Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
}
