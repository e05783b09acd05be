using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes <see cref="Entities.ExpenditureDistrictTotal"/> rows from the budgets' level totals: sums of sums and counts,
/// the least of the minima and the greatest of the maxima — the figures of the lines themselves — and the number of
/// units with such lines. Inside the document's transaction, after its level totals, the importer
/// <list type="bullet">
/// <item>adds a new budget to its district's rows (<see cref="AddBudgetAsync"/>: one upsert of the budget's own level
/// totals), so a document costs the same whatever the district's size — recomputing its district instead read every
/// budget's level totals, 88 ms per document at 5,005 disclosures, 8 documents/s for an import into that database;</item>
/// <item>recomputes a district from its budgets (<see cref="RecomputeAsync"/>) where figures leave it: a replaced budget
/// (a minimum or maximum cannot be subtracted), both districts of a unit that moves — 12 ms for a district of 1,101
/// units at 5,005 disclosures, 75–81 ms before it sought the district's units by index;</item>
/// <item>in a bulk load into an empty database, computes every district once at its end (<see cref="AllDistricts"/>,
/// after the level totals).</item>
/// </list>
/// The migration that added the table fills it with its own copy of <see cref="AllDistricts"/>.
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

    /// <summary>
    /// The budget's level totals ({0}) as district rows ({1}: the district, '' for none): its sums, counts and extremes,
    /// and one unit more where no other budget of its unit has lines of that table and level (its unit's budgets read
    /// through an index that leads with the unit, their level totals by primary key). The level totals are a subquery of
    /// each budget, not a join: SQLite, which keeps no statistics here, joined them the other way round once the unit had
    /// an index of its own (IX_Budgets_UnitId) — every budget's totals of that table and level, then each one's budget.
    /// </summary>
    private const string BudgetRows = """
        SELECT t."TableKind", t."Level", {1} AS "DistrictName", t."Sum", t."Count", t."Min", t."Max",
            CASE WHEN EXISTS (
                SELECT 1 FROM "Budgets" AS o
                WHERE o."UnitId" = t."UnitId" AND o."Id" <> t."BudgetId" AND EXISTS (
                    SELECT 1 FROM "ExpenditureLevelTotals" AS x
                    WHERE x."BudgetId" = o."Id" AND x."TableKind" = t."TableKind" AND x."Level" = t."Level")) THEN 0 ELSE 1 END AS "Units"
        FROM "ExpenditureLevelTotals" AS t
        WHERE t."BudgetId" = {0}
        """;

    /// <summary>SQLite: the budget's rows inserted, or added to its district's (UPSERT, SQLite ≥ 3.24).</summary>
    private const string AddSqlite = """
        INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")

        """ + BudgetRows + """

        ON CONFLICT ("TableKind", "Level", "DistrictName") DO UPDATE SET
            "Units" = "Units" + excluded."Units",

        """ + AddedFigures.Upsert;

    /// <summary>SQL Server: the same as one MERGE (the importer is the only writer; HOLDLOCK all the same).</summary>
    private const string AddSqlServer = """
        MERGE "ExpenditureDistrictTotals" WITH (HOLDLOCK) AS s
        USING (

        """ + BudgetRows + """

        ) AS d ON s."TableKind" = d."TableKind" AND s."Level" = d."Level" AND s."DistrictName" = d."DistrictName"
        WHEN MATCHED THEN UPDATE SET
            "Units" = s."Units" + d."Units",

        """ + AddedFigures.Merge + """

        WHEN NOT MATCHED THEN INSERT ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")
            VALUES (d."TableKind", d."Level", d."DistrictName", d."Sum", d."Count", d."Min", d."Max", d."Units");
        """;

    /// <summary>
    /// Adds budget <paramref name="budgetId"/> — new, its level totals written, its unit in
    /// <paramref name="districtName"/> (null: none) with its other budgets already counted there — to its district's
    /// rows. A budget that replaces another, or of a unit that moved, needs <see cref="RecomputeAsync"/> instead.
    /// </summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, string? districtName, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? AddSqlServer : AddSqlite, [budgetId, districtName ?? ""], cancellationToken);

    /// <summary>
    /// Recomputes the totals of the district <paramref name="districtName"/> (null: the units without one) from its
    /// units (<c>IX_Units_DistrictName</c>), their budgets and those budgets' level totals: a district's rows, not every
    /// budget's.
    /// </summary>
    public static async Task RecomputeAsync(DbContext db, string? districtName, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureDistrictTotals\" WHERE \"DistrictName\" = {0}", [districtName ?? ""], cancellationToken);
        // The column itself compared (no COALESCE), so that the index is sought; the row '' is the units whose district
        // is NULL or empty, as AllDistricts groups them.
        if (string.IsNullOrEmpty(districtName))
            await db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE (u.\"DistrictName\" IS NULL OR u.\"DistrictName\" = '')\n" + GroupBy, cancellationToken);
        else await db.Database.ExecuteSqlRawAsync(Insert + "\nWHERE u.\"DistrictName\" = {0}\n" + GroupBy, [districtName], cancellationToken);
    }
}
