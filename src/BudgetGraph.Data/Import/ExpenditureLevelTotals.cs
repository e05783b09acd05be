using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes a budget's <see cref="ExpenditureLevelTotal"/> rows from its stored expenditure lines: one INSERT … SELECT
/// (the same SQL on SQLite and SQL Server), run by the importer inside the document's transaction after the lines,
/// so the totals are committed — or rolled back — with the document. The migration that added the table fills it the
/// same way for the budgets already stored (its own copy of this SQL: migrations do not change with the code).
/// </summary>
public static class ExpenditureLevelTotals
{
    private const string Insert = """
        INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "UnitId", "FiscalYear", "Sum", "Count", "Min", "Max")
        SELECT l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear", SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
        FROM "ExpenditureLines" AS l
        """;

    private const string GroupBy = """
        GROUP BY l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear"
        """;

    /// <summary>Sums the stored lines of budget <paramref name="budgetId"/> into its level totals.</summary>
    public static Task<int> WriteAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE l.\"BudgetId\" = {0}\n" + GroupBy, [budgetId], cancellationToken);
}
