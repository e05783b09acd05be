using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Writes <see cref="Entities.ExpenditureYearTotal"/> rows from the budgets' level totals (the same SQL on SQLite and
/// SQL Server): sums of sums and counts, the least of the minima and the greatest of the maxima — the figures of the
/// lines themselves. Inside the document's transaction, after its level totals, the importer adds a new budget to its
/// year's rows (<see cref="AddBudgetAsync"/>: one upsert of the budget's own level totals, whatever the number of
/// budgets that year), and recomputes the year of a budget that replaces another (<see cref="RecomputeAsync"/>: a
/// minimum or maximum cannot be subtracted), reading that year's entries of <c>IX_ExpenditureLevelTotals_Year</c> for
/// each table and level (every value listed, so the index's leading columns are equalities); a bulk load computes
/// every year once at its end (<see cref="AllYears"/>, after the level totals).
/// The migration that added the table fills it with its own copy of <see cref="AllYears"/>.
/// </summary>
public static class ExpenditureYearTotals
{
    private const string Insert = """
        INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
        SELECT t."TableKind", t."Level", t."FiscalYear", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
        FROM "ExpenditureLevelTotals" AS t
        """;

    private const string GroupBy = """
        GROUP BY t."TableKind", t."Level", t."FiscalYear"
        """;

    /// <summary>Every year's totals again from the level totals (a bulk load's end; the migration's backfill).</summary>
    public const string AllYears = "DELETE FROM \"ExpenditureYearTotals\";\n" + Insert + "\n" + GroupBy + ";\n";

    // Every table and level the enums name (stored as their names): equalities on the index's two leading columns.
    private static readonly string RecomputeOneYear = Insert +
        $"\nWHERE t.\"TableKind\" IN ({Names<FunctionalTableKind>()}) AND t.\"Level\" IN ({Names<SubjectLevel>()}) AND t.\"FiscalYear\" = {{0}}\n" + GroupBy;

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => $"'{n}'"));

    /// <summary>The budget's level totals ({0}) as year rows, read by primary key.</summary>
    private const string BudgetRows = """
        SELECT t."TableKind", t."Level", t."FiscalYear", t."Sum", t."Count", t."Min", t."Max"
        FROM "ExpenditureLevelTotals" AS t
        WHERE t."BudgetId" = {0}
        """;

    /// <summary>SQLite: the budget's rows inserted as its year's, or added to them (UPSERT).</summary>
    private const string AddSqlite = """
        INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")

        """ + BudgetRows + """

        ON CONFLICT ("TableKind", "Level", "FiscalYear") DO UPDATE SET

        """ + AddedFigures.Upsert;

    /// <summary>SQL Server: the same as one MERGE (the importer is the only writer; HOLDLOCK all the same).</summary>
    private const string AddSqlServer = """
        MERGE "ExpenditureYearTotals" WITH (HOLDLOCK) AS s
        USING (

        """ + BudgetRows + """

        ) AS d ON s."TableKind" = d."TableKind" AND s."Level" = d."Level" AND s."FiscalYear" = d."FiscalYear"
        WHEN MATCHED THEN UPDATE SET

        """ + AddedFigures.Merge + """

        WHEN NOT MATCHED THEN INSERT ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
            VALUES (d."TableKind", d."Level", d."FiscalYear", d."Sum", d."Count", d."Min", d."Max");
        """;

    /// <summary>
    /// Adds budget <paramref name="budgetId"/> — new, its level totals written — to its year's rows. A budget that
    /// replaces another needs <see cref="RecomputeAsync"/> instead.
    /// </summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsSqlServer() ? AddSqlServer : AddSqlite, [budgetId], cancellationToken);

    /// <summary>Recomputes the totals of <paramref name="fiscalYear"/>.</summary>
    public static async Task RecomputeAsync(DbContext db, int fiscalYear, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ExpenditureYearTotals\" WHERE \"FiscalYear\" = {0}", [fiscalYear], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RecomputeOneYear, [fiscalYear], cancellationToken);
    }
}
