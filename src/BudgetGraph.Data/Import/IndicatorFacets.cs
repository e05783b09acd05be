using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.IndicatorFacetCount"/> (the same SQL on SQLite and SQL Server), as <see cref="ValueCounts"/>
/// keeps the counts of single values: inside the document's transaction the importer adds a new budget's indicators to
/// the counts of their combinations (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out before its rows are
/// deleted (<see cref="RemoveBudgetAsync"/>), each read through the budget's index, so the figures are what the table
/// holds; a bulk load counts every combination once at its end (<see cref="AllCombinations"/>).
/// </summary>
/// <remarks>To count another column in the combinations: add a property of the same name and type to
/// <see cref="Entities.IndicatorFacetCount"/> and the column to <see cref="Columns"/>, then a migration that fills the
/// table again with <see cref="AllCombinations"/>' statements (spelled out in it). The API counts any filter of these
/// columns on them by itself (<c>FilterSpec.CountedOnFacets</c>). Keep to columns whose values come from a short list:
/// each column multiplies the combinations the count reads.</remarks>
public static class IndicatorFacets
{
    /// <summary>The indicator columns combined, each also a property of <see cref="Entities.IndicatorFacetCount"/>.</summary>
    public static readonly IReadOnlyList<string> Columns = ["FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory"];

    private static readonly string Listed = string.Join(", ", Columns.Select(c => $"\"{c}\""));

    /// <summary>Every combination's count and first and last keys again (a bulk load's end, rows written without the
    /// importer; the audit).</summary>
    public static readonly string AllCombinations =
        "DELETE FROM \"IndicatorFacetCounts\";\n" +
        $"INSERT INTO \"IndicatorFacetCounts\" ({Listed}, \"Count\", \"FirstId\", \"LastId\") " +
        $"SELECT {Listed}, COUNT(*), MIN(\"Id\"), MAX(\"Id\") FROM \"Indicators\" GROUP BY {Listed};\n";

    /// <summary>
    /// The combinations whose kept first or last key does not bound their indicators' (a first key above the first
    /// indicator's, a last one below the last's), with both: none, unless a figure drifted (the audit). Such a bound
    /// would make a page skip matches; a looser one only costs the page a longer read.
    /// </summary>
    public static readonly string UnboundedKeys =
        $"SELECT {string.Join(", ", Columns.Select(c => $"f.\"{c}\""))}, f.\"FirstId\", f.\"LastId\", 1 FROM \"IndicatorFacetCounts\" AS f " +
        $"JOIN (SELECT {Listed}, MIN(\"Id\") AS \"F\", MAX(\"Id\") AS \"L\" FROM \"Indicators\" GROUP BY {Listed}) AS g ON {SameAsBudgets("f")} " +
        "WHERE f.\"FirstId\" > g.\"F\" OR f.\"LastId\" < g.\"L\"";

    /// <summary>The first and last keys of the combinations <see cref="UnboundedKeys"/> lists written again, exact (the
    /// audit's repair; the counts are written again on their own, <see cref="AllCombinations"/>).</summary>
    public static readonly string BoundKeysAgain =
        $"UPDATE \"IndicatorFacetCounts\" SET \"FirstId\" = g.\"F\", \"LastId\" = g.\"L\" " +
        $"FROM (SELECT {Listed}, MIN(\"Id\") AS \"F\", MAX(\"Id\") AS \"L\" FROM \"Indicators\" GROUP BY {Listed}) AS g " +
        $"WHERE {SameAsBudgets("\"IndicatorFacetCounts\"")} AND (\"IndicatorFacetCounts\".\"FirstId\" > g.\"F\" OR \"IndicatorFacetCounts\".\"LastId\" < g.\"L\");\n";

    // {0}: the budget. Its indicators' combinations, counted, with their first and last keys.
    private static readonly string OfBudget =
        $"(SELECT {Listed}, COUNT(*) AS \"N\", MIN(\"Id\") AS \"F\", MAX(\"Id\") AS \"L\" FROM \"Indicators\" WHERE \"BudgetId\" = {{0}} GROUP BY {Listed}) AS g";

    // The combination of row `row` is g's, null equal to null (the year is never null: an equality, which seeks the year's index).
    private static string SameAsBudgets(string row) => string.Join(" AND ", Columns.Select(c => c == "FiscalYear"
        ? $"{row}.\"{c}\" = g.\"{c}\""
        : NullSafeSql.Same($"{row}.\"{c}\"", $"g.\"{c}\"")));

    // The combinations already counted change by the budget's indicators of each; when adding, those not counted yet get
    // their rows (after the change, which would count them twice). Added, the keys widen to the budget's; taken out, they
    // stay (IndicatorFacetCount.FirstId: still bounds).
    private static string ChangeBy(char sign) =>
        $"UPDATE \"IndicatorFacetCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\"" +
        (sign == '-' ? "" :
            ", \"FirstId\" = CASE WHEN g.\"F\" < \"FirstId\" THEN g.\"F\" ELSE \"FirstId\" END, " +
            "\"LastId\" = CASE WHEN g.\"L\" > \"LastId\" THEN g.\"L\" ELSE \"LastId\" END") +
        $" FROM {OfBudget} WHERE {SameAsBudgets("\"IndicatorFacetCounts\"")};\n" +
        (sign == '-' ? "" :
            $"INSERT INTO \"IndicatorFacetCounts\" ({Listed}, \"Count\", \"FirstId\", \"LastId\") SELECT {string.Join(", ", Columns.Select(c => $"g.\"{c}\""))}, " +
            $"g.\"N\", g.\"F\", g.\"L\" FROM {OfBudget} WHERE NOT EXISTS (SELECT 1 FROM \"IndicatorFacetCounts\" AS f WHERE {SameAsBudgets("f")});\n");

    private static readonly string Add = ChangeBy('+');
    private static readonly string Remove = ChangeBy('-');

    /// <summary>Adds the indicators of budget <paramref name="budgetId"/>, just written, to the counts of their combinations.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Add, [budgetId], cancellationToken);

    /// <summary>Takes the indicators of budget <paramref name="budgetId"/>, about to be deleted, out of the counts of their combinations.</summary>
    public static Task<int> RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Remove, [budgetId], cancellationToken);
}
