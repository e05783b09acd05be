using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// On SQLite amounts filter, sort and sum in SQL on the integer columns (no ef_compare / client evaluation), and
/// give the exact values. Two budgets of the sample (2024, 2025) are imported once.
/// </summary>
public sealed class SqliteQueryTests : IClassFixture<SqliteQueryTests.TwoBudgets>
{
    public sealed class TwoBudgets : IDisposable
    {
        public SqliteTestDatabase Database { get; } = new();

        public TwoBudgets()
        {
            using var db = Database.CreateContext();
            var importer = new DisclosureImporter(db, (_, _) => throw new InvalidOperationException());
            importer.ImportAsync(SampleDisclosures.Budget(fiscalYear: 2024)).GetAwaiter().GetResult();
            importer.ImportAsync(SampleDisclosures.Budget(fiscalYear: 2025, projectCard1: 99.99m)).GetAwaiter().GetResult();
        }

        public void Dispose() => Database.Dispose();
    }

    private readonly TwoBudgets _fixture;

    public SqliteQueryTests(TwoBudgets fixture) => _fixture = fixture;

    [Fact]
    public async Task Amount_filter_and_sort_run_in_SQL_on_the_integer_column()
    {
        await using var db = _fixture.Database.CreateContext();
        var query = RepresentativeQueries.ProjectsOver(db, 100m, skip: 0, take: 10);

        var sql = query.ToQueryString();
        Assert.Contains("WHERE \"p\".\"Amount\" > @", sql);
        Assert.Contains("ORDER BY \"p\".\"Amount\" DESC", sql);
        Assert.DoesNotContain("ef_compare", sql);

        // 405.91 (2024), 107.94 (2024), 107.94 (2025); the 2025 card of 99.99 is under the bar.
        Assert.Equal([405_910_000L, 107_940_000L, 107_940_000L], await query.Select(p => p.Amount!.Value).ToListAsync());
    }

    [Fact]
    public async Task The_amount_filter_is_served_by_the_amount_index()
    {
        await using var db = _fixture.Database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT \"Id\" FROM \"Projects\" WHERE \"Amount\" > 100000000 ORDER BY \"Amount\" DESC";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        Assert.Contains(plan, step => step.StartsWith("SEARCH Projects USING", StringComparison.Ordinal) && step.Contains("INDEX IX_Projects_Amount_Desc (Amount>?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sum_by_category_runs_in_SQL_and_is_exact()
    {
        await using var db = _fixture.Database.CreateContext();
        var query = RepresentativeQueries.ExpenditureByCategory(db);
        var sql = query.ToQueryString();
        Assert.Contains("SUM(\"e\".\"Total\")", sql);
        Assert.DoesNotContain("ef_", sql);

        var totals = await query.ToListAsync();
        Assert.Equal([new RepresentativeQueries.CategoryTotal("201", 2 * 2_085_020_000L, 2)], totals);
    }

    [Fact]
    public async Task Subject_lines_come_back_in_code_order()
    {
        await using var db = _fixture.Database.CreateContext();
        var budgetId = await db.Budgets.Where(b => b.FiscalYear == 2024).Select(b => b.Id).SingleAsync();
        var codes = await RepresentativeQueries.SubjectLinesOf(db, budgetId).Select(l => l.Code).ToListAsync();
        Assert.Equal(["201", "20103", "2010301", "2010302"], codes);
    }
}
