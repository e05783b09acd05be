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
/// <item>before a replaced budget's lines are deleted, its codes are summed again from the lines of every other budget
/// (<see cref="RemoveBudgetAsync"/>: a minimum or maximum cannot be taken back, so the rows are rebuilt; this reads every
/// line of those codes from <c>IX_ExpenditureLines_Aggregate_Subject</c>, and only replacements pay it);</item>
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
    /// <c>IX_ExpenditureLines_Aggregate_Subject</c> (TableKind, Level, Code; Total, Name) read once in its order.
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
            "Sum" = "Sum" + excluded."Sum",
            "Count" = "Count" + excluded."Count",
            "Min" = CASE WHEN "Min" IS NULL OR excluded."Min" < "Min" THEN excluded."Min" ELSE "Min" END,
            "Max" = CASE WHEN "Max" IS NULL OR excluded."Max" > "Max" THEN excluded."Max" ELSE "Max" END
        """;

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
            "Sum" = s."Sum" + d."Sum",
            "Count" = s."Count" + d."Count",
            "Min" = CASE WHEN s."Min" IS NULL OR d."Min" < s."Min" THEN d."Min" ELSE s."Min" END,
            "Max" = CASE WHEN s."Max" IS NULL OR d."Max" > s."Max" THEN d."Max" ELSE s."Max" END
        WHEN NOT MATCHED THEN INSERT ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
            VALUES (d."TableKind", d."Level", d."Code", d."Label", d."Sum", d."Count", d."Min", d."Max");
        """;

    /// <summary>The rows of the codes of budget {0}, deleted (portable: no alias on the deleted table).</summary>
    private const string DeleteCodesOf = """
        DELETE FROM "ExpenditureSubjectTotals"
        WHERE EXISTS (SELECT 1 FROM "ExpenditureLines" AS k
                      WHERE k."BudgetId" = {0} AND k."TableKind" = "ExpenditureSubjectTotals"."TableKind"
                        AND k."Level" = "ExpenditureSubjectTotals"."Level" AND k."Code" = "ExpenditureSubjectTotals"."Code")
        """;

    /// <summary>The codes of budget {0} summed again from every other budget's lines.</summary>
    private const string SumCodesOfWithoutIt = Columns + "\n" + Groups + """

        FROM (SELECT DISTINCT k."TableKind", k."Level", k."Code" FROM "ExpenditureLines" AS k WHERE k."BudgetId" = {0}) AS c
        INNER JOIN "ExpenditureLines" AS l ON l."TableKind" = c."TableKind" AND l."Level" = c."Level" AND l."Code" = c."Code"
        WHERE l."BudgetId" <> {0}
        GROUP BY l."TableKind", l."Level", l."Code"
        """;

    /// <summary>Adds the stored lines of budget <paramref name="budgetId"/> to their codes' totals.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? AddSqlServer : AddSqlite, [budgetId], cancellationToken);

    /// <summary>
    /// Takes budget <paramref name="budgetId"/>'s lines out of their codes' totals: run before those lines are deleted
    /// (it reads them to know the codes), in the same transaction.
    /// </summary>
    public static async Task RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(DeleteCodesOf, [budgetId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SumCodesOfWithoutIt, [budgetId], cancellationToken);
    }
}
