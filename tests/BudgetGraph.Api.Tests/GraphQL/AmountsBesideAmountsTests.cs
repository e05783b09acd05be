using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Budget amounts beside each other (and the year) are counted in the one index that holds them all after the year,
/// IX_Budgets_FiscalYear_Amounts (<c>FilterSpec.IndexCarries</c>): a year's range of it, or — no term rare — the index
/// read whole, each entry tested, where SQLite looked up each match's 2 KB budget row from one amount's index (issue 8:
/// two amounts of 100 万元 or more, 5,005 disclosures, 3–7 ms). The served expenditure, a computed column SQLite reads no
/// index as holding, is read there as its definition (COALESCE of 支出合计 and 部门支出预算总量). On the seeds as imported.
/// </summary>
public sealed class AmountsBesideAmountsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    // 收入合计 3,500 or more and 项目支出 2,200 or more: jiangbeicheng-2025.txt (收入合计 3,636.80 l.88; 项目支出 2,306.47
    // l.382) and nanping-2024.txt (4,851.31 l.109; 3,118.01 l.117); chaoyang-2023.txt's income is 3,394.41 (l.84).
    [InlineData("""incomeTotal: { gte: 3500 }, projectExpenditure: { gte: 2200 }""", "jiangbeicheng nanping", "SCAN")]
    // Expenditure 1,000 or more (all five) and income below 4,000: chaoyang (3,394.41) and jiangbeicheng (3,636.80);
    // ciqikou and shandong state no 收入合计 (performance tables only), nanping's is 4,851.31.
    [InlineData("""expenditure: { gte: 1000 }, incomeTotal: { lt: 4000 }""", "chaoyang jiangbeicheng", "SCAN")]
    // Expenditure 1,500 or more and 部门支出预算总量 below 2,000: ciqikou-2024.txt alone (1629.08, l.7: its served
    // expenditure is that figure, it has no 支出合计); shandong-2024.txt's is 1009.24 (l.7).
    [InlineData("""expenditure: { gte: 1500 }, performanceBudget: { lt: 2000 }""", "ciqikou", "SCAN")]
    // 2024's budgets with 基本支出 of 1,000 or more and any 收入合计: nanping alone (1,733.30 l.117, 4,851.31 l.109);
    // ciqikou and shandong state neither. (The year and one amount alone are counted on the amounts' bands.)
    [InlineData("""year: { eq: 2024 }, basicExpenditure: { gte: 1000 }, incomeTotal: { gte: 0 }""", "nanping", "SEARCH")]
    public async Task Amounts_are_counted_in_the_index_that_holds_them_all(string terms, string slugs, string read)
    {
        var query = $$"""{ budgets(where: { {{terms}} }) { totalCount nodes { unit { slug } } } }""";
        var plan = await fixture.PlanOfAsync(query, "COUNT(");
        Assert.Contains("USING COVERING INDEX IX_Budgets_FiscalYear_Amounts", plan);
        Assert.Contains(read + " ", plan);
        var budgets = (await fixture.DataAsync(query)).GetProperty("budgets");
        var expected = slugs.Split(' ');
        Assert.Equal(expected.Length, budgets.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, budgets.GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("unit").GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_served_expenditure_read_past_its_index_is_its_definition_and_keeps_the_same_rows_on_both_engines()
    {
        // Budget.Expenditure is a stored computed column, which SQLite reads no index as holding: read past its index
        // (FixedPoint's definedAs) it is COALESCE(ExpenditureTotal, PerformanceBudget), the column's own definition, whose
        // columns IX_Budgets_FiscalYear_Amounts holds — the same rows, a performance-only budget's included.
        var where = new Dictionary<string, object?> { ["expenditure"] = new Dictionary<string, object?> { ["gte"] = 1500m } };
        var unindexed = new HashSet<string>(StringComparer.Ordinal) { "expenditure" };
        var filter = BudgetGraph.Api.GraphQL.Budgets.BudgetQuerySpec.Filter;
        await using (var db = await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
        {
            var hinted = filter.Apply(db.Budgets.AsNoTracking(), where, sqlite: true, unindexed: unindexed);
            Assert.Contains("COALESCE(\"b\".\"ExpenditureTotal\", \"b\".\"PerformanceBudget\") >= ", hinted.ToQueryString(), StringComparison.Ordinal);
            var expected = await filter.Apply(db.Budgets.AsNoTracking(), where, sqlite: true).Select(b => b.Id).OrderBy(id => id).ToListAsync();
            Assert.NotEmpty(expected);
            Assert.Contains(await db.Budgets.Where(b => b.ExpenditureTotal == null && b.PerformanceBudget >= BudgetGraph.Data.Entities.FixedPoint.ToStored(1500m))
                .Select(b => b.Id).ToListAsync(), id => expected.Contains(id));
            Assert.Equal(expected, await hinted.Select(b => b.Id).OrderBy(id => id).ToListAsync());
            Assert.True(expected.Count < await db.Budgets.CountAsync(), "the filter keeps every budget");
        }
        using var sqlServer = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        Assert.Contains("COALESCE([b].[ExpenditureTotal], [b].[PerformanceBudget]) >= ",
            filter.Apply(sqlServer.Budgets.AsNoTracking(), where, unindexed: unindexed).ToQueryString(), StringComparison.Ordinal);
    }
}
