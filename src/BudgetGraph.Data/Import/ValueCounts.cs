using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.ValueCount"/> (the same SQL on SQLite and SQL Server), as <see cref="RowCounts"/> keeps the
/// row counts: inside the document's transaction the importer adds a new budget's rows to the counts of their values
/// (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out before its rows are deleted
/// (<see cref="RemoveBudgetAsync"/>), each read through the budget's index, so the figures are what the tables hold; a
/// bulk load counts every column once at its end (<see cref="AllColumns"/>). Every column has a row for null (count 0
/// when no row is null), so that any filter, evaluated on the values, sums exactly the rows it would count.
/// </summary>
/// <remarks>To count another column: add it to <see cref="Columns"/> (a string column of the budgets or of a table with a <c>BudgetId</c>)
/// or <see cref="Numbers"/> (an integer one) or <see cref="Flags"/> (a boolean one), a migration that runs <see cref="AllColumns"/>' statements for it, and
/// <c>countedAs</c> on its filter field. To count a text column in each district too: add it to <see cref="InDistricts"/>
/// (a column of <see cref="Columns"/> whose rows carry <c>DistrictName</c>), a migration that runs <see cref="InDistrictsSql"/>'s
/// statement for it, and the field to the filter's <c>CountedInDistricts</c>. Beside another column of its rows (a year, a
/// yes/no column): add it to <see cref="Beside"/>, a migration that runs its <see cref="BesideColumnSql"/> statement, and
/// the field to the filter's <c>CountedBeside</c>.</remarks>
public static class ValueCounts
{
    /// <summary>
    /// The category columns counted: their values repeat over hundreds of thousands of rows. An indicator's name too:
    /// cards reuse the template's names (服务对象满意度, 群众满意度…: 208 names for 2,520,252 indicators at 50,005
    /// disclosures), so a text match of several grams sums a few values' counts where it tested every indicator's name
    /// (满意度: 199 ms). A card's name is not: it names the unit (南坪街道村居工作经费), nearly one value per card.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Columns =
    [
        ("Budgets", "DistrictName"), ("Projects", "Category"), ("Projects", "Department"), ("Projects", "DistrictName"),
        ("Indicators", "DistrictName"), ("Indicators", "Level1"), ("Indicators", "Level2"), ("Indicators", "Level3"),
        ("Indicators", "UnitOfMeasure"), ("Indicators", "Operator"), ("Indicators", "TextTarget"), ("Indicators", "ProjectCategory"),
        ("Indicators", "Name"),
    ];

    /// <summary>
    /// The number columns counted (in <see cref="Entities.ValueCount.Number"/>, as stored): a year is a third of the rows;
    /// an indicator's weight and numeric target (fixed point) are each one of few (10 points, 100 %, 1 item…: the seeds'
    /// 231 numeric targets are 72 values), so a range of them is a range of values, not of rows.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Numbers =
    [
        ("Projects", "FiscalYear"), ("Indicators", "FiscalYear"), ("Indicators", "Weight"), ("Indicators", "NumericTarget"),
    ];

    /// <summary>The yes/no columns counted (in <see cref="Entities.ValueCount.Flag"/>).</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Flags =
    [
        ("Projects", "HasCoreIndicator"), ("Indicators", "IsCore"),
    ];

    /// <summary>
    /// The text columns also counted in each district (<see cref="Entities.ValueCount.DistrictName"/>, under
    /// <see cref="DistrictKey"/>), for a district's rows of one value: the indicators of 南岸区 whose operator is ≤ —
    /// none at 50,005 disclosures, which counted on the district's 330,033 index entries took 45 ms, page or count. A
    /// district's values that no row holds have no row (count 0, as a value counted 0); null is a value like any other.
    /// Rows without a district are not counted here (no district's <c>eq</c> matches them).
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string Column)> InDistricts =
    [
        ("Indicators", "Operator"), ("Indicators", "Level1"), ("Indicators", "Level2"),
    ];

    /// <summary>
    /// A text column also counted beside another column of its rows, <paramref name="By"/>: each value's rows per value
    /// of that column, held in <paramref name="Held"/> (<see cref="Entities.ValueCount.Number"/> for a year,
    /// <see cref="Entities.ValueCount.Flag"/> for a yes/no column), under <see cref="Key"/> (the column's key and
    /// <c>@</c><paramref name="Suffix"/>). Null values are not counted here: only a filter no null passes (a seek of
    /// values, a text match) is counted on them. Where <paramref name="By"/> may be null (<paramref name="ByNullable"/>:
    /// an indicator's core mark), its null is a value like the others, matched null-safe by the upkeep (an equality
    /// would never find that row again, and add one more per budget).
    /// </summary>
    public sealed record BesideColumn(string Table, string Column, string By, string Held, string Suffix, bool ByNullable = false)
    {
        /// <summary>The upkeep's match of a kept row's other column (<paramref name="kept"/>) with a budget's
        /// (<paramref name="budgets"/>): null-safe where it may be null.</summary>
        internal string SameBy(string kept, string budgets) => ByNullable ? NullSafeSql.Same(kept, budgets) : $"{kept} = {budgets}";

        /// <summary>The column's name in <see cref="Entities.ValueCount.Column"/>, e.g. <c>Projects.Department@Year</c>.</summary>
        public string Key => $"{ValueCounts.Key(Table, Column)}@{Suffix}";
    }

    /// <summary>
    /// The text columns also counted beside another column of their rows (<see cref="BesideColumn"/>): a card's department
    /// in each fiscal year — 预算科's cards of 2024 at 50,005 disclosures were 100,100 entries of the department's index
    /// read to count them (17.6 ms) — and beside its core mark (预算科's cards with a core indicator: 11.5 ms). A budget's
    /// rows are all of its year.
    /// </summary>
    public static readonly IReadOnlyList<BesideColumn> Beside =
    [
        new("Projects", "Department", "FiscalYear", nameof(Entities.ValueCount.Number), "Year"),
        new("Projects", "Department", "HasCoreIndicator", nameof(Entities.ValueCount.Flag), "Core"),
        // An indicator's name beside its year and core mark: 满意 beside 2025 at 50,005 disclosures tested every
        // indicator's name (185 ms); 满意度 beside a core mark read the core indicators' rows (157 ms). An indicator's
        // IsCore may be null (a card without the column), a card's HasCoreIndicator never is.
        new("Indicators", "Name", "FiscalYear", nameof(Entities.ValueCount.Number), "Year"),
        new("Indicators", "Name", "IsCore", nameof(Entities.ValueCount.Flag), "Core", ByNullable: true),
    ];

    /// <summary>The counting of the counted column <paramref name="key"/> (<see cref="Key"/>) beside the column
    /// <paramref name="by"/> of its rows, or null when it is not counted so.</summary>
    public static BesideColumn? CountedBeside(string key, string by) =>
        Beside.FirstOrDefault(b => Key(b.Table, b.Column) == key && b.By == by);

    /// <summary>The name of a column counted in each district (<see cref="InDistricts"/>), e.g. <c>Indicators.Operator@District</c>.</summary>
    public static string DistrictKey(string table, string column) => InDistrict(Key(table, column));

    /// <summary>The name in each district of the counted column <paramref name="key"/> (<see cref="Key"/>).</summary>
    public static string InDistrict(string key) => $"{key}@District";

    /// <summary>Whether the counted column <paramref name="key"/> (<see cref="Key"/>) is counted in each district too.</summary>
    public static bool IsCountedInDistricts(string key) => InDistricts.Any(c => Key(c.Table, c.Column) == key);

    /// <summary>Every counted column with the <see cref="Entities.ValueCount"/> property that holds its values
    /// (<c>Value</c>, <c>Number</c> or <c>Flag</c>).</summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Held)> All =
    [
        .. Columns.Select(c => (c.Table, c.Column, nameof(Entities.ValueCount.Value))),
        .. Numbers.Select(c => (c.Table, c.Column, nameof(Entities.ValueCount.Number))),
        .. Flags.Select(c => (c.Table, c.Column, nameof(Entities.ValueCount.Flag))),
    ];

    /// <summary>The name of a counted column in <see cref="Entities.ValueCount.Column"/>, e.g. <c>Indicators.Operator</c>.</summary>
    public static string Key(string table, string column) => $"{table}.{column}";

    /// <summary>The <see cref="Entities.ValueCount"/> property that holds the values of the counted column <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The column is not counted.</exception>
    public static string HeldIn(string key) =>
        All.FirstOrDefault(c => Key(c.Table, c.Column) == key).Held
        ?? throw new ArgumentException($"'{key}' is not a column whose values are counted (ValueCounts.All).", nameof(key));

    /// <summary>The counts in each district of the <see cref="InDistricts"/> columns, from their rows, into a table that keeps
    /// none of them yet (<see cref="AllColumns"/> after its delete; a migration's backfill).</summary>
    public static readonly string InDistrictsSql = string.Concat(InDistricts.Select(c =>
        $"INSERT INTO \"ValueCounts\" (\"Column\", \"DistrictName\", \"Value\", \"Count\") SELECT '{DistrictKey(c.Table, c.Column)}', " +
        $"\"DistrictName\", \"{c.Column}\", COUNT(*) FROM \"{c.Table}\" WHERE \"DistrictName\" IS NOT NULL GROUP BY \"DistrictName\", \"{c.Column}\";\n"));

    /// <summary>The counts of the <see cref="Beside"/> columns' values (null left out) beside their other column, from
    /// their rows, into a table that keeps none of them yet (<see cref="AllColumns"/> after its delete; a migration's backfill).</summary>
    public static readonly string BesideSql = string.Concat(Beside.Select(BesideColumnSql));

    /// <summary>The statement that counts one <see cref="Beside"/> column whole (<see cref="BesideSql"/>).</summary>
    public static string BesideColumnSql(BesideColumn c) =>
        $"INSERT INTO \"ValueCounts\" (\"Column\", \"{c.Held}\", \"Value\", \"Count\") SELECT '{c.Key}', " +
        $"\"{c.By}\", \"{c.Column}\", COUNT(*) FROM \"{c.Table}\" WHERE \"{c.Column}\" IS NOT NULL GROUP BY \"{c.By}\", \"{c.Column}\";\n";

    /// <summary>Every column's counts again (a bulk load's end, rows written without the importer).</summary>
    public static readonly string AllColumns = "DELETE FROM \"ValueCounts\";\n" + string.Concat(All.Select(c => ColumnSql(c.Table, c.Column, c.Held)))
        + InDistrictsSql + BesideSql;

    /// <summary>The statements that count one column of <see cref="All"/> whole, its null row included (<see cref="AllColumns"/>;
    /// a migration's backfill for a column counted anew).</summary>
    public static string ColumnSql(string table, string column, string held) =>
        $"INSERT INTO \"ValueCounts\" (\"Column\", \"{held}\", \"Count\") SELECT '{Key(table, column)}', \"{column}\", COUNT(*) FROM \"{table}\" GROUP BY \"{column}\";\n"
        + NullRow(table, column, held);

    // The null value's row where the column has none (no null among its rows yet).
    private static string NullRow(string table, string column, string held) =>
        $"INSERT INTO \"ValueCounts\" (\"Column\", \"{held}\", \"Count\") SELECT '{Key(table, column)}', NULL, 0 " +
        $"WHERE NOT EXISTS (SELECT 1 FROM \"ValueCounts\" WHERE \"Column\" = '{Key(table, column)}' AND \"{held}\" IS NULL);\n";

    // {0}: the budget. The values already counted change by the budget's rows of each, then, when adding, the values not
    // counted yet get their rows; null is counted on its own row (an equality never matches null). The IN list of the
    // budget's values lets SQLite seek each value's row: without it, it scanned every value of the column per document
    // (the 4,007 departments at 5,005 disclosures), a cost that grows with the database.
    private static string ChangeBy(char sign) => string.Concat(All.Select(c =>
    {
        var key = Key(c.Table, c.Column);
        var budget = BudgetKeyOf(c.Table);
        var change =
            $"UPDATE \"ValueCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\" FROM (SELECT r.\"{c.Column}\" AS \"V\", COUNT(*) AS \"N\" " +
            $"FROM \"{c.Table}\" AS r WHERE r.\"{budget}\" = {{0}} AND r.\"{c.Column}\" IS NOT NULL GROUP BY r.\"{c.Column}\") AS g " +
            $"WHERE \"ValueCounts\".\"Column\" = '{key}' AND \"ValueCounts\".\"{c.Held}\" = g.\"V\" " +
            $"AND \"ValueCounts\".\"{c.Held}\" IN (SELECT r.\"{c.Column}\" FROM \"{c.Table}\" AS r WHERE r.\"{budget}\" = {{0}});\n";
        var added = sign == '-' ? "" :
            $"INSERT INTO \"ValueCounts\" (\"Column\", \"{c.Held}\", \"Count\") SELECT '{key}', r.\"{c.Column}\", COUNT(*) " +
            $"FROM \"{c.Table}\" AS r WHERE r.\"{budget}\" = {{0}} AND r.\"{c.Column}\" IS NOT NULL AND NOT EXISTS (SELECT 1 " +
            $"FROM \"ValueCounts\" AS v WHERE v.\"Column\" = '{key}' AND v.\"{c.Held}\" = r.\"{c.Column}\") GROUP BY r.\"{c.Column}\";\n"
            + NullRow(c.Table, c.Column, c.Held);
        var nulls =
            $"UPDATE \"ValueCounts\" SET \"Count\" = \"Count\" {sign} (SELECT COUNT(*) FROM \"{c.Table}\" AS r " +
            $"WHERE r.\"{budget}\" = {{0}} AND r.\"{c.Column}\" IS NULL) WHERE \"Column\" = '{key}' AND \"{c.Held}\" IS NULL;\n";
        return change + added + nulls;
    })) + string.Concat(InDistricts.Select(c =>
    {
        // In each district (the budget's rows all carry its unit's): null values are matched like others, and the IN
        // list of the budget's district lets SQLite seek that district's rows of the column (IX_ValueCounts_Column_DistrictName_Value).
        var key = DistrictKey(c.Table, c.Column);
        var budget = BudgetKeyOf(c.Table);
        var ofBudget =
            $"(SELECT r.\"DistrictName\" AS \"D\", r.\"{c.Column}\" AS \"V\", COUNT(*) AS \"N\" FROM \"{c.Table}\" AS r " +
            $"WHERE r.\"{budget}\" = {{0}} AND r.\"DistrictName\" IS NOT NULL GROUP BY r.\"DistrictName\", r.\"{c.Column}\") AS g";
        var change =
            $"UPDATE \"ValueCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\" FROM {ofBudget} " +
            $"WHERE \"ValueCounts\".\"Column\" = '{key}' AND \"ValueCounts\".\"DistrictName\" = g.\"D\" " +
            $"AND {NullSafeSql.Same("\"ValueCounts\".\"Value\"", "g.\"V\"")} " +
            $"AND \"ValueCounts\".\"DistrictName\" IN (SELECT r.\"DistrictName\" FROM \"{c.Table}\" AS r WHERE r.\"{budget}\" = {{0}});\n";
        var added = sign == '-' ? "" :
            $"INSERT INTO \"ValueCounts\" (\"Column\", \"DistrictName\", \"Value\", \"Count\") SELECT '{key}', g.\"D\", g.\"V\", g.\"N\" " +
            $"FROM {ofBudget} WHERE NOT EXISTS (SELECT 1 FROM \"ValueCounts\" AS v WHERE v.\"Column\" = '{key}' " +
            $"AND v.\"DistrictName\" = g.\"D\" AND {NullSafeSql.Same("v.\"Value\"", "g.\"V\"")});\n";
        return change + added;
    })) + string.Concat(Beside.Select(c =>
    {
        // Beside the other column (a budget's rows are all of its year; its cards of either core mark), null values left
        // out: the IN list of the budget's values lets SQLite seek each value's rows (IX_ValueCounts_Column_Value: the
        // value, then the number; a flag is tested on the value's few rows).
        var budget = BudgetKeyOf(c.Table);
        var ofBudget =
            $"(SELECT r.\"{c.By}\" AS \"B\", r.\"{c.Column}\" AS \"V\", COUNT(*) AS \"N\" FROM \"{c.Table}\" AS r " +
            $"WHERE r.\"{budget}\" = {{0}} AND r.\"{c.Column}\" IS NOT NULL GROUP BY r.\"{c.By}\", r.\"{c.Column}\") AS g";
        var change =
            $"UPDATE \"ValueCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\" FROM {ofBudget} " +
            $"WHERE \"ValueCounts\".\"Column\" = '{c.Key}' AND \"ValueCounts\".\"Value\" = g.\"V\" AND {c.SameBy($"\"ValueCounts\".\"{c.Held}\"", "g.\"B\"")} " +
            $"AND \"ValueCounts\".\"Value\" IN (SELECT r.\"{c.Column}\" FROM \"{c.Table}\" AS r WHERE r.\"{budget}\" = {{0}});\n";
        var added = sign == '-' ? "" :
            $"INSERT INTO \"ValueCounts\" (\"Column\", \"{c.Held}\", \"Value\", \"Count\") SELECT '{c.Key}', g.\"B\", g.\"V\", g.\"N\" " +
            $"FROM {ofBudget} WHERE NOT EXISTS (SELECT 1 FROM \"ValueCounts\" AS v WHERE v.\"Column\" = '{c.Key}' " +
            $"AND v.\"Value\" = g.\"V\" AND {c.SameBy($"v.\"{c.Held}\"", "g.\"B\"")});\n";
        return change + added;
    }));

    // The column that names a row's budget: a budget's own key, any other table's BudgetId.
    private static string BudgetKeyOf(string table) => table == "Budgets" ? "Id" : "BudgetId";

    private static readonly string Add = ChangeBy('+');
    private static readonly string Remove = ChangeBy('-');

    /// <summary>Adds the rows of budget <paramref name="budgetId"/>, just written, to the counts of their values.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Add, [budgetId], cancellationToken);

    /// <summary>Takes the rows of budget <paramref name="budgetId"/>, about to be deleted, out of the counts of their values.</summary>
    public static Task<int> RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Remove, [budgetId], cancellationToken);
}
