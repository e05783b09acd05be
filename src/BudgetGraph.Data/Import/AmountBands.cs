using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps <see cref="Entities.AmountBandCount"/> (the same SQL on SQLite and SQL Server), as <see cref="ValueCounts"/>
/// keeps the counts of values: inside the document's transaction the importer adds a new budget and its projects to the
/// counts of their year and band (<see cref="AddBudgetAsync"/>) and takes a replaced budget's out before its rows are
/// deleted (<see cref="RemoveBudgetAsync"/>), so the figures are what the tables hold; a bulk load counts every column
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

    // 1 below 100, then a hundredth of the amount's decade: 10 from 100, 100 from 1,000 … 10^17 from 10^19's tenth.
    private static long Width(long stored)
    {
        var width = 1L;
        for (var decade = 100L; stored >= decade; decade *= 10)
        {
            width *= 10;
            if (decade > long.MaxValue / 10) break;
        }
        return width;
    }

    /// <summary>
    /// The band of <paramref name="amount"/> (a SQL expression of a stored amount) in SQL: integer division truncates
    /// on both engines; every literal is cast to BIGINT, since SQL Server reads a literal beyond INT as a decimal and
    /// would divide with decimals. Null stays null.
    /// </summary>
    public static string BandSql(string amount)
    {
        var cases = new System.Text.StringBuilder($"CASE WHEN {amount} < 0 THEN {BelowZero} WHEN {amount} < 100 THEN {amount}");
        var width = 1L;
        for (var decade = 1000L; ; decade *= 10)
        {
            width *= 10;
            cases.Append(CultureInfo.InvariantCulture, $" WHEN {amount} < {Literal(decade)} THEN {amount} / {Literal(width)} * {Literal(width)}");
            if (decade > long.MaxValue / 10) break;
        }
        width *= 10;
        return cases.Append(CultureInfo.InvariantCulture, $" ELSE {amount} / {Literal(width)} * {Literal(width)} END").ToString();
    }

    private static string Literal(long value) => string.Create(CultureInfo.InvariantCulture, $"CAST({value} AS BIGINT)");

    /// <summary>Every column's counts again (a bulk load's end, rows written without the importer).</summary>
    public static readonly string AllColumns = "DELETE FROM \"AmountBandCounts\";\n" + string.Concat(Columns.Select(c => CountColumn(c.Table, c.Column)));

    /// <summary>The statement that counts one column whole (<see cref="AllColumns"/>, and a migration's backfill).</summary>
    public static string CountColumn(string table, string column) =>
        $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT '{Key(table, column)}', \"FiscalYear\", " +
        $"{BandSql($"\"{column}\"")}, COUNT(*) FROM \"{table}\" GROUP BY \"FiscalYear\", {BandSql($"\"{column}\"")};\n";

    // {0}: the budget. The bands already counted change by the budget's rows in each, then, when adding, the bands not
    // counted yet get their rows; null (an equality never matches it) on its own statements.
    private static string ChangeBy(char sign) => string.Concat(Columns.Select(c =>
    {
        var key = Key(c.Table, c.Column);
        var ofBudget = c.Table == "Budgets" ? "r.\"Id\" = {0}" : "r.\"BudgetId\" = {0}";
        var band = BandSql($"r.\"{c.Column}\"");
        var groups = $"SELECT r.\"FiscalYear\" AS \"Y\", {band} AS \"B\", COUNT(*) AS \"N\" FROM \"{c.Table}\" AS r " +
                     $"WHERE {ofBudget} AND r.\"{c.Column}\" IS NOT NULL GROUP BY r.\"FiscalYear\", {band}";
        var change =
            $"UPDATE \"AmountBandCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\" FROM ({groups}) AS g " +
            $"WHERE \"AmountBandCounts\".\"Column\" = '{key}' AND \"AmountBandCounts\".\"FiscalYear\" = g.\"Y\" AND \"AmountBandCounts\".\"Band\" = g.\"B\";\n";
        var nullGroups = $"SELECT r.\"FiscalYear\" AS \"Y\", COUNT(*) AS \"N\" FROM \"{c.Table}\" AS r " +
                         $"WHERE {ofBudget} AND r.\"{c.Column}\" IS NULL GROUP BY r.\"FiscalYear\"";
        var nulls =
            $"UPDATE \"AmountBandCounts\" SET \"Count\" = \"Count\" {sign} g.\"N\" FROM ({nullGroups}) AS g " +
            $"WHERE \"AmountBandCounts\".\"Column\" = '{key}' AND \"AmountBandCounts\".\"FiscalYear\" = g.\"Y\" AND \"AmountBandCounts\".\"Band\" IS NULL;\n";
        if (sign == '-') return change + nulls;
        var added =
            $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT '{key}', g.\"Y\", g.\"B\", g.\"N\" FROM ({groups}) AS g " +
            $"WHERE NOT EXISTS (SELECT 1 FROM \"AmountBandCounts\" AS a WHERE a.\"Column\" = '{key}' AND a.\"FiscalYear\" = g.\"Y\" AND a.\"Band\" = g.\"B\");\n";
        var addedNull =
            $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT '{key}', g.\"Y\", NULL, g.\"N\" FROM ({nullGroups}) AS g " +
            $"WHERE NOT EXISTS (SELECT 1 FROM \"AmountBandCounts\" AS a WHERE a.\"Column\" = '{key}' AND a.\"FiscalYear\" = g.\"Y\" AND a.\"Band\" IS NULL);\n";
        // The counted rows first change what is there, then add what was not: the new rows are not changed twice.
        return change + nulls + added + addedNull;
    }));

    private static readonly string Add = ChangeBy('+');
    private static readonly string Remove = ChangeBy('-');

    /// <summary>Adds budget <paramref name="budgetId"/> and its projects, just written, to the counts of their bands.</summary>
    public static Task<int> AddBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Add, [budgetId], cancellationToken);

    /// <summary>Takes budget <paramref name="budgetId"/> and its projects, about to be deleted, out of the counts of their bands.</summary>
    public static Task<int> RemoveBudgetAsync(DbContext db, int budgetId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Remove, [budgetId], cancellationToken);
}
