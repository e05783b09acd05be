using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.RowCount"/> (the same SQL on SQLite and SQL Server): inside the document's transaction the
/// importer adds a new budget's projects and indicators (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out
/// before its rows are deleted (<see cref="RemoveBudgetAsync"/>), each counted through the budget's index, so the figure
/// is what the tables hold, not what the parser meant to write; a bulk load counts every table once at its end
/// (<see cref="AllTables"/>). The migration that added the table fills it with its own copy of <see cref="AllTables"/>.
/// </summary>
public static class RowCounts
{
    public const string Projects = "Projects";
    public const string Indicators = "Indicators";

    /// <summary>The tables counted: those whose every-row <c>totalCount</c> would read hundreds of thousands of entries.</summary>
    public static readonly IReadOnlyList<string> Tables = [Projects, Indicators];

    /// <summary>Every table's count again (a bulk load's end, rows written without the importer).</summary>
    public static readonly string AllTables = "DELETE FROM \"RowCounts\";\n" + string.Concat(Tables.Select(t =>
        $"INSERT INTO \"RowCounts\" (\"Name\", \"Count\") SELECT '{t}', COUNT(*) FROM \"{t}\";\n"));

    // {0}: the budget; the sign is the statement's.
    private static string ChangeBy(char sign) => string.Concat(Tables.Select(t =>
        $"UPDATE \"RowCounts\" SET \"Count\" = \"Count\" {sign} (SELECT COUNT(*) FROM \"{t}\" WHERE \"BudgetId\" = {{0}}) WHERE \"Name\" = '{t}';\n"));

    private static readonly string Add = ChangeBy('+');
    private static readonly string Remove = ChangeBy('-');

    /// <summary>Adds the rows of budget <paramref name="budgetId"/>, just written, to the counts.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Add, [budgetId], cancellationToken);

    /// <summary>Takes the rows of budget <paramref name="budgetId"/>, about to be deleted, out of the counts.</summary>
    public static Task<int> RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Remove, [budgetId], cancellationToken);

    /// <summary>The kept count of <paramref name="table"/>; null when it has none (then count the rows).</summary>
    public static async Task<int?> ReadAsync(BudgetDbContext db, string table, CancellationToken cancellationToken = default) =>
        await db.RowCounts.AsNoTracking().Where(r => r.Name == table).Select(r => (long?)r.Count).FirstOrDefaultAsync(cancellationToken)
            is { } count ? checked((int)count) : null;
}
