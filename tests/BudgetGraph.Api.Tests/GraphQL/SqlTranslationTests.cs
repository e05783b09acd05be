using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        // (Each year's first cards by amount, taken together: ValuesUnion.OrderedPageAsync, the years' terms on their aliases.)
        Assert.Matches("\"p\\d*\"\\.\"FiscalYear\" = @", sql);
        Assert.Matches("\"p\\d*\"\\.\"Amount\" > @", sql);   // the Decimal 100 compared as the stored integer
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
    public async Task A_total_count_alone_reads_no_page()
    {
        // No node, edge or page info shown: the count is the one command (an operator's "how many budgets did a loader
        // older than revision 3 read": all three of this fixture's, written without a loader) after the revision's two
        // ends, which show every document passes: the budgets counted, none joined to its document.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("{ budgets(where: { loaderRevision: { lt: 3 } }) { totalCount } }");
        Assert.Equal(3, data.GetProperty("budgets").GetProperty("totalCount").GetInt32()); // nanping 2024, jiangbeicheng 2025, chaoyang 2023
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("FROM \"SourceDocuments\"", StringComparison.Ordinal)));
        Assert.Equal("SELECT COUNT(*)\nFROM \"Budgets\" AS \"b\"", Assert.Single(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal)));

        // Page info is told by the rows (one past the page says whether more follow): read with it.
        Fixture.Sql.Clear();
        data = await Fixture.DataAsync("{ budgets(where: { loaderRevision: { lt: 3 } }, first: 2) { totalCount pageInfo { hasNextPage } } }");
        Assert.True(data.GetProperty("budgets").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => !c.Contains("FROM \"SourceDocuments\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unfiltered_total_count_of_projects_or_indicators_reads_the_row_count_kept_at_import()
    {
        // Every indicator (252,252 at 5,005 disclosures) would be an index entry counted; the importer keeps the number.
        Fixture.Sql.Clear();
        var kept = await Fixture.DataAsync("{ indicators(first: 1) { totalCount } projects(first: 1) { totalCount } }");
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("FROM \"RowCounts\"", StringComparison.Ordinal)));

        // A filter that every row passes is counted on the rows: the same numbers (inside and: not the one-column shape
        // whose count ValueCounts keeps; beside a name, which no kept count holds: the combinations, FacetCountTests).
        Fixture.Sql.Clear();
        var counted = await Fixture.DataAsync(
            "{ indicators(where: { and: [{ year: { gte: 0 } }, { name: { neq: \"\" } }] }, first: 1) { totalCount } projects(where: { and: [{ year: { gte: 0 } }, { name: { neq: \"\" } }] }, first: 1) { totalCount } }");
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("COUNT(*)", StringComparison.Ordinal)));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("RowCounts", StringComparison.Ordinal));
        foreach (var connection in new[] { "indicators", "projects" })
        {
            var total = kept.GetProperty(connection).GetProperty("totalCount").GetInt32();
            Assert.True(total > 0, connection);
            Assert.Equal(counted.GetProperty(connection).GetProperty("totalCount").GetInt32(), total);
        }
    }

    [Fact]
    public async Task A_filter_nothing_matches_reads_no_page_once_counted()
    {
        // Counted first (totalCount), in the same snapshot: no row past 0, so no page query (SQLite would read the whole
        // table in id order looking for a first match: 30-39 ms over 252,252 indicators at 5,005 disclosures).
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("{ indicators(where: { weight: { gte: 1000 } }, first: 20) { totalCount nodes { name } } }");
        Assert.Equal(0, data.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Empty(data.GetProperty("indicators").GetProperty("nodes").EnumerateArray());
        // The one command is the count: of the rows, or of the weights' value counts (a weight alone is counted on them).
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Matches("""COUNT\(\*\)|SUM\("v"\."Count"\)""", command);
    }

    [Theory]
    [InlineData("""units(where: { englishName: { contains: "Sub-district" } }, first: 2)""", "slug", true)]
    [InlineData("""budgets(where: { carryOver: { gte: 1 } }, first: 3)""", "id", false)]
    [InlineData("""indicators(where: { isCore: { eq: true }, weight: { gte: 10 } }, first: 3)""", "name", false)]
    [InlineData("""projects(where: { amount: { gte: 100 }, unit: { slug: { eq: "nanping" } } }, first: 4)""", "name", true)]
    public async Task A_counted_filter_in_key_order_reads_its_page_from_its_first_match_or_through_their_ids(string connection, string field, bool countedOnRows)
    {
        // With totalCount counted first: counted on the rows, the same aggregate reads the first match's key and the page
        // starts there (FirstMatch); counted otherwise (a carry-over alone: on the amounts' bands; an indicator's core mark
        // and weight: on the counts of their combinations) and at most
        // Paging.FewMatches matches, the page lists the matches' ids from the filter's index and reads those rows by
        // key. Either way the same rows as the page read in key order, testing each row from the first.
        var name = connection[..connection.IndexOf('(', StringComparison.Ordinal)];
        Fixture.Sql.Clear();
        var counted = await Fixture.DataAsync($"{{ {connection} {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {field} }} }} }}");
        var commands = Fixture.Sql.Commands;
        var index = Assert.Single(Enumerable.Range(0, commands.Count), i => !commands[i].Contains("COUNT(", StringComparison.Ordinal)
            && !commands[i].Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal) && !commands[i].Contains("FROM \"IndicatorFacetCounts\"", StringComparison.Ordinal)
            && !commands[i].Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
        if (countedOnRows)
        {
            Assert.Contains(commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
            Assert.Matches("""\."Id" >= @""", commands[index]);
        }
        else Assert.Contains("IN (", commands[index]);
        var plan = await PlansAsync([(commands[index], Fixture.Sql.Parameters[index])]);
        Assert.True(plan.Contains(countedOnRows ? "rowid>?" : "USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal), plan);
        Assert.DoesNotMatch(@"(?m)^\s*SCAN \w+$", plan);

        // Without totalCount: counted on the rows, no first key is known; under a filter no index range answers (the
        // English name's contains) the table's highest key is read, and SeedData's few rows are read as the sorted query
        // reads them; under an index range (the others) the page is the sorted query's, a unit read through its key. Counted on the bands or the
        // combinations, their count is read anyway (it costs a few rows), and few matches are read through their ids.
        Fixture.Sql.Clear();
        var read = await Fixture.DataAsync($"{{ {connection} {{ pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {field} }} }} }}");
        if (countedOnRows)
        {
            // A unit tested through the projects' UnitId (indexed alone, ThroughKeysReader), by a lookup: the page through
            // the matching units' keys, no probe (the amount is no column of an index after UnitId).
            var throughKey = connection.Contains("unit:", StringComparison.Ordinal);
            var highestKeyRead = connection.Contains("contains", StringComparison.Ordinal);
            Assert.Equal(highestKeyRead ? 2 : 1, Fixture.Sql.Commands.Count);
            if (highestKeyRead) Assert.StartsWith("SELECT MAX(\"u\".\"Id\")", Fixture.Sql.Commands[0], StringComparison.Ordinal);
            var plain = Fixture.Sql.Commands[^1];
            if (throughKey) Assert.Contains("\"p0\".\"UnitId\" IN (", plain);
            else Assert.DoesNotContain("IN (", plain);
            Assert.DoesNotMatch("""\."Id" >= @""", plain);
        }
        else
        {
            // (Several counted terms: each one's kept count read first, to read the rarest one's index: ReadFromRarestAsync.)
            Assert.Equal(connection.StartsWith("indicators", StringComparison.Ordinal) ? 4 : 2, Fixture.Sql.Commands.Count);
            Assert.All(Fixture.Sql.Commands.SkipLast(1), c => Assert.Matches("FROM \"(AmountBandCounts|ValueCounts|IndicatorFacetCounts)\"", c));
            Assert.Equal(commands[index], Fixture.Sql.Commands[^1]);
        }

        var page = counted.GetProperty(name);
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
        Assert.NotEmpty(page.GetProperty("nodes").EnumerateArray());
        Assert.Equal(read.GetProperty(name).GetRawText(), $$"""{"pageInfo":{{page.GetProperty("pageInfo").GetRawText()}},"nodes":{{page.GetProperty("nodes").GetRawText()}}}""");
    }

    [Fact]
    public async Task A_page_of_units_with_an_English_name_is_read_through_the_matching_ids()
    {
        // The three units of SeedData have an English name; the page holds the first two in key order.
        var data = await Fixture.DataAsync("""{ units(where: { englishName: { contains: "Sub-district" } }, first: 2) { totalCount nodes { slug englishName } } }""");
        var units = data.GetProperty("units");
        Assert.Equal(3, units.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Nanping Sub-district Office", "Jiangbeicheng Sub-district Office"], Values(units.GetProperty("nodes"), "englishName"));
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
    public async Task An_object_that_is_its_parents_row_reads_only_the_columns_of_its_selected_fields()
    {
        // A budget's `totals` is the budget row itself: its fields' columns are read, not the twelve totals columns.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { budgets(where: { unit: { slug: { eq: "nanping" } } }) { nodes { year totals { ...T } } } }
            fragment T on BudgetTotals { expenditure source }
            """);
        var totals = Assert.Single(data.GetProperty("budgets").GetProperty("nodes").EnumerateArray()).GetProperty("totals");
        Assert.Equal(4851.31m, totals.GetProperty("expenditure").GetDecimal());
        Assert.Equal("FINANCIAL_TABLES", totals.GetProperty("source").GetString());
        Assert.Equal(["\"b\".\"Expenditure\"", "\"b\".\"ExpenditureTotal\"", "\"b\".\"FiscalYear\"", "\"b\".\"Id\"",
                "\"b\".\"PerformanceBudget\""],
            Columns(Assert.Single(Fixture.Sql.Commands)));

        // The same through a batched nested list: only the one total asked for.
        Fixture.Sql.Clear();
        await Fixture.DataAsync("""{ units(where: { slug: { eq: "nanping" } }) { nodes { budgets { totals { carryOver } } } } }""");
        var budgets = Assert.Single(Fixture.Sql.Commands, c => c.Contains("FROM \"Budgets\"", StringComparison.Ordinal));
        Assert.Equal(["\"b\".\"CarryOver\"", "\"b\".\"Id\"", "\"b\".\"UnitId\""], Columns(budgets));

        // A unit's `district`: its name, which also tells whether there is one, and not the English name unasked.
        Fixture.Sql.Clear();
        data = await Fixture.DataAsync("""{ units(where: { slug: { eq: "nanping" } }) { nodes { district { name } } } }""");
        Assert.Equal("南岸区", Assert.Single(data.GetProperty("units").GetProperty("nodes").EnumerateArray())
            .GetProperty("district").GetProperty("name").GetString());
        Assert.Equal(["\"u\".\"DistrictName\"", "\"u\".\"Id\""], Columns(Assert.Single(Fixture.Sql.Commands)));
    }

    [Fact]
    public async Task A_source_reference_reads_the_file_and_the_table_only_when_they_are_selected()
    {
        // The line is on the row: `source { line }` runs the projects' query alone.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""{ projects(where: { name: { eq: "清扫保洁服务外包" } }) { nodes { source { line } } } }""");
        Assert.Equal(473, Assert.Single(data.GetProperty("projects").GetProperty("nodes").EnumerateArray())
            .GetProperty("source").GetProperty("line").GetInt32());
        Assert.Single(Fixture.Sql.Commands);

        // The file name: the documents' query too, not the tables'.
        Fixture.Sql.Clear();
        data = await Fixture.DataAsync("""{ projects(where: { name: { eq: "清扫保洁服务外包" } }) { nodes { source { fileName line } } } }""");
        var source = Assert.Single(data.GetProperty("projects").GetProperty("nodes").EnumerateArray()).GetProperty("source");
        Assert.Equal("chaoyang-2023.txt", source.GetProperty("fileName").GetString());
        Assert.Equal(473, source.GetProperty("line").GetInt32());
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("\"DisclosedTables\"", StringComparison.Ordinal));

        // An indicator's line alone: no query beyond the indicators'.
        Fixture.Sql.Clear();
        data = await Fixture.DataAsync("""{ indicators(where: { name: { eq: "矛盾纠纷化解率" } }) { nodes { source { line } } } }""");
        Assert.Equal(431, Assert.Single(data.GetProperty("indicators").GetProperty("nodes").EnumerateArray())
            .GetProperty("source").GetProperty("line").GetInt32());
        Assert.Single(Fixture.Sql.Commands);
    }

    /// <summary>The select list of a one-table <c>SELECT … FROM</c>, column by column.</summary>
    private static string[] Columns(string sql) =>
        sql["SELECT".Length..sql.IndexOf("FROM", StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries);

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

    [Fact]
    public async Task Nested_lists_read_each_parents_rows_in_the_order_of_its_index_without_a_sort()
    {
        // A nested list reads the children of every parent in one command, ordered by parent first: SQLite reads them
        // in the order of the index on the parent key (extended by the id, or by the card position where the index holds
        // it) and sorts nothing. Ordered by id alone, SQLite sorted every row of the command (a temporary B-tree).
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { units { nodes { budgets { projects { name indicators { name } } } } } }
            """);
        var commands = Fixture.Sql.Commands;
        var projects = Assert.Single(commands, c => c.Contains("FROM \"Projects\"", StringComparison.Ordinal));
        var indicators = Assert.Single(commands, c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        Assert.EndsWith("ORDER BY \"p\".\"BudgetId\", \"p\".\"Id\"", projects);
        Assert.EndsWith("ORDER BY \"i\".\"ProjectId\", \"i\".\"Ordinal\", \"i\".\"Id\"", indicators);

        var plans = await PlansAsync(commands.Select((sql, i) => (sql, i))
            .Where(c => c.sql.Contains("FROM \"Projects\"", StringComparison.Ordinal) || c.sql.Contains("FROM \"Indicators\"", StringComparison.Ordinal))
            .Select(c => (c.sql, Fixture.Sql.Parameters[c.i])));
        Snapshooter.Xunit.Snapshot.Match(plans);
        Assert.Contains("SEARCH p USING INDEX IX_Projects_BudgetId (BudgetId=?)", plans);
        Assert.Contains("SEARCH i USING INDEX IX_Indicators_ProjectId_Ordinal (ProjectId=?)", plans);
        Assert.DoesNotContain("TEMP B-TREE", plans);

        // Each card's indicators still in printed order (nanping-2024.txt l.430–437: positions 2, 5, 7 of the card).
        var card = data.GetProperty("units").GetProperty("nodes").EnumerateArray()
            .SelectMany(u => u.GetProperty("budgets").EnumerateArray())
            .SelectMany(b => b.GetProperty("projects").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == "南坪街道公共事务运行专项");
        Assert.Equal(["矛盾纠纷化解率", "居民满意率", "安全检查人次"], Values(card.GetProperty("indicators"), "name"));
    }

    // A negation beside the match keeps the filter on the units (a text match alone is read as the counted districts it
    // keeps and the row's own copy, CountedValueMatchTests).
    [Theory]
    [InlineData("""{ unit: { districtName: { startsWith: "南岸", nendsWith: "北区" } } }""", "u USING COVERING INDEX IX_Units_DistrictName")]
    [InlineData("""{ unit: { districtName: { contains: "南岸", ncontains: "沙" } } }""", "u USING COVERING INDEX IX_Units_DistrictName")]
    public async Task Indicators_of_a_unit_filter_are_counted_from_the_budgets_rows_index_alone(string where, string units)
    {
        // The sum of the budgets' kept counts of their indicators (CountOverBudgets) reads IX_Budgets_UnitId_IndicatorRows alone
        // (UnitId, then the two counts), one seek per matching unit: no budget row, no indicator.
        int rows;
        await using (var db = await Fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
            rows = await db.Indicators.CountAsync(i => i.Budget.Unit.DistrictName == "南岸区");
        Assert.True(rows > 0);
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync($"{{ indicators(where: {where}) {{ totalCount }} }}");
        Assert.Equal(rows, data.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        var count = Assert.Single(Fixture.Sql.Commands);
        var plan = await PlansAsync([(count, Fixture.Sql.Parameters[0])]);
        Assert.Contains("SEARCH b USING COVERING INDEX IX_Budgets_UnitId_IndicatorRows (UnitId=?)", plan, StringComparison.Ordinal);
        Assert.True(plan.Contains(units, StringComparison.Ordinal), plan);
        Assert.DoesNotContain("SEARCH i ", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators", "i", "IX_Indicators_DistrictName_Categories", "name", 2)]
    [InlineData("projects", "p", "IX_Projects_DistrictName_Categories", "name", 2)]
    [InlineData("budgets", "b", "IX_Budgets_DistrictName_Year", "year", 1)]  // nanping 2024 alone
    public async Task A_page_of_a_district_alone_is_one_range_of_the_rows_own_district_index(string connection, string alias, string index,
        string field, int rows)
    {
        // The district each budget, card and indicator carries (FilterSpec.Lift): the page without a count is the first
        // entries of the district's index (the district, then the key), where through the units' keys it was one seek
        // per unit.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "南岸区" } } }, first: 2) { nodes { {{field}} } } }""");
        Assert.Equal(rows, data.GetProperty(connection).GetProperty("nodes").GetArrayLength());
        var page = Assert.Single(Fixture.Sql.Commands);
        var plan = await PlansAsync([(page, Fixture.Sql.Parameters[0])]);
        Assert.Contains($"SEARCH {alias} USING {(connection == "budgets" ? "COVERING " : "")}INDEX {index} (DistrictName=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_budgets_under_a_unit_filter_is_read_through_the_units_keys_in_key_order()
    {
        // Without a count: UnitId IN (the district's units) ORDER BY Id, one seek per unit (IX_Budgets_UnitId, or the
        // unique unit-and-year index where it covers the selection: a unit has a budget a year, few to sort). Before
        // IX_Budgets_UnitId (a key indexed alone, KeyOrderPage.ThroughKeysReader) SQLite read the budgets in key order
        // through the join, testing each (two units' of 2024 imported last, at 50,005 disclosures: 74 ms; now 2.4).
        Fixture.Sql.Clear();
        // (A district's eq alone is read from the budget's own copy: the test above; nanping's unit code is 307.)
        var data = await Fixture.DataAsync("""{ budgets(where: { unit: { unitCode: { eq: "307" } } }, first: 5) { nodes { year unit { slug } } } }""");
        var node = Assert.Single(data.GetProperty("budgets").GetProperty("nodes").EnumerateArray());
        Assert.Equal(2024, node.GetProperty("year").GetInt32());
        Assert.Equal("nanping", node.GetProperty("unit").GetProperty("slug").GetString());
        var page = Assert.Single(Fixture.Sql.Commands, c => c.Contains("FROM \"Budgets\"", StringComparison.Ordinal));
        Assert.Contains("\"b0\".\"UnitId\" IN (", page, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", page, StringComparison.Ordinal);
        var plan = await PlansAsync([(page, Fixture.Sql.Parameters[Fixture.Sql.Commands.ToList().IndexOf(page)])]);
        // The window's keys first (KeyOrderPage.ReadKeysFirstAsync), then its rows by key.
        Assert.Matches(@"^SEARCH b USING INTEGER PRIMARY KEY \(rowid=\?\)\nLIST SUBQUERY \d\n  SEARCH b0 USING (COVERING )?INDEX IX_Budgets_UnitId(_FiscalYear)? \(UnitId=\?\)\n  LIST SUBQUERY \d\n    SEARCH u USING COVERING INDEX IX_Units_UnitCode", plan);
    }

    [Fact]
    public async Task A_page_of_indicators_under_a_project_filter_reads_each_cards_indicators_in_key_order()
    {
        // The cards of the category from its index, each card's indicators from IX_Indicators_ProjectId (the card, then
        // the key): SQLite stops each card once its next indicator comes after the page's last. Through
        // IX_Indicators_ProjectId_Ordinal (position order) it read every indicator of every such card and sorted them
        // (the 20,002 cards of 一般性项目 at 50,005 disclosures: 21 ms; 6 with the index). A category alone is the
        // indicator's own copy (CardCategoryLiftTests): a second card term keeps the cards.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""{ indicators(where: { project: { category: { eq: "一般性项目" }, code: { neq: "x" } } }, first: 3) { nodes { name numericTarget project { name } } } }""");
        // chaoyang-2023.txt l.458, on the card 清扫保洁服务外包 (l.473), SeedData's one card of that category.
        var node = Assert.Single(data.GetProperty("indicators").GetProperty("nodes").EnumerateArray());
        Assert.Equal("背街小巷清扫保洁面积", node.GetProperty("name").GetString());
        Assert.Equal("122345", node.GetProperty("numericTarget").GetRawText());
        Assert.Equal("清扫保洁服务外包", node.GetProperty("project").GetProperty("name").GetString());
        var commands = Fixture.Sql.Commands.ToList();
        var page = Assert.Single(commands, c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        var plan = await PlansAsync([(page, Fixture.Sql.Parameters[commands.IndexOf(page)])]);
        Assert.True(plan.Contains("SEARCH i USING INDEX IX_Indicators_ProjectId (ProjectId=?)", StringComparison.Ordinal), plan);
    }

    public static TheoryData<string, object?> UnindexedTerms => new()
    {
        { "operator", new Dictionary<string, object?> { ["eq"] = "≥" } },
        { "operator", new Dictionary<string, object?> { ["neq"] = "≥" } },
        { "level1", new Dictionary<string, object?> { ["eq"] = null } },  // SeedData's chaoyang indicator has one, the others none
        { "operator", new Dictionary<string, object?> { ["in"] = new List<object?> { "=" } } },
        { "level1", new Dictionary<string, object?> { ["contains"] = "指标" } },
        { "isCore", new Dictionary<string, object?> { ["eq"] = true } },
        { "isCore", new Dictionary<string, object?> { ["eq"] = false } },
        { "isCore", new Dictionary<string, object?> { ["neq"] = true } },
        { "weight", new Dictionary<string, object?> { ["gte"] = 10m } },
        { "isCore", new Dictionary<string, object?> { ["eq"] = null } },  // the overall goals' indicators
        { "isCore", new Dictionary<string, object?> { ["neq"] = null } },
        { "year", new Dictionary<string, object?> { ["in"] = new List<object?> { 2024, 2025 } } },
    };

    [Theory]
    [MemberData(nameof(UnindexedTerms))]
    public async Task A_term_read_without_its_index_keeps_the_same_rows_on_both_engines(string field, object? operations)
    {
        // IndexHints.Unindexed: SQLite reads ifnull(column, NULL) — the value, NULL for NULL, no index — and SQL Server the
        // column as it is. Every operation keeps exactly the rows the column itself keeps (null semantics included): each
        // filter here keeps some of SeedData's indicators and not others.
        var where = new Dictionary<string, object?> { [field] = operations };
        var unindexed = new HashSet<string>(StringComparer.Ordinal) { field };
        var filter = BudgetGraph.Api.GraphQL.Indicators.IndicatorQuerySpec.Filter;
        await using (var db = await Fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
        {
            var plain = filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: true);
            var hinted = filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: true, unindexed: unindexed);
            Assert.Contains("ifnull(\"i\".", hinted.ToQueryString(), StringComparison.Ordinal);
            var expected = await plain.Select(i => i.Id).OrderBy(id => id).ToListAsync();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await hinted.Select(i => i.Id).OrderBy(id => id).ToListAsync());
            Assert.True(expected.Count < await db.Indicators.CountAsync(), $"{field}: the filter keeps every row");
        }
        using var sqlServer = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var tsql = filter.Apply(sqlServer.Indicators.AsNoTracking(), where, unindexed: unindexed).ToQueryString();
        Assert.DoesNotContain("ifnull", tsql, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(filter.Apply(sqlServer.Indicators.AsNoTracking(), where).ToQueryString(), tsql);
    }

    [Theory]
    [InlineData("isCore", true)]
    [InlineData("operator", "≥")]
    [InlineData("level1", "产出指标")]
    [InlineData("level2", "数量指标")]
    public async Task A_category_read_without_its_index_beside_a_unit_filter_is_tested_on_the_units_index_entries(string field, object value)
    {
        // A common category beside a unit filter is read through IndexHints.Unindexed (EntityQueries.UnindexedTermsAsync):
        // the count's aggregate then reads the units' ranges of IX_Indicators_UnitId_FiscalYear_Categories, which carries
        // the category, instead of each indicator row (南岸区's core indicators at 5,005 disclosures: 6.2 → 1.8 ms).
        var where = new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "南岸区" } },
            [field] = new Dictionary<string, object?> { ["eq"] = value },
        };
        var filter = BudgetGraph.Api.GraphQL.Indicators.IndicatorQuerySpec.Filter;
        await using var db = await Fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        var counted = filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: true, keysFrom: db,
            unindexed: new HashSet<string>(StringComparer.Ordinal) { field });
        var command = BudgetGraph.Data.Reading.FirstMatch.CountSql(db, counted);
        var plan = await PlansAsync([(command.Sql, command.Parameters.ToDictionary(p => p.Name, p => p.Value))]);
        Assert.True(plan.Contains("SEARCH i USING COVERING INDEX IX_Indicators_UnitId_FiscalYear_Categories (UnitId=?)", StringComparison.Ordinal), plan);
    }

    [Theory]
    [InlineData("projects", "p", "IX_Projects_UnitId_FiscalYear")]
    [InlineData("indicators", "i", "IX_Indicators_UnitId_FiscalYear_Categories")]
    public async Task A_unit_filter_with_a_year_is_counted_on_one_range_of_the_unit_and_year_index_per_unit(string connection, string alias, string index)
    {
        // Counted through the unit's key: UnitId IN (…) AND FiscalYear = …, one covering range per unit. Without the index
        // SQLite took the year's and tested every row of the year (the indicators of two units in 2024 at 5,005
        // disclosures: 22 ms).
        int rows;
        await using (var db = await Fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
            rows = connection == "projects"
                ? await db.Projects.CountAsync(p => (p.Budget.Unit.Slug == "nanping" || p.Budget.Unit.Slug == "shandong") && p.FiscalYear == 2024)
                : await db.Indicators.CountAsync(i => (i.Budget.Unit.Slug == "nanping" || i.Budget.Unit.Slug == "shandong") && i.FiscalYear == 2024);
        Assert.True(rows > 0);
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync($$"""{ {{connection}}(where: { unit: { slug: { in: ["nanping", "shandong"] } }, year: { eq: 2024 } }) { totalCount } }""");
        Assert.Equal(rows, data.GetProperty(connection).GetProperty("totalCount").GetInt32());
        var count = Assert.Single(Fixture.Sql.Commands);
        var plan = await PlansAsync([(count, Fixture.Sql.Parameters[0])]);
        Assert.True(plan.Contains($"SEARCH {alias} USING COVERING INDEX {index} (UnitId=? AND FiscalYear=?)", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task Units_by_slug_with_a_common_name_pattern_read_one_covering_index_in_slug_order()
    {
        // A journalist's search paged in slug order: 南坪街道 is in one name of five (a common pattern, as 南坪 in 1,001 of
        // 5,005 at scale), so the page tests the name on the entries of IX_Units_Slug_OfficialName in slug order until it
        // is full — no list of the gram's candidates first, no unit row read, no sort (the slug is unique: no id after
        // it). A pattern of one gram reads the slugs its gram rows carry instead (the next test).
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { units(where: { name: { contains: "南坪街道" } }, order: [{ slug: DESC }], first: 20) { nodes { slug name } } }
            """);
        var node = Assert.Single(data.GetProperty("units").GetProperty("nodes").EnumerateArray());
        Assert.Equal("nanping", node.GetProperty("slug").GetString());
        Assert.Equal("重庆市南岸区人民政府南坪街道办事处", node.GetProperty("name").GetString());

        var commands = Fixture.Sql.Commands;
        var page = Assert.Single(commands, c => c.Contains("FROM \"Units\"", StringComparison.Ordinal));
        Assert.Contains("ORDER BY \"u\".\"Slug\" DESC\nLIMIT", page);
        var plan = await PlansAsync(commands.Select((sql, i) => (sql, i)).Where(c => c.sql == page)
            .Select(c => (c.sql, Fixture.Sql.Parameters[c.i])));
        Snapshooter.Xunit.Snapshot.Match(plan);
        Assert.Equal("SCAN u USING COVERING INDEX IX_Units_Slug_OfficialName\n", plan);
    }

    [Fact]
    public async Task Units_by_slug_with_a_one_gram_name_filter_read_a_window_of_the_slugs_the_grams_carry()
    {
        // 南坪, one gram: its rows of the official names' kind, in the order of the slug they carry (IX_NameGrams_Kind_Gram_Slug,
        // filtered on Slug IS NOT NULL), give the page's ids — as many entries as the page, however many units match
        // and wherever they are in slug order — and only those units are read and sorted.
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { units(where: { name: { contains: "南坪" } }, order: [{ slug: DESC }], first: 20) { totalCount nodes { slug name } } }
            """);
        Assert.Equal(1, data.GetProperty("units").GetProperty("totalCount").GetInt32());
        var node = Assert.Single(data.GetProperty("units").GetProperty("nodes").EnumerateArray());
        Assert.Equal("nanping", node.GetProperty("slug").GetString());

        var commands = Fixture.Sql.Commands;
        var page = Assert.Single(commands, c => c.Contains("FROM \"Units\"", StringComparison.Ordinal));
        Assert.Contains("ORDER BY \"n\".\"Slug\" DESC", page);
        var plan = await PlansAsync(commands.Select((sql, i) => (sql, i)).Where(c => c.sql == page)
            .Select(c => (c.sql, Fixture.Sql.Parameters[c.i])));
        Snapshooter.Xunit.Snapshot.Match(plan);
        Assert.Contains("SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Slug (Kind=? AND Gram=?", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    /// <summary>SQLite's plans of recorded commands, with the values they were sent with, one after the other.</summary>
    private Task<string> PlansAsync(IEnumerable<(string Sql, IReadOnlyDictionary<string, object?> Parameters)> commands) =>
        QueryPlan.ExplainAllAsync(Fixture.DatabasePath, commands);
}
