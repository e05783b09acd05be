using System.Runtime.CompilerServices;
using System.Text;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// Builds the unit × year × subject matrix that dashboards chart directly. Everything runs in SQL: the filters, the
/// ranks (window functions <c>DENSE_RANK() OVER (PARTITION BY …)</c>, standard SQL that SQLite and SQL Server both
/// run), the <c>top</c> cut, and — composed by the caller on the returned query — order, count and paging. Rank is 1
/// for the largest total (a missing total counts as 0); ties share a rank and the next total gets the next number.
/// </summary>
public static class CrossUnitComparer
{
    /// <summary>The compared rows as a composable query (order, Skip/Take and Count translate around it).</summary>
    public static IQueryable<ComparisonRow> Query(BudgetDbContext db, ComparisonRequest request)
    {
        // The filter and both ranks read one covering index of the lines (code, year, total and unit are on it; year
        // and unit are the budget's, denormalised); the rows, budgets and units are joined to the ranked lines.
        var sql = new StringBuilder("""
            SELECT r."LineId", r."BudgetId", r."UnitId", u."Slug" AS "UnitSlug", u."ShortName" AS "UnitShortName",
                   r."Year", r."Code", l."Name", l."Level" AS "LevelName", r."Total", l."Basic", l."Project",
                   b."ExpenditureTotal" AS "UnitExpenditure", l."SourceLine",
                   CASE WHEN r."Total" IS NULL OR b."ExpenditureTotal" IS NULL OR b."ExpenditureTotal" = 0 THEN NULL
                        ELSE r."Total" * 1000000 / b."ExpenditureTotal" END AS "ShareKey",
                   r."Rank", r."OverallRank"
            FROM (
                SELECT l."Id" AS "LineId", l."BudgetId", l."UnitId", l."FiscalYear" AS "Year", l."Code", l."Total",
                       CAST(DENSE_RANK() OVER (PARTITION BY l."Code", l."FiscalYear" ORDER BY COALESCE(l."Total", 0) DESC) AS INT) AS "Rank",
                       CAST(DENSE_RANK() OVER (PARTITION BY l."Code" ORDER BY COALESCE(l."Total", 0) DESC) AS INT) AS "OverallRank"
                FROM "ExpenditureLines" AS l
            """);
        var args = new List<object?>();
        AppendFilter(sql, args, request);
        sql.Append("""

            ) AS r
            INNER JOIN "ExpenditureLines" AS l ON l."Id" = r."LineId"
            INNER JOIN "Budgets" AS b ON b."Id" = r."BudgetId"
            INNER JOIN "Units" AS u ON u."Id" = r."UnitId"
            """);

        var rows = db.Database.SqlQuery<ComparisonRow>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
        return request.Top is { } top ? rows.Where(r => r.Rank <= top) : rows;
    }

    /// <summary>
    /// The compared rows without their ranks (<see cref="ComparisonRow.Rank"/> and <see cref="ComparisonRow.OverallRank"/>
    /// are 0), as a composable query for choosing a page: no window over every compared row, so an order that is not by
    /// rank and a page cost only the filter and the sort. <paramref name="keysOnly"/>: only the columns of the index
    /// and the unit (line, budget, unit, slug, short name, year, code, total; the others empty), for an order by
    /// those — no row of the lines or budgets is read to choose the page. Then <see cref="RowsWithRanksAsync"/> reads
    /// the page's rows whole with their ranks (the same numbers as <see cref="Query"/>). Not for <c>top</c>, which
    /// filters on the rank.
    /// </summary>
    public static IQueryable<ComparisonRow> UnrankedQuery(BudgetDbContext db, ComparisonRequest request, bool keysOnly)
    {
        if (request.Top is not null) throw new ArgumentException("A `top` cut filters on the rank; use Query.", nameof(request));
        var sql = new StringBuilder(keysOnly
            ? """
              SELECT l."Id" AS "LineId", l."BudgetId", l."UnitId", u."Slug" AS "UnitSlug", u."ShortName" AS "UnitShortName",
                     l."FiscalYear" AS "Year", l."Code", '' AS "Name", '' AS "LevelName", l."Total",
                     CAST(NULL AS BIGINT) AS "Basic", CAST(NULL AS BIGINT) AS "Project", CAST(NULL AS BIGINT) AS "UnitExpenditure",
                     0 AS "SourceLine", CAST(NULL AS BIGINT) AS "ShareKey", 0 AS "Rank", 0 AS "OverallRank"
              FROM "ExpenditureLines" AS l
              INNER JOIN "Units" AS u ON u."Id" = l."UnitId"
              """
            : RowColumns + ", 0 AS \"Rank\", 0 AS \"OverallRank\"" + RowTables);
        var args = new List<object?>();
        AppendFilter(sql, args, request);
        return db.Database.SqlQuery<ComparisonRow>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
    }

    /// <summary>
    /// The rows of a page chosen on <see cref="UnrankedQuery"/> (by their lines, in that order), read whole with their
    /// ranks computed for these rows alone: a dense rank is 1 + the number of distinct totals (a missing total counts
    /// as 0) above the row's among the compared rows of its subject and year (<c>rank</c>) or of its subject
    /// (<c>overallRank</c>) — the scope (units, years) of <see cref="Query"/>'s window functions, so the same numbers.
    /// Each count is one index range (<c>IX_ExpenditureLines_Compare</c> per year, <c>IX_ExpenditureLines_Aggregate_Subject</c>
    /// overall: the totals in order after the code), whatever the number of compared rows.
    /// </summary>
    public static async Task<List<ComparisonRow>> RowsWithRanksAsync(BudgetDbContext db, ComparisonRequest request,
        IReadOnlyList<ComparisonRow> page, CancellationToken cancellationToken = default)
    {
        if (page.Count == 0) return [];
        var rows = await RankedRows(db, request, page.Select(r => r.LineId).ToList())
            .ToDictionaryAsync(r => r.LineId, cancellationToken);
        return page.Select(r => rows[r.LineId]).ToList();
    }

    /// <summary>The compared rows of these lines, whole, with their ranks (see <see cref="RowsWithRanksAsync"/>).</summary>
    public static IQueryable<ComparisonRow> RankedRows(BudgetDbContext db, ComparisonRequest request, IReadOnlyList<int> lineIds)
    {
        var args = new List<object?>();
        var sql = new StringBuilder(RowColumns).Append(",\n       ");
        AppendDenseRank(sql, args, request, sameYear: true);
        sql.Append(" AS \"Rank\",\n       ");
        AppendDenseRank(sql, args, request, sameYear: false);
        sql.Append(" AS \"OverallRank\"").Append(RowTables).Append("\nWHERE 1 = 1");
        if (lineIds.Count == 0) sql.Append(" AND 1 = 0");
        AppendIn(sql, args, "l.\"Id\"", lineIds);
        return db.Database.SqlQuery<ComparisonRow>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
    }

    /// <summary>The columns of a compared row but its ranks, over <see cref="RowTables"/>.</summary>
    private const string RowColumns = """
        SELECT l."Id" AS "LineId", l."BudgetId", l."UnitId", u."Slug" AS "UnitSlug", u."ShortName" AS "UnitShortName",
               l."FiscalYear" AS "Year", l."Code", l."Name", l."Level" AS "LevelName", l."Total", l."Basic", l."Project",
               b."ExpenditureTotal" AS "UnitExpenditure", l."SourceLine",
               CASE WHEN l."Total" IS NULL OR b."ExpenditureTotal" IS NULL OR b."ExpenditureTotal" = 0 THEN NULL
                    ELSE l."Total" * 1000000 / b."ExpenditureTotal" END AS "ShareKey"
        """;

    private const string RowTables = """

        FROM "ExpenditureLines" AS l
        INNER JOIN "Budgets" AS b ON b."Id" = l."BudgetId"
        INNER JOIN "Units" AS u ON u."Id" = l."UnitId"
        """;

    /// <summary>
    /// 1 + the distinct totals (null as 0) above line l's among the compared lines of its code (and year): for a total
    /// of 0 or more, the distinct non-null totals above it (a range of the index; a null counts as 0, never above);
    /// for a negative total, the distinct COALESCE(total, 0) above it.
    /// </summary>
    private static void AppendDenseRank(StringBuilder sql, List<object?> args, ComparisonRequest request, bool sameYear)
    {
        void Scope()
        {
            // The line's table, level (a function of the code) and code: the index prefix; then the request's scope.
            sql.Append("x.\"TableKind\" = l.\"TableKind\" AND x.\"Level\" = l.\"Level\" AND x.\"Code\" = l.\"Code\"");
            if (sameYear) sql.Append(" AND x.\"FiscalYear\" = l.\"FiscalYear\"");
            AppendScope(sql, args, request, "x");
        }
        sql.Append("CASE WHEN COALESCE(l.\"Total\", 0) >= 0\n        THEN 1 + (SELECT COUNT(DISTINCT x.\"Total\") FROM \"ExpenditureLines\" AS x WHERE ");
        Scope();
        sql.Append(" AND x.\"Total\" > COALESCE(l.\"Total\", 0))\n        ELSE 1 + (SELECT COUNT(DISTINCT COALESCE(x.\"Total\", 0)) FROM \"ExpenditureLines\" AS x WHERE ");
        Scope();
        sql.Append(" AND COALESCE(x.\"Total\", 0) > l.\"Total\") END");
    }

    /// <summary>The units and years of the request (the scope of a rank besides table, code and year), on alias a.</summary>
    private static void AppendScope(StringBuilder sql, List<object?> args, ComparisonRequest request, string alias)
    {
        if (request.UnitSlugs is { Count: > 0 })
        {
            sql.Append(" AND ").Append(alias).Append(".\"UnitId\" IN (SELECT s.\"Id\" FROM \"Units\" AS s WHERE 1 = 1");
            AppendIn(sql, args, "s.\"Slug\"", request.UnitSlugs);
            sql.Append(')');
        }
        AppendIn(sql, args, alias + ".\"FiscalYear\"", request.Years);
    }

    /// <summary><c> AND column IN (values…)</c>, each value a parameter; nothing for no values.</summary>
    private static void AppendIn<T>(StringBuilder sql, List<object?> args, string column, IReadOnlyList<T>? values)
    {
        if (values is not { Count: > 0 }) return;
        sql.Append(" AND ").Append(column).Append(" IN (");
        sql.AppendJoin(", ", values.Distinct().Select(v =>
        {
            args.Add(v);
            return "{" + (args.Count - 1) + "}";
        }));
        sql.Append(')');
    }

    /// <summary>The WHERE clause of the ranked lines (table, codes, units, years, level), values as parameters.</summary>
    private static void AppendFilter(StringBuilder sql, List<object?> args, ComparisonRequest request)
    {
        args.Add(request.Table.ToString());
        sql.Append("\n    WHERE l.\"TableKind\" = {").Append(args.Count - 1).Append('}');
        AppendIn(sql, args, "l.\"Code\"", request.SubjectCodes);
        AppendScope(sql, args, request, "l");
        if (request.Level is { } level)
        {
            args.Add(level.ToString());
            sql.Append(" AND l.\"Level\" = {").Append(args.Count - 1).Append('}');
        }
    }

    /// <summary>
    /// How many rows <see cref="Query"/> gives (its <c>totalCount</c>). Without <c>top</c> the lines are counted on
    /// their index (<see cref="CountWithoutTopAsync"/>); with <c>top</c> only the rank within subject and year is
    /// computed — not the overall rank, and none of the joins the rows need (every line has its budget and unit).
    /// </summary>
    public static Task<int> CountAsync(BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Top is not { } top) return CountWithoutTopAsync(db, request, cancellationToken);
        var sql = new StringBuilder("""
            SELECT COUNT(*) AS "Value"
            FROM (
                SELECT DENSE_RANK() OVER (PARTITION BY l."Code", l."FiscalYear" ORDER BY COALESCE(l."Total", 0) DESC) AS "Rank"
                FROM "ExpenditureLines" AS l
            """);
        var args = new List<object?>();
        AppendFilter(sql, args, request);
        args.Add(top);
        sql.Append("\n) AS r\nWHERE r.\"Rank\" <= {").Append(args.Count - 1).Append('}');
        return db.Database.SqlQuery<int>(FormattableStringFactory.Create(sql.ToString(), [.. args])).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// How many rows <see cref="Query"/> gives, counted on the lines' index without computing the ranks — for a
    /// request without <c>top</c> (which alone filters on a rank); every line has its budget and unit.
    /// </summary>
    public static Task<int> CountWithoutTopAsync(BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Top is not null) throw new ArgumentException("A `top` cut filters on the rank; count the query itself.", nameof(request));
        var table = request.Table;
        var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == table);
        if (request.SubjectCodes is { Count: > 0 } codes) lines = lines.Where(l => codes.Contains(l.Code));
        if (request.UnitSlugs is { Count: > 0 } slugs)
            lines = lines.Where(l => db.Units.Where(u => slugs.Contains(u.Slug)).Select(u => u.Id).Contains(l.UnitId));
        if (request.Years is { Count: > 0 } years) lines = lines.Where(l => years.Contains(l.FiscalYear));
        if (request.Level is { } level) lines = lines.Where(l => l.Level == level);
        return lines.CountAsync(cancellationToken);
    }

    /// <summary>The default order: subject code, year, unit slug, line.</summary>
    public static IOrderedQueryable<ComparisonRow> InDefaultOrder(IQueryable<ComparisonRow> rows) =>
        rows.OrderBy(r => r.Code).ThenBy(r => r.Year).ThenBy(r => r.UnitSlug).ThenBy(r => r.LineId);

    /// <summary>Every compared row in the default order (unpaged; for small questions and tests).</summary>
    public static async Task<IReadOnlyList<ComparisonRow>> CompareAsync(
        BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default) =>
        await InDefaultOrder(Query(db, request)).ToListAsync(cancellationToken);

    /// <summary>
    /// The units (and years) in scope of the question that contribute no row, with the reason: the units asked for
    /// (or every unit), each of their budgets of the years asked (or of every year).
    /// </summary>
    public static async Task<IReadOnlyList<MissingUnit>> MissingAsync(
        BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default)
    {
        var table = request.Table;
        var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == table);
        var matching = lines;
        if (request.SubjectCodes is { Count: > 0 } codes) matching = matching.Where(l => codes.Contains(l.Code));
        if (request.Level is { } level) matching = matching.Where(l => l.Level == level);
        var subject = request.SubjectCodes is { Count: > 0 } c
            ? $"subject{(c.Count > 1 ? "s" : "")} {string.Join(", ", c)}" : "subject";
        if (request.Level is { } lv) subject += $" at level {lv}";
        return await MissingUnits.FindAsync(db, request.UnitSlugs, request.Years,
            budgets => budgets
                .Where(b => !matching.Any(l => l.BudgetId == b.Id))
                .Select(b => new MissingUnits.Candidate(b.Unit.Slug, b.Unit.ShortName, b.FiscalYear,
                    lines.Any(l => l.BudgetId == b.Id))),
            (candidate) => candidate.HasData
                ? (MissingReason.NoMatchingSubject,
                    $"Its {candidate.Year} disclosure's {TableNames.Of(table)} has no line of {subject}.")
                : (MissingReason.NoFunctionalTable,
                    $"Its {candidate.Year} disclosure has no {TableNames.Of(table)}; " +
                    "see the budget's coverage for what it does contain."),
            cancellationToken);
    }
}
