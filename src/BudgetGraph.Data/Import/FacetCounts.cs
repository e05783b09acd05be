using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps one table's combination counts (<see cref="Entities.IndicatorFacetCount"/>, <see cref="Entities.ProjectFacetCount"/>;
/// the same SQL on SQLite and SQL Server), as <see cref="ValueCounts"/> keeps the counts of single values: inside the
/// document's transaction the importer adds a new budget's rows to the counts of their combinations
/// (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out before its rows are deleted
/// (<see cref="RemoveBudgetAsync"/>), each read through the budget's index, so the figures are what the table holds; a
/// bulk load counts every combination once at its end (<see cref="AllCombinations"/>). Each combination's first and
/// last keys are bounds of its rows' (<see cref="Entities.IndicatorFacetCount.FirstId"/>).
/// </summary>
/// <remarks>To count another column in a table's combinations: add a property of the same name and type to its entity
/// and the column to its <see cref="Columns"/>, then a migration that fills the table again with
/// <see cref="AllCombinations"/>' statements (spelled out in it). To keep another table's: an entity like
/// <see cref="Entities.ProjectFacetCount"/>, an instance here in <see cref="All"/>, its migration, and
/// <c>CountedOnFacets</c> on its filter (the API counts any filter of these columns on them by itself). Keep to columns
/// whose values come from a short list: each column multiplies the combinations the count reads.</remarks>
public sealed class FacetCounts
{
    /// <summary>The indicators' year, levels, operator, core mark, weight, card category, unit of measure and targets (<see cref="Entities.IndicatorFacetCount"/>).</summary>
    public static readonly FacetCounts Indicators = new("indicator", "Indicators", "IndicatorFacetCounts",
        ["FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget"]);

    /// <summary>The cards' year, category, core mark and district (<see cref="Entities.ProjectFacetCount"/>).</summary>
    public static readonly FacetCounts Projects = new("project", "Projects", "ProjectFacetCounts", ["FiscalYear", "Category", "HasCoreIndicator", "DistrictName"]);

    /// <summary>Every table whose combinations are kept.</summary>
    public static readonly IReadOnlyList<FacetCounts> All = [Indicators, Projects];

    private FacetCounts(string noun, string table, string facetTable, IReadOnlyList<string> columns)
    {
        (Noun, Table, FacetTable, Columns) = (noun, table, facetTable, columns);
        var listed = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var keysOfAll = $"(SELECT {listed}, MIN(\"Id\") AS \"F\", MAX(\"Id\") AS \"L\" FROM \"{table}\" GROUP BY {listed}) AS g";
        AllCombinations = $"DELETE FROM \"{facetTable}\";\n" +
            $"INSERT INTO \"{facetTable}\" ({listed}, \"Count\", \"FirstId\", \"LastId\") " +
            $"SELECT {listed}, COUNT(*), MIN(\"Id\"), MAX(\"Id\") FROM \"{table}\" GROUP BY {listed};\n";
        UnboundedKeys = $"SELECT {string.Join(", ", columns.Select(c => $"f.\"{c}\""))}, f.\"FirstId\", f.\"LastId\", 1 FROM \"{facetTable}\" AS f " +
            $"JOIN {keysOfAll} ON {SameAs("f")} WHERE f.\"FirstId\" > g.\"F\" OR f.\"LastId\" < g.\"L\"";
        BoundKeysAgain = $"UPDATE \"{facetTable}\" SET \"FirstId\" = g.\"F\", \"LastId\" = g.\"L\" FROM {keysOfAll} " +
            $"WHERE {SameAs($"\"{facetTable}\"")} AND (\"{facetTable}\".\"FirstId\" > g.\"F\" OR \"{facetTable}\".\"LastId\" < g.\"L\");\n";
        KeptCounts = $"SELECT {listed}, \"Count\" FROM \"{facetTable}\"";

        // {0}: the budget. Its rows' combinations, counted, with their first and last keys.
        var ofBudget = $"(SELECT {listed}, COUNT(*) AS \"N\", MIN(\"Id\") AS \"F\", MAX(\"Id\") AS \"L\" FROM \"{table}\" " +
                       $"WHERE \"BudgetId\" = {{0}} GROUP BY {listed}) AS g";
        // The combinations already counted change by the budget's rows of each; when adding, those not counted yet get
        // their rows (after the change, which would count them twice). Added, the keys widen to the budget's; taken out,
        // they stay (still bounds: keys are never given again).
        string ChangeBy(char sign) =>
            $"UPDATE \"{facetTable}\" SET \"Count\" = \"Count\" {sign} g.\"N\"" +
            (sign == '-' ? "" :
                ", \"FirstId\" = CASE WHEN g.\"F\" < \"FirstId\" THEN g.\"F\" ELSE \"FirstId\" END, " +
                "\"LastId\" = CASE WHEN g.\"L\" > \"LastId\" THEN g.\"L\" ELSE \"LastId\" END") +
            $" FROM {ofBudget} WHERE {SameAs($"\"{facetTable}\"")};\n" +
            (sign == '-' ? "" :
                $"INSERT INTO \"{facetTable}\" ({listed}, \"Count\", \"FirstId\", \"LastId\") SELECT {string.Join(", ", columns.Select(c => $"g.\"{c}\""))}, " +
                $"g.\"N\", g.\"F\", g.\"L\" FROM {ofBudget} WHERE NOT EXISTS (SELECT 1 FROM \"{facetTable}\" AS f WHERE {SameAs("f")});\n");
        _add = ChangeBy('+');
        _remove = ChangeBy('-');
    }

    /// <summary>What one row is, e.g. <c>indicator</c> (the audit's names of its figures).</summary>
    public string Noun { get; }

    /// <summary>The table whose rows are counted, e.g. <c>Indicators</c>.</summary>
    public string Table { get; }

    /// <summary>The table of its combinations, e.g. <c>IndicatorFacetCounts</c>.</summary>
    public string FacetTable { get; }

    /// <summary>The columns combined, each also a property of the same name and type of the combinations' entity.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Every combination's count and first and last keys again (a bulk load's end, rows written without the
    /// importer; the audit).</summary>
    public string AllCombinations { get; }

    /// <summary>
    /// The combinations whose kept first or last key does not bound their rows' (a first key above the first row's, a
    /// last one below the last's), with both: none, unless a figure drifted (the audit). Such a bound would make a page
    /// skip matches; a looser one only costs the page a longer read.
    /// </summary>
    public string UnboundedKeys { get; }

    /// <summary>The first and last keys of the combinations <see cref="UnboundedKeys"/> lists written again, exact (the
    /// audit's repair; the counts are written again on their own, <see cref="AllCombinations"/>).</summary>
    public string BoundKeysAgain { get; }

    /// <summary>The kept combinations and their counts (the audit's read).</summary>
    public string KeptCounts { get; }

    private readonly string _add;
    private readonly string _remove;

    // The combination of row `row` is g's, null equal to null (the year is never null: an equality, which seeks the year's index).
    private string SameAs(string row) => string.Join(" AND ", Columns.Select(c => c == "FiscalYear"
        ? $"{row}.\"{c}\" = g.\"{c}\""
        : NullSafeSql.Same($"{row}.\"{c}\"", $"g.\"{c}\"")));

    /// <summary>Adds the rows of budget <paramref name="budgetId"/>, just written, to the counts of their combinations, in every table.</summary>
    public static async Task AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default)
    {
        foreach (var facets in All) await db.Database.ExecuteSqlRawAsync(facets._add, [budgetId], cancellationToken);
    }

    /// <summary>Takes the rows of budget <paramref name="budgetId"/>, about to be deleted, out of the counts of their combinations, in every table.</summary>
    public static async Task RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default)
    {
        foreach (var facets in All) await db.Database.ExecuteSqlRawAsync(facets._remove, [budgetId], cancellationToken);
    }

    /// <summary>Every table's combinations counted again (a bulk load's end).</summary>
    public static string AllTables => string.Concat(All.Select(f => f.AllCombinations));
}
