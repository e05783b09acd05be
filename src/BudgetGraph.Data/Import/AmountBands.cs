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
/// <c>BudgetId</c> unless it is <c>Budgets</c>), a migration that runs its <see cref="CountColumn"/> statement, and
/// <c>bandedAs</c> on its filter field. To count one beside other columns of its rows too (a card's amount beside its
/// category and core mark): list them in its entry's <c>SplitBy</c> (each a column of <see cref="Entities.AmountBandCount"/>
/// of the same name, and of <see cref="BandKey"/>), and name them on the filter (<c>FilterSpec.BandsSplitBy</c>).</remarks>
public static class AmountBands
{
    /// <summary>
    /// A column counted by band, per year: <paramref name="SplitBy"/> names the columns of its table the counts are kept
    /// beside too (each also a column of <see cref="Entities.AmountBandCount"/>): a range of the amount beside a filter of
    /// them is summed on those rows. Its rows in the counts are named by <see cref="Key"/>.
    /// </summary>
    public sealed record BandedColumn(string Table, string Column, params string[] SplitBy)
    {
        public string Key => AmountBands.Key(Table, Column, SplitBy);
    }

    /// <summary>The amount columns counted by band: those a range filter with <c>totalCount</c> reads over the whole table.
    /// The cards' amount is counted twice: alone (an amount's range, with the year or not, sums the fewest rows), and
    /// beside the category and core mark (one in each of 50,005 disclosures' 20,002 cards of 一般性项目 is ≥ 100 万元:
    /// counted on the rows, 7 ms; the core ones, 11).</summary>
    public static readonly IReadOnlyList<BandedColumn> Columns =
    [
        new("Budgets", "IncomeTotal"), new("Budgets", "Expenditure"), new("Budgets", "ExpenditureTotal"), new("Budgets", "PerformanceBudget"),
        new("Budgets", "BasicExpenditure"), new("Budgets", "ProjectExpenditure"), new("Budgets", "CarryOver"), new("Budgets", "ProcurementTotal"),
        new("Projects", "Amount"), new("Projects", "Amount", "Category", "HasCoreIndicator"),
    ];

    /// <summary>The band of every amount below zero (a band is otherwise named by its least amount, never negative).</summary>
    public const long BelowZero = -1;

    /// <summary>The name of a counted column in <see cref="Entities.AmountBandCount.Column"/>, e.g. <c>Budgets.ExpenditureTotal</c>;
    /// counted beside other columns too, they follow an <c>@</c>: <c>Projects.Amount@Category,HasCoreIndicator</c>.</summary>
    public static string Key(string table, string column, params string[] splitBy) =>
        splitBy.Length == 0 ? $"{table}.{column}" : $"{table}.{column}@{string.Join(',', splitBy)}";

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
    public static readonly string AllColumns = "DELETE FROM \"AmountBandCounts\";\n" + string.Concat(Columns.Select(CountColumn));

    /// <summary>The statement that counts one column whole (<see cref="AllColumns"/>, and a migration's backfill).</summary>
    public static string CountColumn(BandedColumn counted)
    {
        var band = BandSql($"\"{counted.Column}\"");
        var split = string.Concat(counted.SplitBy.Select(c => $", \"{c}\""));
        return $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\"{split}, \"Count\") SELECT '{counted.Key}', \"FiscalYear\", " +
            $"{band}{split}, COUNT(*) FROM \"{counted.Table}\" GROUP BY \"FiscalYear\", {band}{split};\n";
    }

    /// <summary>One row of the counts: a column's band in a year, and the split columns' values where it has them (null
    /// for a column counted beside none).</summary>
    public readonly record struct BandKey(string Column, int Year, long? Band, string? Category = null, bool? HasCoreIndicator = null);

    // The split columns BandKey (and the statements) carry: a column split by another would be counted as if by none.
    private static readonly string[] KeyedSplitColumns = [nameof(BandKey.Category), nameof(BandKey.HasCoreIndicator)];

    // Each table's columns a row is read with for its counts: the year, then every counted amount and split column, by name.
    private static readonly Dictionary<string, string[]> ReadColumns = Columns.GroupBy(c => c.Table).ToDictionary(g => g.Key,
        g => new[] { "FiscalYear" }.Concat(g.Select(c => c.Column)).Concat(g.SelectMany(c => c.SplitBy.Select(KeyedSplitColumn)))
            .Distinct(StringComparer.Ordinal).ToArray());

    private static string KeyedSplitColumn(string column) => KeyedSplitColumns.Contains(column, StringComparer.Ordinal) ? column
        : throw new InvalidOperationException($"AmountBands.Columns splits by {column}, which BandKey does not carry.");

    private static readonly Expression<Func<Entities.Budget, object?[]>> BudgetRow = RowOf<Entities.Budget>("Budgets");
    private static readonly Expression<Func<Entities.Project, object?[]>> ProjectRow = RowOf<Entities.Project>("Projects");

    private static Expression<Func<T, object?[]>> RowOf<T>(string table)
    {
        var row = Expression.Parameter(typeof(T), "r");
        var values = ReadColumns[table].Select(c => (Expression)Expression.Convert(Expression.Property(row, c), typeof(object)));
        return Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), values), row);
    }

    /// <summary>Adds budget <paramref name="budgetId"/> and its projects, just written, to the counts of their bands.</summary>
    public static Task AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        ChangeAsync(db, budgetId, +1, cancellationToken);

    /// <summary>Takes budget <paramref name="budgetId"/> and its projects, about to be deleted, out of the counts of their bands.</summary>
    public static Task RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        ChangeAsync(db, budgetId, -1, cancellationToken);

    /// <summary>
    /// Reads the budget's counted amounts (its row, its projects' rows), groups them by column, year and band here
    /// (<see cref="BandOf"/>), and by the split columns' values for a column counted beside them, and changes each
    /// group's row by its count (<see cref="Statements"/>). The same work in SQL, with the band's <c>CASE</c> in each
    /// statement, was 98 KB of SQL prepared per document: +4.4 ms of CPU per document added to a stored database.
    /// </summary>
    private static async Task ChangeAsync(DbContext db, int budgetId, int sign, CancellationToken cancellationToken)
    {
        var counted = new List<BandKey>();
        Collect(counted, "Budgets", await db.Set<Entities.Budget>().Where(b => b.Id == budgetId).Select(BudgetRow).ToListAsync(cancellationToken));
        Collect(counted, "Projects", await db.Set<Entities.Project>().Where(p => p.BudgetId == budgetId).Select(ProjectRow).ToListAsync(cancellationToken));
        var groups = counted.GroupBy(k => k).Select(g => (g.Key, Count: (long)sign * g.Count())).ToList();
        if (groups.Count == 0) return;
        var (sql, values) = Statements(groups, adding: sign > 0);
        await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
    }

    // Each row (its values in ReadColumns' order) as one key per counted column of its table, its amount banded.
    private static void Collect(List<BandKey> into, string table, List<object?[]> rows)
    {
        var at = ReadColumns[table].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        foreach (var row in rows)
            foreach (var column in Columns.Where(c => c.Table == table))
            {
                object? Split(string name) => column.SplitBy.Contains(name) ? row[at[name]] : null;
                into.Add(new BandKey(column.Key, (int)row[at["FiscalYear"]]!, row[at[column.Column]] is long amount ? BandOf(amount) : null,
                    (string?)Split(nameof(BandKey.Category)), (bool?)Split(nameof(BandKey.HasCoreIndicator))));
            }
    }

    /// <summary>
    /// The statements that change the rows of <paramref name="groups"/> by their counts (parameters: the values, by
    /// position), and when <paramref name="adding"/> insert the rows of the bands not counted yet; null values (a null
    /// amount's band, a column's split values it is not counted beside) with <c>IS NULL</c> (an equality never matches null).
    /// </summary>
    public static (string Sql, IReadOnlyList<object> Values) Statements(IEnumerable<(BandKey Key, long Count)> groups, bool adding)
    {
        var sql = new System.Text.StringBuilder();
        var values = new List<object>();
        foreach (var (key, count) in groups)
        {
            values.Add(count);
            var countAt = values.Count - 1;
            var columns = new List<(string Name, string Value)>();
            foreach (var (name, value) in new (string, object?)[]
                     {
                         ("Column", key.Column), ("FiscalYear", key.Year), ("Band", key.Band),
                         (nameof(BandKey.Category), key.Category), (nameof(BandKey.HasCoreIndicator), key.HasCoreIndicator),
                     })
            {
                if (value is null) { columns.Add((name, "NULL")); continue; }
                values.Add(value);
                columns.Add((name, "{" + (values.Count - 1) + "}"));
            }
            var ofBand = string.Join(" AND ", columns.Select(c => $"\"{c.Name}\" " + (c.Value == "NULL" ? "IS NULL" : "= " + c.Value)));
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AmountBandCounts\" SET \"Count\" = \"Count\" + {{{countAt}}} WHERE {ofBand};\n");
            if (adding)
                sql.Append("INSERT INTO \"AmountBandCounts\" (").Append(string.Join(", ", columns.Select(c => $"\"{c.Name}\"")))
                    .Append(", \"Count\") SELECT ").Append(string.Join(", ", columns.Select(c => c.Value)))
                    .Append(CultureInfo.InvariantCulture, $", {{{countAt}}} WHERE NOT EXISTS (SELECT 1 FROM \"AmountBandCounts\" WHERE {ofBand});\n");
        }
        return (sql.ToString(), values);
    }
}
