using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.ExpenditureSubjectTotal"/> rows equal to the stored expenditure lines grouped by table,
/// level and code (sum, count, min, max of the totals, a missing total counting as 0 in the sum; the label the
/// greatest name), inside the document's transaction:
/// <list type="bullet">
/// <item>a stored budget's lines are added to their codes' rows (<see cref="AddBudgetAsync"/>: one upsert of the
/// budget's groups — sums and counts added, the least minimum, the greatest maximum and name kept), so a document costs
/// as many rows as it has codes, whatever the number of budgets;</item>
/// <item>before a replaced budget's lines are deleted, they are taken out of their codes' rows
/// (<see cref="RemoveBudgetAsync"/>: sums and counts subtracted; a minimum or maximum cannot be subtracted, so each is
/// read again from the other budgets' lines — one seek of an index in total order — and the label only when no other
/// budget's line has it, the one read of a code's lines; a code left without lines is deleted);</item>
/// <item>a bulk load into an empty database writes none per document and sums every code once at its end
/// (<see cref="AllSubjects"/>, after the indexes are built; an interrupted load: the next run).</item>
/// </list>
/// The migration that added the table fills it with its own copy of <see cref="AllSubjects"/>.
/// </summary>
public static class ExpenditureSubjectTotals
{
    private const string Columns = """
        INSERT INTO "ExpenditureSubjectTotals" ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
        """;

    private const string Groups = """
        SELECT l."TableKind", l."Level", l."Code", MAX(l."Name"), SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
        """;

    private const string GroupBy = """
        GROUP BY l."TableKind", l."Level", l."Code"
        """;

    /// <summary>
    /// Every code's totals again from the stored lines (SQLite and SQL Server): the covering index
    /// <c>IX_ExpenditureLines_Compare_Total</c> (TableKind, Level, Code, …; it carries Total and Name) read once in its order.
    /// </summary>
    public const string AllSubjects = "DELETE FROM \"ExpenditureSubjectTotals\";\n" + Columns + "\n" + Groups
                                      + "\nFROM \"ExpenditureLines\" AS l\n" + GroupBy + ";\n";

    /// <summary>SQLite: the budget's groups inserted, or added to the row of their code (UPSERT, SQLite ≥ 3.24).</summary>
    private const string AddSqlite = Columns + "\n" + Groups + """

        FROM "ExpenditureLines" AS l
        WHERE l."BudgetId" = {0}
        GROUP BY l."TableKind", l."Level", l."Code"
        ON CONFLICT ("TableKind", "Level", "Code") DO UPDATE SET
            "Label" = CASE WHEN excluded."Label" > "Label" THEN excluded."Label" ELSE "Label" END,

        """ + AddedFigures.Upsert;

    /// <summary>SQL Server: the same as one MERGE (the importer is the only writer; HOLDLOCK all the same).</summary>
    private const string AddSqlServer = """
        MERGE "ExpenditureSubjectTotals" WITH (HOLDLOCK) AS s
        USING (
            SELECT l."TableKind", l."Level", l."Code", MAX(l."Name") AS "Label", SUM(COALESCE(l."Total", 0)) AS "Sum", COUNT(*) AS "Count", MIN(l."Total") AS "Min", MAX(l."Total") AS "Max"
            FROM "ExpenditureLines" AS l
            WHERE l."BudgetId" = {0}
            GROUP BY l."TableKind", l."Level", l."Code"
        ) AS d ON s."TableKind" = d."TableKind" AND s."Level" = d."Level" AND s."Code" = d."Code"
        WHEN MATCHED THEN UPDATE SET
            "Label" = CASE WHEN d."Label" > s."Label" THEN d."Label" ELSE s."Label" END,

        """ + AddedFigures.Merge + """

        WHEN NOT MATCHED THEN INSERT ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
            VALUES (d."TableKind", d."Level", d."Code", d."Label", d."Sum", d."Count", d."Min", d."Max");
        """;

    /// <summary>
    /// One code's row without the lines of budget {0} (portable: no alias on the updated table): sum and count less
    /// the budget's ({1}, {2}); the least and greatest total of the other budgets' lines, each the first line of
    /// another budget in an index in total order; the label stays unless the budget's greatest name ({3}) is it and no
    /// other budget's line has it (a subject's lines mostly share its printed name: the first one found ends the
    /// search), then it is read again from the other budgets' names. The code is {4}, {5}, {6}.
    /// </summary>
    internal const string SubtractCode = """
        UPDATE "ExpenditureSubjectTotals"
        SET "Sum" = "Sum" - {1},
            "Count" = "Count" - {2},
            "Min" = (SELECT MIN(x."Total") FROM "ExpenditureLines" AS x WHERE x."TableKind" = {4} AND x."Level" = {5} AND x."Code" = {6} AND x."BudgetId" <> {0}),
            "Max" = (SELECT MAX(x."Total") FROM "ExpenditureLines" AS x WHERE x."TableKind" = {4} AND x."Level" = {5} AND x."Code" = {6} AND x."BudgetId" <> {0}),
            "Label" = CASE WHEN {3} < "Label" THEN "Label"
                      WHEN EXISTS (SELECT 1 FROM "ExpenditureLines" AS x WHERE x."TableKind" = {4} AND x."Level" = {5} AND x."Code" = {6} AND x."Name" = "ExpenditureSubjectTotals"."Label" AND x."BudgetId" <> {0}) THEN "Label"
                      ELSE COALESCE((SELECT MAX(x."Name") FROM "ExpenditureLines" AS x WHERE x."TableKind" = {4} AND x."Level" = {5} AND x."Code" = {6} AND x."BudgetId" <> {0}), '') END
        WHERE "TableKind" = {4} AND "Level" = {5} AND "Code" = {6}
        """;

    /// <summary>Adds the stored lines of budget <paramref name="budgetId"/> to their codes' totals.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? AddSqlServer : AddSqlite, [budgetId], cancellationToken);

    /// <summary>
    /// Takes budget <paramref name="budgetId"/>'s lines out of their codes' totals: run before those lines are deleted
    /// (it reads them to know the codes), in the same transaction.
    /// </summary>
    public static async Task RemoveBudgetAsync(BudgetDbContext db, int budgetId, CancellationToken cancellationToken = default)
    {
        // The budget's own groups, read through its lines' (BudgetId, TableKind, Code) index.
        var groups = await db.ExpenditureLines.AsNoTracking().Where(l => l.BudgetId == budgetId)
            .GroupBy(l => new { l.TableKind, l.Level, l.Code })
            .Select(g => new { g.Key.TableKind, g.Key.Level, g.Key.Code, Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Name = g.Max(l => l.Name) })
            .ToListAsync(cancellationToken);
        await using (var subtract = new RepeatedCommand(db, SubtractCode, 7))
        {
            foreach (var g in groups)
                await subtract.ExecuteAsync(cancellationToken, budgetId, g.Sum, g.Count, g.Name ?? "", g.TableKind.ToString(), g.Level.ToString(), g.Code);
        }
        if (groups.Count > 0)
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureSubjectTotals\" WHERE \"Count\" = 0", cancellationToken);
    }
}
