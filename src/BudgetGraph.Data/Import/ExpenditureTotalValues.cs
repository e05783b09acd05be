using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.ExpenditureTotalValue"/> rows equal to the stored expenditure lines counted per table,
/// level, code, fiscal year and total (a missing total as 0), inside the document's transaction:
/// <list type="bullet">
/// <item>a stored budget's lines are added to their values' counts (<see cref="AddBudgetAsync"/>: one upsert of the
/// budget's groups), so a document costs as many rows as it has distinct totals, whatever the number of budgets;</item>
/// <item>before a replaced budget's lines are deleted, they are taken out (<see cref="RemoveBudgetAsync"/>: each of its
/// groups subtracted by key, a value left without lines deleted);</item>
/// <item>a bulk load into an empty database writes none per document and counts every line once at its end
/// (<see cref="AllValues"/>, after the indexes are built; an interrupted load: the next run).</item>
/// </list>
/// The migration that added the table fills it with its own copy of <see cref="AllValues"/>.
/// </summary>
public static class ExpenditureTotalValues
{
    private const string Columns = """
        INSERT INTO "ExpenditureTotalValues" ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
        """;

    /// <summary>
    /// Every value's count again from the stored lines (SQLite and SQL Server): the lines grouped by their total in the
    /// order of the covering index <c>IX_ExpenditureLines_Compare</c> (TableKind, Level, Code, FiscalYear, Total; no
    /// sort of the lines), then a missing total merged with 0 over those groups (a few rows per code and year).
    /// </summary>
    public const string AllValues = "DELETE FROM \"ExpenditureTotalValues\";\n" + Columns + """

        SELECT g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0), SUM(g."N")
        FROM (
            SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total", COUNT(*) AS "N"
            FROM "ExpenditureLines" AS l
            GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total"
        ) AS g
        GROUP BY g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0);

        """;

    /// <summary>The budget's lines ({0}) grouped by value.</summary>
    private const string BudgetGroups = """
        SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", COALESCE(l."Total", 0) AS "Value", COUNT(*) AS "LineCount"
        FROM "ExpenditureLines" AS l
        WHERE l."BudgetId" = {0}
        GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear", COALESCE(l."Total", 0)
        """;

    /// <summary>SQLite: the budget's groups inserted, or added to their value's count (UPSERT, SQLite ≥ 3.24).</summary>
    private const string AddSqlite = Columns + "\n" + BudgetGroups + """

        ON CONFLICT ("TableKind", "Level", "Code", "FiscalYear", "Value") DO UPDATE SET "LineCount" = "LineCount" + excluded."LineCount"
        """;

    /// <summary>SQL Server: the same as one MERGE (the importer is the only writer; HOLDLOCK all the same).</summary>
    private const string AddSqlServer = """
        MERGE "ExpenditureTotalValues" WITH (HOLDLOCK) AS s
        USING (
        """ + BudgetGroups + """

        ) AS d ON s."TableKind" = d."TableKind" AND s."Level" = d."Level" AND s."Code" = d."Code" AND s."FiscalYear" = d."FiscalYear" AND s."Value" = d."Value"
        WHEN MATCHED THEN UPDATE SET "LineCount" = s."LineCount" + d."LineCount"
        WHEN NOT MATCHED THEN INSERT ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
            VALUES (d."TableKind", d."Level", d."Code", d."FiscalYear", d."Value", d."LineCount");
        """;

    /// <summary>One value's count less {0} lines; the value is {1}–{5} (portable: no alias on the updated table).</summary>
    private const string Subtract = """
        UPDATE "ExpenditureTotalValues" SET "LineCount" = "LineCount" - {0}
        WHERE "TableKind" = {1} AND "Level" = {2} AND "Code" = {3} AND "FiscalYear" = {4} AND "Value" = {5}
        """;

    /// <summary>The value {0}–{4} when no line has it any more.</summary>
    private const string DeleteEmpty = """
        DELETE FROM "ExpenditureTotalValues"
        WHERE "TableKind" = {0} AND "Level" = {1} AND "Code" = {2} AND "FiscalYear" = {3} AND "Value" = {4} AND "LineCount" <= 0
        """;

    /// <summary>Adds the stored lines of budget <paramref name="budgetId"/> to their values' counts.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? AddSqlServer : AddSqlite, [budgetId], cancellationToken);

    /// <summary>
    /// Takes budget <paramref name="budgetId"/>'s lines out of their values' counts: run before those lines are deleted
    /// (it reads them to know the values), in the same transaction. Each group is one key (a seek); only replacements
    /// pay this.
    /// </summary>
    public static async Task RemoveBudgetAsync(BudgetDbContext db, int budgetId, CancellationToken cancellationToken = default)
    {
        var groups = await db.ExpenditureLines.AsNoTracking().Where(l => l.BudgetId == budgetId)
            .GroupBy(l => new { l.TableKind, l.Level, l.Code, l.FiscalYear, Value = l.Total ?? 0 })
            .Select(g => new { g.Key.TableKind, g.Key.Level, g.Key.Code, g.Key.FiscalYear, g.Key.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        await using var subtract = new RepeatedCommand(db, Subtract, 6);
        await using var deleteEmpty = new RepeatedCommand(db, DeleteEmpty, 5);
        foreach (var g in groups)
        {
            object[] key = [g.TableKind.ToString(), g.Level.ToString(), g.Code, g.FiscalYear, g.Value];
            await subtract.ExecuteAsync(cancellationToken, [g.Count, .. key]);
            await deleteEmpty.ExecuteAsync(cancellationToken, key);
        }
    }
}
