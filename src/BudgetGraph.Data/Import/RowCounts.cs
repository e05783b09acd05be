using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.RowCount"/> (the same SQL on SQLite and SQL Server): inside the document's transaction the
/// importer adds a new budget's projects and indicators, those without a card apart too (<see cref="AddBudgetAsync"/>), and takes a replaced budget's out
/// before its rows are deleted (<see cref="RemoveBudgetAsync"/>), each counted through the budget's index, so the figure
/// is what the tables hold, not what the parser meant to write; a bulk load counts every table once at its end
/// (<see cref="AllTables"/>). The migration that added the table fills it with its own copy of <see cref="AllTables"/>.
/// </summary>
public static class RowCounts
{
    public const string Projects = "Projects";
    public const string Indicators = "Indicators";

    /// <summary>The indicators without a card (the overall goals, 整体绩效目标): the rows a card filter's null copy also
    /// holds, taken out of its counts (a card's category of null or a negation on indicators: 430,043 entries of
    /// IX_Indicators_ProjectId counted at 50,005 disclosures, 15 ms).</summary>
    public const string IndicatorsWithoutProject = "Indicators.WithoutProject";

    /// <summary>
    /// The row sets counted: the tables whose every-row <c>totalCount</c> would read hundreds of thousands of entries, and
    /// the part of a table (<c>Where</c>, SQL on its columns) a filter would count as many of.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Table, string? Where)> Counted =
    [
        (Projects, "Projects", null),
        (Indicators, "Indicators", null),
        (IndicatorsWithoutProject, "Indicators", "\"ProjectId\" IS NULL"),
    ];

    /// <summary>Every row set's count again (a bulk load's end, rows written without the importer).</summary>
    public static readonly string AllTables = "DELETE FROM \"RowCounts\";\n" + string.Concat(Counted.Select(c =>
        $"INSERT INTO \"RowCounts\" (\"Name\", \"Count\") SELECT '{c.Name}', COUNT(*) FROM \"{c.Table}\"{(c.Where is null ? "" : $" WHERE {c.Where}")};\n"));

    // {0}: the budget; the sign is the statement's. A row set without its row (a database migrated before it was
    // counted) is left without one: read, it is counted on its rows.
    private static string ChangeBy(char sign) => string.Concat(Counted.Select(c =>
        $"UPDATE \"RowCounts\" SET \"Count\" = \"Count\" {sign} (SELECT COUNT(*) FROM \"{c.Table}\" WHERE \"BudgetId\" = {{0}}" +
        $"{(c.Where is null ? "" : $" AND {c.Where}")}) WHERE \"Name\" = '{c.Name}';\n"));

    private static readonly string Add = ChangeBy('+');
    private static readonly string Remove = ChangeBy('-');

    /// <summary>Adds the rows of budget <paramref name="budgetId"/>, just written, to the counts.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Add, [budgetId], cancellationToken);

    /// <summary>Takes the rows of budget <paramref name="budgetId"/>, about to be deleted, out of the counts.</summary>
    public static Task<int> RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Remove, [budgetId], cancellationToken);

    /// <summary>The kept count of the row set <paramref name="table"/> (<see cref="Counted"/>); null when it has none (then count the rows).</summary>
    public static async Task<int?> ReadAsync(BudgetDbContext db, string table, CancellationToken cancellationToken = default) =>
        await db.RowCounts.AsNoTracking().Where(r => r.Name == table).Select(r => (long?)r.Count).FirstOrDefaultAsync(cancellationToken)
            is { } count ? checked((int)count) : null;
}
