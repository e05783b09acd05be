namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>Filtering, sorting, paging and projection run in SQL: the captured commands show it.</summary>
public sealed class SqlTranslationTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Filtered_sorted_paged_query_runs_where_order_by_and_limit_in_sql_reading_only_selected_columns()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { projects(where: { year: { in: [2024, 2025] }, amount: { gt: 100 } }, order: [{ amount: DESC }], first: 2) { nodes { name amount } } }
            """);
        Assert.Equal(new[] { "南坪街道村居工作经费", "南坪街道公共事务运行专项" }, Values(data.GetProperty("projects").GetProperty("nodes"), "name"));

        var sql = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains("WHERE", sql);
        Assert.Contains("\"p\".\"FiscalYear\"", sql);
        Assert.Contains("\"p\".\"Amount\" >", sql);           // the Decimal 100 compared as the stored integer
        Assert.Contains("ORDER BY \"p\".\"Amount\" DESC, \"p\".\"Id\"", sql);
        Assert.Contains("LIMIT", sql);
        var selectList = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"p\".\"Name\"", selectList);
        Assert.Contains("\"p\".\"Amount\"", selectList);
        Assert.DoesNotContain("Overview", sql);                 // long text columns are not read when not selected
        Assert.DoesNotContain("Goal", sql);
        Assert.DoesNotContain("Basis", sql);
    }

    [Fact]
    public async Task Total_count_is_counted_in_sql_only_when_selected()
    {
        Fixture.Sql.Clear();
        await Fixture.DataAsync("{ units { nodes { slug } } }");
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("COUNT(", StringComparison.Ordinal));

        Fixture.Sql.Clear();
        await Fixture.DataAsync("{ units { totalCount } }");
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Projection_follows_fragments_aliases_and_skip()
    {
        Fixture.Sql.Clear();
        await Fixture.DataAsync("""
            query($skipCode: Boolean!) { units(first: 1) { edges { node { ...U } } } }
            fragment U on Unit { label: shortName ... on Unit { unitCode @skip(if: $skipCode) englishName @include(if: false) } }
            """, """{ "skipCode": true }""");
        var sql = Assert.Single(Fixture.Sql.Commands);
        var selectList = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"ShortName\"", selectList);
        Assert.DoesNotContain("\"UnitCode\"", selectList);
        Assert.DoesNotContain("\"EnglishName\"", selectList);
        Assert.DoesNotContain("\"FunctionsText\"", selectList);
    }

    [Fact]
    public async Task Nested_lists_units_budgets_projects_indicators_run_a_fixed_number_of_sql_commands()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { units { nodes { slug budgets { year projects { name unit { slug } indicators { name } } } } } }
            """);
        var units = data.GetProperty("units").GetProperty("nodes");
        Assert.Equal(3, units.GetArrayLength());
        var projectCount = units.EnumerateArray().SelectMany(u => u.GetProperty("budgets").EnumerateArray())
            .Sum(b => b.GetProperty("projects").GetArrayLength());
        Assert.Equal(8, projectCount);
        // units, budgets of all units, projects of all budgets, each project's unit, indicators of all projects:
        // one command per level, not one per row.
        Assert.Equal(5, Fixture.Sql.Commands.Count);
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
    }
}
