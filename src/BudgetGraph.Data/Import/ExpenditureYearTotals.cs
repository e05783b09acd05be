using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes <see cref="Entities.ExpenditureYearTotal"/> rows from the budgets' level totals (the same SQL on SQLite and
/// SQL Server): sums of sums and counts, the least of the minima and the greatest of the maxima — the figures of the
/// lines themselves. The importer recomputes the year of a stored (or replaced: same unit and year) budget after its
/// level totals, inside the document's transaction, reading that year's entries of
/// <c>IX_ExpenditureLevelTotals_Year</c> for each table and level (every value listed, so the index's leading columns
/// are equalities); a bulk load computes every year once at its end (<see cref="AllYears"/>, after the level totals).
/// The migration that added the table fills it with its own copy of <see cref="AllYears"/>.
/// </summary>
public static class ExpenditureYearTotals
{
    private const string Insert = """
        INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
        SELECT t."TableKind", t."Level", t."FiscalYear", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
        FROM "ExpenditureLevelTotals" AS t
        """;

    private const string GroupBy = """
        GROUP BY t."TableKind", t."Level", t."FiscalYear"
        """;

    /// <summary>Every year's totals again from the level totals (a bulk load's end; the migration's backfill).</summary>
    public const string AllYears = "DELETE FROM \"ExpenditureYearTotals\";\n" + Insert + "\n" + GroupBy + ";\n";

    // Every table and level the enums name (stored as their names): equalities on the index's two leading columns.
    private static readonly string RecomputeOneYear = Insert +
        $"\nWHERE t.\"TableKind\" IN ({Names<FunctionalTableKind>()}) AND t.\"Level\" IN ({Names<SubjectLevel>()}) AND t.\"FiscalYear\" = {{0}}\n" + GroupBy;

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => $"'{n}'"));

    /// <summary>Recomputes the totals of <paramref name="fiscalYear"/>.</summary>
    public static async Task RecomputeAsync(DbContext db, int fiscalYear, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureYearTotals\" WHERE \"FiscalYear\" = {0}", [fiscalYear], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RecomputeOneYear, [fiscalYear], cancellationToken);
    }
}
