using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes <see cref="Entities.ExpenditureUnitTotal"/> rows from the budgets' level totals (the same SQL on SQLite and
/// SQL Server): per unit, table and level, sums of sums and counts, the least of the minima and the greatest of the
/// maxima — the figures of the lines themselves. The importer recomputes the unit of a stored (or replaced) budget
/// after its level totals, inside the document's transaction (a few rows: the unit's budgets); a bulk load computes
/// every unit once at its end (<see cref="AllUnits"/>, after the level totals). The migration that added the table
/// fills it with its own copy of <see cref="AllUnits"/>.
/// </summary>
public static class ExpenditureUnitTotals
{
    private const string Insert = """
        INSERT INTO "ExpenditureUnitTotals" ("UnitId", "TableKind", "Level", "Slug", "Sum", "Count", "Min", "Max")
        SELECT u."Id", t."TableKind", t."Level", u."Slug", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
        FROM "Units" AS u
        INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
        INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
        """;

    private const string GroupBy = """
        GROUP BY u."Id", u."Slug", t."TableKind", t."Level"
        """;

    /// <summary>Every unit's totals again from the level totals (a bulk load's end; the migration's backfill).</summary>
    public const string AllUnits = "DELETE FROM \"ExpenditureUnitTotals\";\n" + Insert + "\n" + GroupBy + ";\n";

    /// <summary>Recomputes the totals of unit <paramref name="unitId"/> from its budgets' level totals.</summary>
    public static async Task RecomputeAsync(DbContext db, int unitId, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureUnitTotals\" WHERE \"UnitId\" = {0}", [unitId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE u.\"Id\" = {0}\n" + GroupBy, [unitId], cancellationToken);
    }
}
