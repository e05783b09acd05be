using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The band counts kept at import (<see cref="AmountBands"/>: what the <c>totalCount</c> of a range of amounts sums)
/// equal the tables' own counts of each year and band, null's included, after a row-by-row import, a replacement and a
/// bulk load; the bands are what their definition says, in C# and in SQL alike; the migrations' backfill is the bulk
/// load's statement.
/// </summary>
public sealed class AmountBandsTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(99L, 99L)]
    [InlineData(100L, 100L)]
    [InlineData(109L, 100L)]
    [InlineData(110L, 110L)]
    [InlineData(999L, 990L)]
    [InlineData(1_000L, 1_000L)]
    [InlineData(1_099L, 1_000L)]
    [InlineData(1_100L, 1_100L)]
    // nanping 2024's expenditure, 4,851.31 万元 (stored in millionths): the band of 4,800 to 4,899.999999 万元.
    [InlineData(4_851_310_000L, 4_800_000_000L)]
    [InlineData(999_999_999_999_999_999L, 990_000_000_000_000_000L)]
    [InlineData(1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L)]
    [InlineData(long.MaxValue, 9_200_000_000_000_000_000L)]
    [InlineData(-1L, AmountBands.BelowZero)]
    [InlineData(long.MinValue, AmountBands.BelowZero)]
    public void An_amount_falls_in_the_band_of_its_first_two_digits(long stored, long band) =>
        Assert.Equal(band, AmountBands.BandOf(stored));

    [Theory]
    [InlineData(4_800_000_000L, 4_800_000_000L, 4_899_999_999L)]
    [InlineData(99L, 99L, 99L)]
    [InlineData(990L, 990L, 999L)]
    [InlineData(1_000L, 1_000L, 1_099L)]
    [InlineData(AmountBands.BelowZero, long.MinValue, -1L)]
    [InlineData(9_200_000_000_000_000_000L, 9_200_000_000_000_000_000L, long.MaxValue)]
    public void A_band_holds_the_amounts_from_its_least_to_the_next_bands(long band, long least, long greatest)
    {
        Assert.Equal((least, greatest), AmountBands.Range(band));
        Assert.Equal(band, AmountBands.BandOf(least));
        Assert.Equal(band, AmountBands.BandOf(greatest));
        if (greatest < long.MaxValue) Assert.NotEqual(band, AmountBands.BandOf(greatest + 1));
    }

    [Fact]
    public void A_value_that_is_not_a_bands_least_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountBands.Range(101));

    [Fact]
    public async Task SQL_puts_every_amount_in_the_band_CSharp_does()
    {
        // Each decade's edges, the amounts either side of a band's edge, and the extremes.
        var amounts = new List<long> { long.MinValue, -1_000_000, -1, 0, 1, 99, long.MaxValue, long.MaxValue - 1 };
        for (var decade = 100L; decade <= 1_000_000_000_000_000_000L; decade *= 10)
            amounts.AddRange([decade - 1, decade, decade + 1, decade * 2 - 1, decade * 2, decade / 10 * 11 - 1, decade / 10 * 11]);
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AmountBands.BandSql("$v")}";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$v";
        command.Parameters.Add(parameter);
        foreach (var amount in amounts)
        {
            parameter.Value = amount;
            Assert.Equal(AmountBands.BandOf(amount), Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task A_row_by_row_import_and_a_replacement_keep_the_counts_of_each_band()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertCountsAsync(db);
        // Every one of the 5 seeds' budgets is counted once under each column, null or not; nanping 2024's expenditure
        // total, 4,851.31 万元, is alone in its band.
        Assert.Equal(5, await db.AmountBandCounts.Where(a => a.Column == "Budgets.Expenditure").SumAsync(a => a.Count));
        Assert.Equal(1, await db.AmountBandCounts.Where(a => a.Column == "Budgets.ExpenditureTotal" && a.FiscalYear == 2024 && a.Band == 4_800_000_000L)
            .SumAsync(a => a.Count));
        Assert.Equal(await db.Projects.CountAsync(), await db.AmountBandCounts.Where(a => a.Column == "Projects.Amount").SumAsync(a => a.Count));

        // A replacement (SeedImports): the budget and its cards leave the counts before the new ones come in.
        await SeedImports.ReplaceChaoyang2023Async(importer);
        await AssertCountsAsync(db);
        Assert.Equal(5, await db.AmountBandCounts.Where(a => a.Column == "Budgets.Expenditure").SumAsync(a => a.Count));
    }

    [Fact]
    public async Task A_bulk_load_counts_the_bands_at_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCountsAsync(db);
    }

    [Fact]
    public async Task The_migrations_backfill_is_the_bulk_loads_statement()
    {
        // The migration's frozen copy (both providers' migrations generate the same text) against the code's statement,
        // in the scripts the migrations produce; then that statement run over a database that already holds rows.
        foreach (var script in new[] { "Sqlite.migrations.sql", "SqlServer.migrations.sql" })
        {
            var text = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "BudgetGraph.Data", "Sql", script))).ReplaceLineEndings("\n");
            foreach (var counted in AmountBands.Columns)
            {
                // SQL Server's backfill of a column with split columns runs inside EXEC(N'…'), its quotes doubled.
                var statement = AmountBands.CountColumn(counted).TrimEnd('\n');
                Assert.Contains(counted.SplitBy.Length > 0 && script.StartsWith("SqlServer", StringComparison.Ordinal) ? statement.Replace("'", "''", StringComparison.Ordinal) : statement, text);
            }
        }
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await db.Database.ExecuteSqlRawAsync(AmountBands.AllColumns);
        await AssertCountsAsync(db);
    }

    [Fact]
    public void The_upkeep_statements_parse_as_TSQL()
    {
        // A band, the null amounts' row, adding and taking out: with the parameters EF Core names @p0 … (SQL Server runs
        // them nowhere on this machine; the import tests run them on SQLite).
        (AmountBands.BandKey, long)[] groups =
        [
            (new("Budgets.ExpenditureTotal", 2024, 4_800_000_000L), 1), (new("Projects.Amount", 2024, null), 3),
            (new("Projects.Amount@Category,HasCoreIndicator", 2023, 100_000_000L, "一般性项目", true), 1),
        ];
        foreach (var adding in new[] { true, false })
        {
            var (sql, values) = AmountBands.Statements(groups, adding);
            var named = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Enumerable.Range(0, values.Count).Select(i => (object)$"@p{i}").ToArray());
            Assert.Empty(TransactSql.ParseErrors(named));
            Assert.Equal(adding ? 6 : 3, named.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("\"Band\" IS NULL", named);
            Assert.Contains("\"Category\" IS NULL", named);
            Assert.Contains("\"HasCoreIndicator\" = @p", named);
        }
    }

    /// <summary>Each counted column: per year (and split column's values), one row per band its amounts fall in (C#'s
    /// <see cref="AmountBands.BandOf"/>) and null's.</summary>
    private static async Task AssertCountsAsync(BudgetDbContext db)
    {
        var budgets = await db.Budgets.AsNoTracking().ToListAsync();
        var projects = await db.Projects.AsNoTracking().ToListAsync();
        static string Text(object? value) => value switch { null => "null", bool flag => flag ? "1" : "0", _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! };
        foreach (var counted in AmountBands.Columns)
        {
            IEnumerable<object> rows = counted.Table == "Budgets" ? budgets : projects;
            object? Value(object row, string column) => row.GetType().GetProperty(column)!.GetValue(row);
            var expected = rows.GroupBy(r => string.Join(' ', new[] { Text(Value(r, "FiscalYear")), Text(Value(r, counted.Column) is long a ? AmountBands.BandOf(a) : null) }
                    .Concat(counted.SplitBy.Select(c => Text(Value(r, c))))))
                .Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal).ToList();
            // A band whose rows all left keeps its row at 0 (like a value's in ValueCounts): only the non-zero ones compare.
            var kept = (await db.AmountBandCounts.AsNoTracking().Where(a => a.Column == counted.Key && a.Count != 0).ToListAsync())
                .Select(a => string.Join(' ', new[] { Text(a.FiscalYear), Text(a.Band) }.Concat(counted.SplitBy.Select(c => Text(Value(a, c))))) + $" {a.Count}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, kept);
            // A column counted beside none keeps null there.
            if (counted.SplitBy.Length == 0)
                Assert.False(await db.AmountBandCounts.AnyAsync(a => a.Column == counted.Key && (a.Category != null || a.HasCoreIndicator != null)));
        }
        // The split rows of the cards' amount: chaoyang 2023's 清扫保洁服务外包, 100 万元, 一般性项目 with a core indicator.
        Assert.Equal(1, await db.AmountBandCounts.Where(a => a.Column == "Projects.Amount@Category,HasCoreIndicator" && a.FiscalYear == 2023
            && a.Band == 100_000_000L && a.Category == "一般性项目" && a.HasCoreIndicator == true).SumAsync(a => a.Count));
        // No year, band and split values are counted on two rows.
        Assert.False(await db.AmountBandCounts.GroupBy(a => new { a.Column, a.FiscalYear, a.Band, a.Category, a.HasCoreIndicator }).AnyAsync(g => g.Count() > 1));
    }
}
