using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes <see cref="Entities.ExpenditureDistrictTotal"/> rows from the budgets' level totals (the same SQL on SQLite
/// and SQL Server): sums of sums and counts, the least of the minima and the greatest of the maxima — the figures of
/// the lines themselves — and the number of units with such lines. The importer recomputes the district of a stored
/// (or replaced) budget's unit after its level totals, inside the document's transaction, and both districts of a unit
/// that moves; a bulk load computes every district once at its end (<see cref="AllDistricts"/>, after the level
/// totals). The migration that added the table fills it with its own copy of <see cref="AllDistricts"/>.
/// </summary>
public static class ExpenditureDistrictTotals
{
    private const string Insert = """
        INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")
        SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max"), COUNT(DISTINCT u."Id")
        FROM "Units" AS u
        INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
        INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
        """;

    private const string GroupBy = """
        GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '')
        """;

    /// <summary>Every district's totals again from the level totals (a bulk load's end; the migration's backfill).</summary>
    public const string AllDistricts = "DELETE FROM \"ExpenditureDistrictTotals\";\n" + Insert + "\n" + GroupBy + ";\n";

    /// <summary>Recomputes the totals of the district <paramref name="districtName"/> (null: the units without one).</summary>
    public static async Task RecomputeAsync(DbContext db, string? districtName, CancellationToken cancellationToken = default)
    {
        var key = districtName ?? "";
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureDistrictTotals\" WHERE \"DistrictName\" = {0}", [key], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE COALESCE(u.\"DistrictName\", '') = {0}\n" + GroupBy, [key], cancellationToken);
    }
}
