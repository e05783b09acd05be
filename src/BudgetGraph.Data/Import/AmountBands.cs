using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.AmountBandCount"/> (the same SQL on SQLite and SQL Server), as <see cref="ValueCounts"/>
/// keeps the counts of values: inside the document's transaction the importer adds a new budget and its projects to the
/// counts of their year and band (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out before its rows are
/// deleted (<see cref="RemoveBudgetAsync"/>), each read back from the tables, so the figures are what the tables hold; a bulk load counts every column
/// once at its end (<see cref="AllColumns"/>). A band is the stored amounts (millionths of 万元) that agree in their
/// first two digits: below 100 each amount is its own band, then 100–109, 110–119 … 990–999, 1,000–1,099 … (never more
/// than a tenth of the band's least amount wide); every amount below zero is one band, −1.
/// </summary>
/// <remarks>To count another amount column: add it to <see cref="Columns"/> (a table with <c>FiscalYear</c>, and
/// <c>BudgetId</c> unless it is <c>Budgets</c>), a migration that runs <see cref="AllColumns"/>' statement for it, and
/// <c>bandedAs</c> on its filter field.</remarks>
public static class AmountBands
{
    /// <summary>The amount columns counted by band: those a range filter with <c>totalCount</c> reads over the whole table.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Columns =
    [
        ("Budgets", "IncomeTotal"), ("Budgets", "Expenditure"), ("Budgets", "ExpenditureTotal"), ("Budgets", "PerformanceBudget"),
        ("Budgets", "BasicExpenditure"), ("Budgets", "ProjectExpenditure"), ("Budgets", "CarryOver"), ("Budgets", "ProcurementTotal"),
        ("Projects", "Amount"),
    ];

    /// <summary>The band of every amount below zero (a band is otherwise named by its least amount, never negative).</summary>
    public const long BelowZero = -1;

    /// <summary>The name of a counted column in <see cref="Entities.AmountBandCount.Column"/>, e.g. <c>Budgets.ExpenditureTotal</c>.</summary>
    public static string Key(string table, string column) => $"{table}.{column}";

    /// <summary>
    /// The bands' widths, the one definition <see cref="BandOf"/> and <see cref="BandSql"/> both read: a non-negative
    /// amount below <c>Below</c> (and not below the entry before's) is cut to a multiple of <c>Width</c> — 1 below 100,
    /// then a hundredth of the amount's decade: 10 from 100, 100 from 1,000 … 10^16 from 10^17; the last entry (no
    /// bound) 10^17, from 10^18 up to the largest storable amount.
    /// </summary>
    private static readonly IReadOnlyList<(long? Below, long Width)> Widths = WidthsByDecade();

    private static List<(long? Below, long Width)> WidthsByDecade()
    {
        var widths = new List<(long? Below, long Width)> { (100, 1) };
        var width = 1L;
        for (var decade = 1000L; ; decade *= 10)
        {
            width *= 10;
            widths.Add((decade, width));
            if (decade > long.MaxValue / 10) break;
        }
        widths.Add((null, width * 10));
        return widths;
    }

    private static long Width(long stored) => Widths.First(w => w.Below is not { } below || stored < below).Width;

    /// <summary>The band <paramref name="stored"/> (a stored amount) falls in: what <see cref="BandSql"/> computes in SQL.</summary>
    public static long BandOf(long stored)
    {
        if (stored < 0) return BelowZero;
        var width = Width(stored);
        return stored / width * width;
    }

    /// <summary>The amounts of band <paramref name="band"/>: from <c>Least</c> up to <c>Greatest</c>, both included.</summary>
    public static (long Least, long Greatest) Range(long band)
    {
        if (band == BelowZero) return (long.MinValue, -1);
        if (band < 0 || BandOf(band) != band) throw new ArgumentOutOfRangeException(nameof(band), band, "Not a band's least amount.");
        // The last band (from 9,200,000,000,000,000,000) ends at the largest storable amount.
        var width = Width(band);
        return (band, band > long.MaxValue - width ? long.MaxValue : band + width - 1);
    }

    /// <summary>
    /// The band of <paramref name="amount"/> (a SQL expression of a stored amount) in SQL, from <see cref="Widths"/>:
    /// integer division truncates on both engines; every literal past the first is cast to BIGINT, since SQL Server reads a
    /// literal beyond INT as a decimal and would divide with decimals. Null stays null.
    /// </summary>
    public static string BandSql(string amount)
    {
        var cases = new System.Text.StringBuilder($"CASE WHEN {amount} < 0 THEN {BelowZero}");
        foreach (var (below, width) in Widths)
        {
            if (width == 1) cases.Append(CultureInfo.InvariantCulture, $" WHEN {amount} < {below} THEN {amount}");
            else if (below is { } bound)
                cases.Append(CultureInfo.InvariantCulture, $" WHEN {amount} < {Literal(bound)} THEN {amount} / {Literal(width)} * {Literal(width)}");
            else cases.Append(CultureInfo.InvariantCulture, $" ELSE {amount} / {Literal(width)} * {Literal(width)} END");
        }
        return cases.ToString();
    }

    private static string Literal(long value) => string.Create(CultureInfo.InvariantCulture, $"CAST({value} AS BIGINT)");

    /// <summary>Every column's counts again (a bulk load's end, rows written without the importer).</summary>
    public static readonly string AllColumns = "DELETE FROM \"AmountBandCounts\";\n" + string.Concat(Columns.Select(c => CountColumn(c.Table, c.Column)));

    /// <summary>The statement that counts one column whole (<see cref="AllColumns"/>, and a migration's backfill).</summary>
    public static string CountColumn(string table, string column) =>
        $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT '{Key(table, column)}', \"FiscalYear\", " +
        $"{BandSql($"\"{column}\"")}, COUNT(*) FROM \"{table}\" GROUP BY \"FiscalYear\", {BandSql($"\"{column}\"")};\n";

    // Each table's counted amounts of one row, year first: a budget's eight, a project's one (from Columns).
    private static readonly Expression<Func<Entities.Budget, long?[]>> BudgetAmounts = AmountsOf<Entities.Budget>("Budgets");
    private static readonly Expression<Func<Entities.Project, long?[]>> ProjectAmounts = AmountsOf<Entities.Project>("Projects");

    private static Expression<Func<T, long?[]>> AmountsOf<T>(string table)
    {
        var row = Expression.Parameter(typeof(T), "r");
        IEnumerable<Expression> year = [Expression.Convert(Expression.Property(row, "FiscalYear"), typeof(long?))];
        var amounts = Columns.Where(c => c.Table == table).Select(c => (Expression)Expression.Property(row, c.Column));
        return Expression.Lambda<Func<T, long?[]>>(Expression.NewArrayInit(typeof(long?), year.Concat(amounts)), row);
    }

    /// <summary>Adds budget <paramref name="budgetId"/> and its projects, just written, to the counts of their bands.</summary>
    public static Task AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        ChangeAsync(db, budgetId, +1, cancellationToken);

    /// <summary>Takes budget <paramref name="budgetId"/> and its projects, about to be deleted, out of the counts of their bands.</summary>
    public static Task RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        ChangeAsync(db, budgetId, -1, cancellationToken);

    /// <summary>
    /// Reads the budget's counted amounts (its row, its projects' rows), groups them by column, year and band here
    /// (<see cref="BandOf"/>) and changes each group's row by its count (<see cref="Statements"/>). The same work in SQL,
    /// with the band's <c>CASE</c> in each statement, was 98 KB of SQL prepared per document: +4.4 ms of CPU per document
    /// added to a stored database.
    /// </summary>
    private static async Task ChangeAsync(DbContext db, int budgetId, int sign, CancellationToken cancellationToken)
    {
        var counted = new List<(string Column, int Year, long? Amount)>();
        Collect(counted, "Budgets", await db.Set<Entities.Budget>().Where(b => b.Id == budgetId).Select(BudgetAmounts).ToListAsync(cancellationToken));
        Collect(counted, "Projects", await db.Set<Entities.Project>().Where(p => p.BudgetId == budgetId).Select(ProjectAmounts).ToListAsync(cancellationToken));
        var groups = counted.GroupBy(a => (a.Column, a.Year, Band: a.Amount is { } amount ? BandOf(amount) : (long?)null))
            .Select(g => (g.Key, Count: (long)sign * g.Count())).ToList();
        if (groups.Count == 0) return;
        var (sql, values) = Statements(groups, adding: sign > 0);
        await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
    }

    // Each row's amounts ([0] the year, then the table's counted columns in Columns' order) as (column, year, amount).
    private static void Collect(List<(string Column, int Year, long? Amount)> into, string table, List<long?[]> rows)
    {
        var columns = Columns.Where(c => c.Table == table).Select(c => Key(c.Table, c.Column)).ToList();
        foreach (var row in rows)
            for (var i = 0; i < columns.Count; i++) into.Add((columns[i], (int)row[0]!.Value, row[i + 1]));
    }

    /// <summary>
    /// The statements that change the rows of <paramref name="groups"/> by their counts (parameters: the values, by
    /// position), and when <paramref name="adding"/> insert the rows of the bands not counted yet; null bands with
    /// <c>IS NULL</c> (an equality never matches null).
    /// </summary>
    public static (string Sql, IReadOnlyList<object> Values) Statements(
        IEnumerable<((string Column, int Year, long? Band) Key, long Count)> groups, bool adding)
    {
        var sql = new System.Text.StringBuilder();
        var values = new List<object>();
        foreach (var group in groups)
        {
            var (column, year, band) = group.Key;
            var at = values.Count;
            values.Add(column);
            values.Add(year);
            values.Add(group.Count);
            var ofBand = "\"Column\" = {" + at + "} AND \"FiscalYear\" = {" + (at + 1) + "} AND \"Band\" " + (band is null ? "IS NULL" : "= {" + (at + 3) + "}");
            if (band is { } b) values.Add(b);
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AmountBandCounts\" SET \"Count\" = \"Count\" + {{{at + 2}}} WHERE {ofBand};\n");
            if (adding)
                sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT {{{at}}}, {{{at + 1}}}, ")
                    .Append(band is null ? "NULL" : "{" + (at + 3) + "}")
                    .Append(CultureInfo.InvariantCulture, $", {{{at + 2}}} WHERE NOT EXISTS (SELECT 1 FROM \"AmountBandCounts\" WHERE {ofBand});\n");
        }
        return (sql.ToString(), values);
    }
}
