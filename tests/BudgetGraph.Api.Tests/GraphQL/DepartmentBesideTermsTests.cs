using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A card's department beside its year, core mark, category or amount is counted in the department's own index, which
/// holds those columns after the department and the key (IX_Projects_Department_Categories, <c>FilterSpec.IndexCarries</c>),
/// each entry tested there without reading a card (issue 8: 预算科's cards of 2024 read each from the department's index
/// to test the year, 17 ms at 5,005 disclosures); beside a year or a core mark it is counted on its kept counts beside
/// them (ValueCounts.Beside: 预算科's 10,010 entries of 2024 at 5,005 disclosures read 2.5 ms); beside a rarer term the
/// department is read past its index. On the seeds
/// as imported: 预算科 is ciqikou-2024.txt's department of its ten cards (l.81, 151, 223 …), none with a core indicator.
/// </summary>
public sealed class DepartmentBesideTermsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    // (Beside a core mark or a year it is counted on its kept counts beside them: below.)
    [InlineData("""department: { eq: "预算科" }, category: { eq: null }""", 10)]
    // 50 万元 or more: 项目尾款 90 (l.465), 一般性项目（运行成本类） 58 (l.615), 市政环卫管护 313.4 (l.758).
    [InlineData("""department: { eq: "预算科" }, amount: { gte: 50 }""", 3)]
    public async Task A_department_beside_terms_its_index_holds_is_counted_there(string terms, int expected)
    {
        var query = $$"""{ projects(where: { {{terms}} }) { totalCount } }""";
        var plan = await fixture.PlanOfAsync(query, "COUNT(");
        Assert.Contains("USING COVERING INDEX IX_Projects_Department_Categories (Department=?)", plan);
        Assert.Equal(expected, (await fixture.DataAsync(query)).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("""department: { eq: "预算科" }, year: { eq: 2024 }""", 10)]
    [InlineData("""department: { eq: "预算科" }, year: { in: [2023, 2025] }""", 0)]
    // 806-重庆市江北区人民政府江北城街道办事处 (jiangbeicheng-2025.txt, 15 cards) and its spelling with an em dash (2 cards).
    [InlineData("""department: { in: ["预算科", "806-重庆市江北区人民政府江北城街道办事处"] }, year: { in: [2024, 2025] }""", 25)]
    [InlineData("""department: { contains: "江北城" }, year: { eq: 2025 }""", 17)]
    public async Task A_department_beside_a_year_is_counted_on_its_kept_counts_in_each_year(string terms, int expected)
    {
        // Counted in each year at import (ValueCounts.Beside: the cards' departments), not on the department's index.
        fixture.Sql.Clear();
        var query = $$"""{ projects(where: { {{terms}} }) { totalCount } }""";
        Assert.Equal(expected, (await fixture.DataAsync(query)).GetProperty("projects").GetProperty("totalCount").GetInt32());
        // One read: no row counted, nor each term's kept count alone (which index a page would read: no page is read).
        var count = Assert.Single(fixture.Sql.Commands);
        Assert.Contains("FROM \"ValueCounts\"", count);
        Assert.Contains("\"Column\" = @inYears AND \"v\".\"Number\"", count);
        var plan = await fixture.PlanOfAsync(query, "@inYears");
        Assert.Contains("USING COVERING INDEX IX_ValueCounts_Column_Value (Column=?", plan);
    }

    [Theory]
    [InlineData("""department: { eq: "预算科" }, hasCoreIndicator: { eq: false }""", 10)]
    [InlineData("""department: { eq: "预算科" }, hasCoreIndicator: { eq: true }""", 0)]
    // 江北城's 15 + 2 cards (the em dash) and 朝阳's 2, all with a core indicator.
    [InlineData("""department: { contains: "江北城" }, hasCoreIndicator: { eq: true }""", 17)]
    [InlineData("""department: { in: ["预算科", "重庆市北碚区朝阳街道办事处"] }, hasCoreIndicator: { eq: false }""", 10)]
    public async Task A_department_beside_a_core_mark_is_counted_on_its_kept_counts_beside_it(string terms, int expected)
    {
        // Counted beside the core mark at import (ValueCounts.Beside), not on the department's index.
        fixture.Sql.Clear();
        var query = $$"""{ projects(where: { {{terms}} }) { totalCount } }""";
        Assert.Equal(expected, (await fixture.DataAsync(query)).GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, (await fixture.DataAsync($$"""{ projects(where: { and: [{ {{terms}} }] }) { totalCount } }""")).GetProperty("projects").GetProperty("totalCount").GetInt32());
        var count = Assert.Single(fixture.Sql.Commands, c => c.Contains("@besideFlag", StringComparison.Ordinal));
        Assert.Contains("FROM \"ValueCounts\"", count);
        var plan = await fixture.PlanOfAsync(query, "@besideFlag");
        Assert.Contains("USING INDEX IX_ValueCounts_Column_Value (Column=?", plan);
    }

    [Fact]
    public async Task A_departments_negation_beside_a_year_is_counted_on_the_rows()
    {
        // A negation passes the cards without a department, which the counts in each year leave out: the rows are counted
        // (the seeds' cards of 2024: 10 of 预算科, 5 of 山洞, 3 of 南坪 and 9 without a department).
        fixture.Sql.Clear();
        var total = (await fixture.DataAsync("""{ projects(where: { department: { neq: "预算科" }, year: { eq: 2024 } }) { totalCount } }"""))
            .GetProperty("projects").GetProperty("totalCount").GetInt32();
        Assert.Equal(await CountAsync(p => p.FiscalYear == 2024 && p.Department != "预算科"), total);
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal) && c.Contains("@Year", StringComparison.Ordinal));
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<BudgetGraph.Data.Entities.Project, bool>> predicate)
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        return await db.Projects.CountAsync(predicate);
    }

    [Fact]
    public async Task A_department_beside_a_rarer_name_is_read_past_its_index()
    {
        fixture.Sql.Clear();
        var page = (await fixture.DataAsync("""
            { projects(where: { name: { eq: "项目尾款" }, department: { eq: "预算科" }, amount: { gte: 50 } }, first: 5) { totalCount nodes { name amount } } }
            """)).GetProperty("projects");
        // 项目尾款 (ciqikou-2024.txt l.449), 90 万元 (l.465).
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("""[{"name":"项目尾款","amount":90}]""", page.GetProperty("nodes").GetRawText());
        // The name's index read (its rows counted on it up to half the fewest kept: one), the department tested on its
        // rows as a plain value (no gram rows), past its own index.
        var reads = fixture.Sql.Commands.Where(c => c.Contains("FROM \"Projects\" AS \"p\"", StringComparison.Ordinal)
            && c.Contains("\"p\".\"Name\" = ", StringComparison.Ordinal) && c.Contains("Department", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, c => Assert.Contains("ifnull(\"p\".\"Department\", NULL) = ", c));
    }

    [Fact]
    public async Task A_department_read_past_its_index_is_its_plain_value_and_keeps_the_same_rows_on_both_engines()
    {
        // A department (a name with grams and counted values) read past its index: ifnull(column, NULL) compared as a plain
        // value on SQLite, the column as it is on SQL Server.
        var where = new Dictionary<string, object?> { ["department"] = new Dictionary<string, object?> { ["eq"] = "预算科" } };
        var unindexed = new HashSet<string>(StringComparer.Ordinal) { "department" };
        var filter = BudgetGraph.Api.GraphQL.Projects.ProjectQuerySpec.Filter;
        await using (var db = await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
        {
            var hinted = filter.Apply(db.Projects.AsNoTracking(), where, sqlite: true, unindexed: unindexed);
            Assert.Contains("ifnull(\"p\".\"Department\", NULL) = ", hinted.ToQueryString(), StringComparison.Ordinal);
            var expected = await filter.Apply(db.Projects.AsNoTracking(), where, sqlite: true).Select(p => p.Id).OrderBy(id => id).ToListAsync();
            Assert.Equal(10, expected.Count); // ciqikou-2024.txt's ten cards
            Assert.Equal(expected, await hinted.Select(p => p.Id).OrderBy(id => id).ToListAsync());
        }
        using var sqlServer = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var tsql = filter.Apply(sqlServer.Projects.AsNoTracking(), where, unindexed: unindexed).ToQueryString();
        Assert.DoesNotContain("ifnull", tsql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[p].[Department] = ", tsql, StringComparison.Ordinal);
    }
}
