using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes a budget's <see cref="ExpenditureLevelTotal"/> rows from its stored expenditure lines: one INSERT … SELECT
/// (the same SQL on SQLite and SQL Server), run by the importer inside the document's transaction after the lines,
/// so the totals are committed — or rolled back — with the document. The migration that added the table fills it the
/// same way for the budgets already stored (its own copy of this SQL: migrations do not change with the code).
/// A bulk load into an empty database writes none per document and sums every budget at its end instead
/// (<see cref="AllBudgets"/>, after its indexes are built).
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

    /// <summary>
    /// Every budget's level totals again from the stored lines (SQLite and SQL Server): what the per-document
    /// statement writes, read from the covering index <c>IX_ExpenditureLines_Aggregate_Budget</c> in its order (no sort,
    /// one pass) and the unit and year taken from the budget (the lines carry the same, denormalised). Run by a bulk load
    /// at its end, after the deferred indexes are built (0.3 s CPU for 490,490 lines, against 0.45 s for a scan and a
    /// sort of the table without them).
    /// </summary>
    public const string AllBudgets = """
        DELETE FROM "ExpenditureLevelTotals";
        INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "UnitId", "FiscalYear", "Sum", "Count", "Min", "Max")
        SELECT t."BudgetId", t."TableKind", t."Level", b."UnitId", b."FiscalYear", t."Sum", t."Count", t."Min", t."Max"
        FROM (
            SELECT l."TableKind", l."Level", l."BudgetId", SUM(COALESCE(l."Total", 0)) AS "Sum", COUNT(*) AS "Count", MIN(l."Total") AS "Min", MAX(l."Total") AS "Max"
            FROM "ExpenditureLines" AS l
            GROUP BY l."TableKind", l."Level", l."BudgetId"
        ) AS t
        INNER JOIN "Budgets" AS b ON b."Id" = t."BudgetId";
        """;

    /// <summary>Sums the stored lines of budget <paramref name="budgetId"/> into its level totals.</summary>
    public static Task<int> WriteAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE l.\"BudgetId\" = {0}\n" + GroupBy, [budgetId], cancellationToken);
}
