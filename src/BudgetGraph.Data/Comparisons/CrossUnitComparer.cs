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
    /// rank and a page cost only the filter and the sort; <paramref name="columns"/> says which columns the order needs
    /// (fewer: fewer rows read besides the lines' covering index). Then <see cref="RowsWithRanksAsync"/> reads the
    /// page's rows whole with their ranks (the same numbers as <see cref="Query"/>). A <c>top</c> cut keeps the rows
    /// whose total (null as 0) is at least the top-th largest distinct total of their subject and year in scope — the
    /// rows of rank ≤ top — with that threshold read once per subject and year (<see cref="AppendSource"/>).
    /// </summary>
    public static IQueryable<ComparisonRow> UnrankedQuery(BudgetDbContext db, ComparisonRequest request, ComparisonPageColumns columns)
    {
        var sql = new StringBuilder(UnrankedColumns(columns));
        var args = new List<object?>();
        AppendSource(db, sql, args, request, budgets: columns == ComparisonPageColumns.Whole, units: columns != ComparisonPageColumns.Index);
        return db.Database.SqlQuery<ComparisonRow>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
    }

    /// <summary>
    /// The SELECT list of an unranked compared row (ranks 0) with <paramref name="columns"/>' columns, the others empty:
    /// over lines l, their unit u (unless <see cref="ComparisonPageColumns.Index"/>) and their budget b (only
    /// <see cref="ComparisonPageColumns.Whole"/>).
    /// </summary>
    private static string UnrankedColumns(ComparisonPageColumns columns)
    {
        var select = columns switch
        {
            ComparisonPageColumns.Whole => RowColumns,
            ComparisonPageColumns.IndexAndUnit => """
                SELECT l."Id" AS "LineId", l."BudgetId", l."UnitId", u."Slug" AS "UnitSlug", u."ShortName" AS "UnitShortName",
                """,
            _ => """
                SELECT l."Id" AS "LineId", l."BudgetId", l."UnitId", '' AS "UnitSlug", '' AS "UnitShortName",
                """,
        };
        if (columns != ComparisonPageColumns.Whole)
        {
            select += """

                       l."FiscalYear" AS "Year", l."Code", '' AS "Name", '' AS "LevelName", l."Total",
                       CAST(NULL AS BIGINT) AS "Basic", CAST(NULL AS BIGINT) AS "Project", CAST(NULL AS BIGINT) AS "UnitExpenditure",
                       0 AS "SourceLine", CAST(NULL AS BIGINT) AS "ShareKey"
                """;
        }
        return select + ", 0 AS \"Rank\", 0 AS \"OverallRank\"";
    }

    /// <summary>
    /// FROM and WHERE of the compared lines l (with their budget b and unit u when asked). With <c>top</c>, the lines
    /// are joined to their subject and year's threshold th: the top-th largest distinct total (null as 0) among the
    /// lines in scope of that subject and year, read once per subject and year; null when there are fewer distinct
    /// totals (then every line is within the top). A line's rank is at most top exactly when its total reaches it.
    /// </summary>
    private static void AppendSource(BudgetDbContext db, StringBuilder sql, List<object?> args, ComparisonRequest request, bool budgets, bool units)
    {
        if (request.Top is { } topBySeeks && SkipScanThresholds(db, request) is { } codes)
        {
            AppendSkipScanThresholds(sql, args, request, codes, topBySeeks);
            sql.Append(LinesOfThresholds);
        }
        else if (request.Top is { } top)
        {
            // One row per subject and year (GROUP BY: its threshold is read once; SQLite never merges an aggregate
            // subquery into a join, where the threshold would be read again for every line).
            sql.Append("""

                FROM (
                    SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", (
                        SELECT d."Value" FROM (
                            SELECT DISTINCT COALESCE(x."Total", 0) AS "Value" FROM "ExpenditureLines" AS x
                            WHERE x."TableKind" = l."TableKind" AND x."Level" = l."Level" AND x."Code" = l."Code" AND x."FiscalYear" = l."FiscalYear"
                """);
            AppendScope(sql, args, request, "x");
            args.Add(top - 1);
            var offset = "{" + (args.Count - 1) + "}";
            sql.Append("\n            ) AS d\n            ORDER BY d.\"Value\" DESC ")
                .Append(db.Database.IsSqlServer() ? $"OFFSET {offset} ROWS FETCH NEXT 1 ROWS ONLY" : $"LIMIT 1 OFFSET {offset}")
                .Append("""
                ) AS "Threshold"
                    FROM "ExpenditureLines" AS l
                """);
            AppendFilter(sql, args, request);
            sql.Append("""

                    GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear"
                ) AS th
                INNER JOIN "ExpenditureLines" AS l ON l."TableKind" = th."TableKind" AND l."Level" = th."Level" AND l."Code" = th."Code" AND l."FiscalYear" = th."FiscalYear"
                """);
        }
        else
        {
            sql.Append("\nFROM \"ExpenditureLines\" AS l");
        }
        if (budgets) sql.Append("\nINNER JOIN \"Budgets\" AS b ON b.\"Id\" = l.\"BudgetId\"");
        // Slug and short name from the units' covering index (SQLite would read each 1.5 KB unit row by its id).
        if (units) sql.Append("\nINNER JOIN \"Units\" AS u").Append(db.Database.IsSqlite() && !budgets ? " INDEXED BY \"IX_Units_Id_Slug\"" : "")
            .Append(" ON u.\"Id\" = l.\"UnitId\"");
        AppendFilter(sql, args, request);
        if (request.Top is not null) sql.Append(" AND (th.\"Threshold\" IS NULL OR COALESCE(l.\"Total\", 0) >= th.\"Threshold\")");
    }

    /// <summary>
    /// The subject codes whose thresholds <see cref="AppendSkipScanThresholds"/> reads (SQLite; the codes and level
    /// named, every unit); null for the general thresholds.
    /// </summary>
    private static IReadOnlyList<string>? SkipScanThresholds(BudgetDbContext db, ComparisonRequest request) =>
        db.Database.IsSqlite() && request is { SubjectCodes.Count: > 0, Level: not null } && request.UnitSlugs is not { Count: > 0 }
            ? request.SubjectCodes.Distinct(StringComparer.Ordinal).ToList()
            : null;

    /// <summary>
    /// The thresholds th (one row per subject and year: the top-th largest distinct total, null as 0, or null when
    /// there are fewer) from the distinct totals kept at import (<see cref="Entities.ExpenditureTotalValue"/>, a missing
    /// total stored as 0: exactly the values the ranks count) instead of every line of the subjects — the same numbers
    /// as the general thresholds (checked against the window functions in <c>CrossUnitComparerTests</c>). A recursive
    /// CTE y steps through each code's years (the least year after the previous one, one seek of the key per step),
    /// then each year's threshold is the top-th entry of its values, largest first (one range of the key, top entries
    /// read): at 5,005 disclosures the 1,001 identical synthetic copies of a total are one value. The GROUP BY keeps th
    /// one row per subject and year (SQLite never merges an aggregate subquery into the join, where the threshold would
    /// be read again for every line). SQLite only (SQL Server allows no subquery in a recursive member).
    /// </summary>
    private static void AppendSkipScanThresholds(StringBuilder sql, List<object?> args, ComparisonRequest request,
        IReadOnlyList<string> codes, int top)
    {
        string Arg(object? value)
        {
            args.Add(value);
            return "{" + (args.Count - 1) + "}";
        }
        var table = Arg(request.Table.ToString());
        var level = Arg(request.Level!.Value.ToString());
        var offset = Arg(top - 1);
        string Years(string alias)
        {
            var years = new StringBuilder();
            AppendIn(years, args, alias + ".\"FiscalYear\"", request.Years);
            return years.ToString();
        }
        string Values(string alias, string code) =>
            $"\"ExpenditureTotalValues\" AS {alias} WHERE {alias}.\"TableKind\" = {table} AND {alias}.\"Level\" = {level} AND {alias}.\"Code\" = {code}";
        sql.Append("\nFROM (\n    WITH RECURSIVE y(\"Code\", \"FiscalYear\") AS (\n        SELECT c.\"Code\", (SELECT MIN(x.\"FiscalYear\") FROM ")
            .Append(Values("x", "c.\"Code\"")).Append(Years("x")).Append(")\n        FROM (");
        sql.AppendJoin(" UNION ALL ", codes.Select(code => $"SELECT {Arg(code)} AS \"Code\""));
        sql.Append(") AS c\n        UNION ALL\n        SELECT y.\"Code\", (SELECT MIN(x.\"FiscalYear\") FROM ")
            .Append(Values("x", "y.\"Code\"")).Append(" AND x.\"FiscalYear\" > y.\"FiscalYear\"").Append(Years("x"))
            .Append(")\n        FROM y WHERE y.\"FiscalYear\" IS NOT NULL\n    )\n");
        sql.Append("    SELECT ").Append(table).Append(" AS \"TableKind\", ").Append(level).Append(" AS \"Level\", y.\"Code\", y.\"FiscalYear\", (\n        SELECT d.\"Value\" FROM ")
            .Append(Values("d", "y.\"Code\"")).Append(" AND d.\"FiscalYear\" = y.\"FiscalYear\"\n        ORDER BY d.\"Value\" DESC LIMIT 1 OFFSET ")
            .Append(offset).Append(") AS \"Threshold\"\n    FROM y WHERE y.\"FiscalYear\" IS NOT NULL GROUP BY y.\"Code\", y.\"FiscalYear\"\n) AS th\n");
    }

    /// <summary>
    /// The lines reaching their subject and year's threshold (<see cref="AppendSkipScanThresholds"/>), joined to th.
    /// </summary>
    private const string LinesOfThresholds =
        "INNER JOIN \"ExpenditureLines\" AS l ON l.\"TableKind\" = th.\"TableKind\" AND l.\"Level\" = th.\"Level\" AND l.\"Code\" = th.\"Code\" AND l.\"FiscalYear\" = th.\"FiscalYear\"";

    /// <summary>
    /// The rows of a page chosen on <see cref="UnrankedQuery"/> (by their lines, in that order), read whole with their
    /// ranks computed for these rows alone: a dense rank is 1 + the number of distinct totals (a missing total counts
    /// as 0) above the row's among the compared rows of its subject and year (<c>rank</c>) or of its subject
    /// (<c>overallRank</c>) — the scope (units, years) of <see cref="Query"/>'s window functions, so the same numbers.
    /// Each count is one index range whatever the number of compared rows: over every unit, of the maintained distinct
    /// values (<see cref="AppendDenseRank"/>: as many rows as distinct totals above, not lines); for some units, of the
    /// lines (<c>IX_ExpenditureLines_Compare</c> per year, <c>IX_ExpenditureLines_Compare_Total</c> overall).
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
    /// 1 + the distinct totals (null as 0) above line l's among the compared lines of its code (and year). Over every
    /// unit, from the maintained distinct values (<see cref="Entities.ExpenditureTotalValue"/>, a missing total stored as
    /// 0): the values above COALESCE(total, 0) — one range of its key (same year) or of
    /// <c>IX_ExpenditureTotalValues_Overall</c> (the code's values over the years asked, each counted once), whatever
    /// the number of lines sharing a value. For some units only, from the lines: for a total of 0 or more, the distinct
    /// non-null totals above it (a range of the index; a null counts as 0, never above); for a negative total, the
    /// distinct COALESCE(total, 0) above it. Both are the same number: above a value of 0 or more, a missing total (0)
    /// never counts.
    /// </summary>
    private static void AppendDenseRank(StringBuilder sql, List<object?> args, ComparisonRequest request, bool sameYear)
    {
        if (request.UnitSlugs is not { Count: > 0 })
        {
            sql.Append(sameYear ? "1 + (SELECT COUNT(*)" : "1 + (SELECT COUNT(DISTINCT x.\"Value\")")
                .Append(" FROM \"ExpenditureTotalValues\" AS x WHERE x.\"TableKind\" = l.\"TableKind\" AND x.\"Level\" = l.\"Level\" AND x.\"Code\" = l.\"Code\"");
            if (sameYear) sql.Append(" AND x.\"FiscalYear\" = l.\"FiscalYear\"");
            else AppendIn(sql, args, "x.\"FiscalYear\"", request.Years);
            sql.Append(" AND x.\"Value\" > COALESCE(l.\"Total\", 0))");
            return;
        }
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
    /// their index (<see cref="CountWithoutTopAsync"/>); with <c>top</c> the lines reaching their subject and year's
    /// threshold (see <see cref="UnrankedQuery"/>) — no rank computed, none of the joins the rows need (every line has
    /// its budget and unit); on SQLite over every unit with the codes and level named, the line counts of the distinct
    /// values reaching it (top values per subject and year, not the lines).
    /// </summary>
    public static Task<int> CountAsync(BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Top is null) return CountWithoutTopAsync(db, request, cancellationToken);
        var args = new List<object?>();
        StringBuilder sql;
        if (SkipScanThresholds(db, request) is { } codes)
        {
            // The lines reaching a threshold are the line counts of the values reaching it: top values per subject and
            // year at most, whatever the number of lines.
            sql = new StringBuilder("SELECT COALESCE(SUM(v.\"LineCount\"), 0) AS \"Value\"");
            AppendSkipScanThresholds(sql, args, request, codes, request.Top.Value);
            sql.Append("INNER JOIN \"ExpenditureTotalValues\" AS v ON v.\"TableKind\" = th.\"TableKind\" AND v.\"Level\" = th.\"Level\" AND v.\"Code\" = th.\"Code\" AND v.\"FiscalYear\" = th.\"FiscalYear\"")
                .Append("\nWHERE th.\"Threshold\" IS NULL OR v.\"Value\" >= th.\"Threshold\"");
            return db.Database.SqlQuery<int>(FormattableStringFactory.Create(sql.ToString(), [.. args])).SingleAsync(cancellationToken);
        }
        sql = new StringBuilder("SELECT COUNT(*) AS \"Value\"");
        AppendSource(db, sql, args, request, budgets: false, units: false);
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

    /// <summary>
    /// The deepest page end (offset + rows) <see cref="DefaultOrderPageAsync"/> walks to; a deeper page sorts the lines
    /// (<see cref="UnrankedQuery"/> in <see cref="InDefaultOrder"/>), as an offset that deep reads them all anyway.
    /// </summary>
    public const int MaxWalkedPageEnd = 500;

    /// <summary>
    /// Units <see cref="DefaultOrderPageAsync"/> walks per row wanted before it judges a subject and year sparse and
    /// sorts its lines instead: a subject most units have fills a page within a few units per row (one budget per unit
    /// and year: at 10,005 disclosures over three years, about five), a rare one would have the walk seek every unit.
    /// </summary>
    public const int WalkedUnitsPerRow = 32;

    /// <summary>
    /// A page (rows <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/>) of the compared rows in
    /// the default order — unranked, with the columns of <see cref="ComparisonPageColumns.IndexAndUnit"/>, as
    /// <see cref="UnrankedQuery"/> gives them — read without sorting every line of the subjects; or null when it does not
    /// serve the request (no codes or no level named, units named, <c>top</c>, a page ending beyond
    /// <see cref="MaxWalkedPageEnd"/>, or fewer units than one walk's bound, where sorting costs no more): then sort
    /// <see cref="UnrankedQuery"/>.
    /// <para>
    /// The default order is code, year, unit slug, line, and the slug is not on the lines: sorting them read every line
    /// of a subject and year (2,001 at 10,005 disclosures) for ten rows. Instead <see cref="DefaultOrderWalk"/> walks,
    /// for each code asked and year with budgets, the units in slug order (<c>IX_Units_Slug</c>) and seeks each one's
    /// budget of the year and its lines of the code, up to the rows still wanted — a few seeks per row, one statement
    /// per code and year while the page needs rows. A walk stops at the slug <paramref name="unitsPerRow"/> units per row wanted in; a code and
    /// year whose walk gives fewer rows than the page still needs from it may have more beyond that bound (sparse), and
    /// its lines are sorted instead (few, then).
    /// </para>
    /// </summary>
    public static async Task<List<ComparisonRow>?> DefaultOrderPageAsync(BudgetDbContext db, ComparisonRequest request,
        int skip, int take, CancellationToken cancellationToken = default, int unitsPerRow = WalkedUnitsPerRow)
    {
        if (request is not { SubjectCodes.Count: > 0, Level: not null, Top: null } || request.UnitSlugs is { Count: > 0 }
            || skip < 0 || take < 1 || skip + take > MaxWalkedPageEnd)
            return null;
        var wanted = skip + take;
        // The slug a walk stops before; none when there are fewer units (a walk would seek every unit: sort instead).
        var bound = await db.Units.AsNoTracking().OrderBy(u => u.Slug).Select(u => u.Slug)
            .Skip(wanted * unitsPerRow).FirstOrDefaultAsync(cancellationToken);
        if (bound is null) return null;
        var years = (await FiscalYears.NewestFirstAsync(db, cancellationToken))
            .Where(y => request.Years is not { Count: > 0 } || request.Years.Contains(y)).Order().ToList();
        var codes = request.SubjectCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = new List<ComparisonRow>(wanted);
        foreach (var (code, year) in codes.SelectMany(code => years.Select(year => (code, year))))
        {
            var needed = wanted - rows.Count;
            if (needed == 0) break;
            // One statement per code and year, in order, while the page needs rows: a subject most units have fills it
            // from its first year.
            var found = await DefaultOrderWalk(db, request, code, year, bound, needed).ToListAsync(cancellationToken);
            if (found.Count < needed)
            {
                // Fewer within the bound than still needed: maybe more beyond it — this code and year's lines, sorted.
                found = await InDefaultOrder(UnrankedQuery(db, request with { SubjectCodes = [code], Years = [year] },
                    ComparisonPageColumns.IndexAndUnit)).Take(needed).ToListAsync(cancellationToken);
            }
            rows.AddRange(found);
        }
        return rows.Count > skip ? rows[skip..] : [];
    }

    /// <summary>
    /// The first <paramref name="take"/> compared rows of one code and year in the default order (unit slug, line) among
    /// the units before <paramref name="slugBound"/>, as <see cref="UnrankedQuery"/> gives them with
    /// <see cref="ComparisonPageColumns.IndexAndUnit"/>: the units in slug order, each one's budget of the year
    /// (<c>IX_Budgets_UnitId_FiscalYear</c>), then its lines of the code (<c>IX_ExpenditureLines_BudgetId_TableKind_Code</c>),
    /// read in the order asked — no sort; SQLite is held to that join order (<c>CROSS JOIN</c>), SQL Server's row goal
    /// (<c>FETCH NEXT</c>) asks for the same.
    /// </summary>
    public static IQueryable<ComparisonRow> DefaultOrderWalk(BudgetDbContext db, ComparisonRequest request, string code,
        int year, string slugBound, int take)
    {
        var sqlite = db.Database.IsSqlite();
        var join = sqlite ? "CROSS JOIN" : "INNER JOIN";
        var sql = UnrankedColumns(ComparisonPageColumns.IndexAndUnit) + $$"""

            FROM "Units" AS u{{(sqlite ? " INDEXED BY \"IX_Units_Slug\"" : "")}}
            {{join}} "Budgets" AS b ON b."UnitId" = u."Id" AND b."FiscalYear" = {0}
            {{join}} "ExpenditureLines" AS l ON l."BudgetId" = b."Id" AND l."TableKind" = {1} AND l."Code" = {2}
            WHERE l."Level" = {3} AND u."Slug" < {4}
            ORDER BY u."Slug", l."Id"
            {{(sqlite ? "LIMIT {5}" : "OFFSET 0 ROWS FETCH NEXT {5} ROWS ONLY")}}
            """;
        return db.Database.SqlQuery<ComparisonRow>(FormattableStringFactory.Create(sql,
            year, request.Table.ToString(), code, request.Level!.Value.ToString(), slugBound, take));
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
