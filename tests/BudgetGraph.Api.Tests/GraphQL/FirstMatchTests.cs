using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData's units followed by SYNTHETIC units: 600 of a district 甲区, then 1,100 of 乙区 — more matches than
/// <c>Paging.FewMatches</c>, all after 600 others in key order. Each has a budget of 2023 (no procurement stated), then
/// each a budget of 2024: 甲区's with a procurement of 0, 乙区's of 1,200 万元 — 1,100 budgets of 3,403 at 1,000 万元 or more,
/// after 2,300 others (SeedData's one procurement is 954.58 万元). Each budget has one project card, of the category
/// 一般性项目 but for 乙区's of 2024 (SYNTHETIC 专项: 1,100 projects, after 2,300 others and SeedData's); each card of
/// 2024 two indicators (乙区's 2,200 after 1,200 of 甲区 and SeedData's; 乙区's first of the SYNTHETIC second level
/// 乙, its second of the SYNTHETIC operator 乙). The last
/// budget has two SYNTHETIC findings and a second project, at key 70,000 (more than Paging.ManyMatches).
/// Pages of up to 5,000 (to read every match at once).
/// </summary>
public sealed class ManyUnitsFixture() : BudgetGraphFixture(new Dictionary<string, string?> { ["GraphQL:MaxPageSize"] = "5000" })
{
    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        var units = Enumerable.Range(0, 1700).Select(i => new Unit
        {
            Slug = $"synthetic-{i:D4}", OfficialName = $"SYNTHETIC 单位 {i}", ShortName = $"SYNTHETIC {i}",
            DistrictName = i < 600 ? "甲区" : "乙区", UnitCode = (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        db.Units.AddRange(units);
        db.SaveChanges();
        foreach (var year in new[] { 2023, 2024 })
        {
            var budgets = units.Select((unit, i) => new Budget
            {
                Unit = unit, FiscalYear = year, DistrictName = unit.DistrictName,
                SourceDocument = new SourceDocument
                {
                    FileName = $"SYNTHETIC-{unit.Slug}-{year}.txt", Sha256 = $"{year}{i:D60}", EncodingName = "utf-8", LineCount = 1,
                    ImportedAt = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero),
                },
                ProcurementTotal = year == 2023 ? null : FixedPoint.ToStored(i < 600 ? 0m : 1200m),
            }).ToList();
            db.Budgets.AddRange(budgets);
            db.SaveChanges();
            var projects = budgets.Select((budget, i) => new Project
            {
                Budget = budget, UnitId = budget.UnitId, FiscalYear = year, DistrictName = budget.Unit.DistrictName, Ordinal = 1,
                Name = $"SYNTHETIC 项目 {year} {i}", SourceLine = 1,
                Category = year == 2024 && i >= 600 ? "SYNTHETIC 专项" : "一般性项目",
                Table = new DisclosedTable { Budget = budget, Kind = BudgetGraph.Parsing.Model.TableKind.ProjectPerformance, Title = "项目绩效目标表", StartLine = 1, EndLine = 1 },
            }).ToList();
            db.Projects.AddRange(projects);
            db.SaveChanges();
            // Two indicators on each card of 2024 (3,400 after SeedData's).
            if (year == 2024)
                db.Indicators.AddRange(projects.SelectMany((project, i) => new[] { 1, 2 }.Select(ordinal => new Indicator
                {
                    BudgetId = project.BudgetId, Project = project, UnitId = project.UnitId, FiscalYear = year,
                    DistrictName = project.DistrictName, ProjectCategory = project.Category, Ordinal = ordinal,
                    Name = $"SYNTHETIC 指标 {i} {ordinal}", SourceLine = 1,
                    Level2 = i >= 600 && ordinal == 1 ? "SYNTHETIC 乙" : null, Operator = i >= 600 && ordinal == 2 ? "SYNTHETIC 乙" : null,
                })));
            db.SaveChanges();
        }
        // Two findings on the last budget (their message has no index), and a project at key 70,000: the projects' highest
        // key is then above Paging.ManyMatches.
        var last = db.Budgets.Include(b => b.Unit).OrderBy(b => b.Id).Last();
        db.DataQualityFindings.AddRange(
            new DataQualityFinding { BudgetId = last.Id, Rule = "SYNTHETIC_NEAR", Message = "SYNTHETIC 近" },
            new DataQualityFinding { BudgetId = last.Id, Rule = "SYNTHETIC_FAR", Message = "SYNTHETIC 远" });
        db.Projects.Add(new Project
        {
            Id = 70_000, BudgetId = last.Id, UnitId = last.UnitId, FiscalYear = last.FiscalYear, DistrictName = last.Unit.DistrictName, Ordinal = 2,
            Name = "SYNTHETIC 远项目",
            Code = "SYNTHETIC-FAR", Category = "SYNTHETIC 远", SourceLine = 1,
            Table = new DisclosedTable { BudgetId = last.Id, Kind = BudgetGraph.Parsing.Model.TableKind.ProjectPerformance, Title = "项目绩效目标表", StartLine = 1, EndLine = 1 },
        });
        // And an overall-goal indicator of SeedData's jiangbeicheng 2025 at key 200,000, of the SYNTHETIC operator 远: far
        // after 乙区's, whose second level it joins in an `or` whose matches are sparse between their first and last keys.
        var jiangbeicheng = db.Budgets.Include(b => b.Unit).Single(b => b.Unit.Slug == "jiangbeicheng" && b.FiscalYear == 2025);
        db.Indicators.Add(new Indicator
        {
            Id = 200_000, BudgetId = jiangbeicheng.Id, UnitId = jiangbeicheng.UnitId, FiscalYear = 2025, DistrictName = jiangbeicheng.Unit.DistrictName,
            Ordinal = 99, Name = "SYNTHETIC 远指标", Operator = "SYNTHETIC 远", Weight = FixedPoint.ToStored(7m), IsCore = false, SourceLine = 1,
        });
        db.SaveChanges();
        // Rows written here bypass the importer, which keeps the band, value, combination and row counts: count them again, as a bulk
        // load does. (Their names are not in the gram index: no filter here reads it.)
        SeedData.CountAgain(db);
    }
}

/// <summary>
/// A page in key order starts at the first match's key (<c>FirstMatch</c>) when it is known or sought: a <c>totalCount</c>
/// counted on the rows reads it in the same aggregate; a count on the kept value or band counts (read with or without
/// totalCount) of more than <c>Paging.FewMatches</c> matches, under a filter an index answers, has the page looked for
/// among the table's first 1,024 keys and only then the key read; without totalCount, a filter of one indexed column of a
/// table of at most Paging.ManyMatches keys has the page looked for among its first 128 keys, then the key read
/// (<c>KeyOrderPage.SmallTableReader</c>). Whichever way, the pages hold the matches in key order, page after page (the matches read
/// under an explicit order and put in key order by their ids).
/// </summary>
/// <remarks>The unit filters read through the units' keys by a text match of 乙区 carry a negation beside it (<c>{ contains:
/// "乙", ncontains: "甲" }</c>, the same units): a text match alone of a district is read as the counted districts it keeps,
/// then as the row's own copy (FilterSpec.MatchOnCountedValuesAsync, CountedValueMatchTests), a negation never.</remarks>
public sealed class FirstMatchTests(ManyUnitsFixture fixture) : IClassFixture<ManyUnitsFixture>
{
    private ManyUnitsFixture Fixture { get; } = fixture;

    private static string[] Slugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToArray();

    // The slugs of the units of a connection's rows (budgets, cards), in the page's order.
    private static string[] UnitSlugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("unit").GetProperty("slug").GetString()!).ToArray();

    private static string[] Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public async Task The_units_of_a_district_imported_last_are_paged_from_the_first_ones_key()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { units(where: { districtName: { contains: "乙" } }, first: 2) { totalCount nodes { slug } } }
            """)).GetProperty("units");
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0600", "synthetic-0601"], Slugs(page));
        // One aggregate counts and finds the first key; the page reads from that key on.
        var count = Assert.Single(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", count);
        var read = Assert.Single(Fixture.Sql.Commands, c => !c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Matches("""AND "u"."Id" >= @""", read);
    }

    [Fact]
    public async Task One_equality_is_counted_as_before()
    {
        // Its index holds the matches in key order: no first key is read.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { districtName: { eq: "乙区" } }, first: 1) { totalCount nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0600"], Slugs(page));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_budgets_of_a_procurement_band_imported_last_are_paged_from_the_first_ones_key()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { procurementTotal: { gte: 1000 } }, first: 2) { totalCount nodes { year unit { slug } } } }
            """)).GetProperty("budgets");
        // Counted on the bands (1,100: more than FewMatches), the page looked for among the table's first 1,024 keys (none
        // there), then the first key read over the amount's index and the page from there.
        var commands = Fixture.Sql.Commands;
        Assert.Single(commands, c => c.Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("SELECT MIN(\"b0\".\"Id\")", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("\"b\".\"Id\" >= @", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Budgets_of_a_band_whose_first_match_lies_far_from_the_others_are_paged_through_the_amounts_index()
    {
        // 900 万元 or more: SeedData's jiangbeicheng 2025 (954.58 万元, jiangbeicheng-2025.txt l.472), then 乙区's 1,100
        // budgets of 2024 (1,200 万元) after 2,300 others — 1,101 on the bands, more than FewMatches. No page among the
        // first 1,024 keys; the count's aggregate reads the first key (SeedData's), the keys after it hold one match, so
        // the window's keys are read from IX_Budgets_ProcurementTotal, sorted by key — not every budget read from the
        // first match's on.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { procurementTotal: { gte: 900 } }, first: 3) { totalCount nodes { year unit { slug } totals { procurement } } } }
            """)).GetProperty("budgets");
        Assert.Equal(1101, page.GetProperty("totalCount").GetInt32());
        var nodes = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["jiangbeicheng", "synthetic-0600", "synthetic-0601"], UnitSlugs(page));
        Assert.Equal([954.58m, 1200m, 1200m], nodes.Select(n => n.GetProperty("totals").GetProperty("procurement").GetDecimal()));
        var commands = Fixture.Sql.Commands.ToList();
        Assert.Single(commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"b\".\"Id\" <= @", StringComparison.Ordinal));
        var keys = commands.FindIndex(c => c.Contains("ORDER BY ifnull(\"b0\".\"Id\", NULL)", StringComparison.Ordinal));
        Assert.True(keys >= 0, string.Join("\n---\n", commands));
        var plan = await QueryPlan.ExplainAllAsync(Fixture.DatabasePath, [(commands[keys], Fixture.Sql.Parameters[keys])]);
        Assert.Contains("INDEX IX_Budgets_ProcurementTotal", plan, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*SCAN b\d*$", plan);
    }

    [Fact]
    public async Task Budgets_of_a_band_beside_a_year_are_paged_from_the_first_key_through_the_years_index()
    {
        // 2024's budgets with a procurement stated (0 or more): 甲区's 600 and 乙区's 1,100, after SeedData's and the 1,700
        // of 2023 — 1,700 on the bands. The count reads the first key; from there the year's index gives its rows in key
        // order, each tested (Id >= first AND Id <= last), where listing the keys would read and sort every match's entry.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { year: { eq: 2024 }, procurementTotal: { gte: 0 } }, first: 2) { totalCount nodes { year unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(1700, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0000", "synthetic-0001"],
            UnitSlugs(page));
        var commands = Fixture.Sql.Commands.ToList();
        Assert.Single(commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("\"b\".\"Id\" <= @", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("ORDER BY ifnull(\"b0\".\"Id\", NULL)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Budgets_counted_on_the_bands_that_fill_a_page_among_the_first_keys_are_read_there()
    {
        // The 1,700 budgets of 2023 come first (after SeedData's three): the year's bands count 1,701, and the page is
        // found among the first keys, so no first key is read.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { year: { in: [2023] } }, first: 2) { totalCount nodes { year unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(1701, page.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FirstKey", StringComparison.Ordinal));
        Assert.Single(Fixture.Sql.Commands, c => c.Contains("SELECT MIN(\"b0\".\"Id\")", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ procurementTotal: { eq: 1200 } }""", 1100)]  // one field's eq: its index holds them in key order
    [InlineData("""{ procurementTotal: { lt: 100 } }""", 600)]  // FewMatches: their ids are listed
    public async Task A_band_count_of_one_equality_or_few_matches_neither_probes_nor_reads_a_first_key(string where, int matches)
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($"{{ budgets(where: {where}, first: 2) {{ totalCount nodes {{ year }} }} }}")).GetProperty("budgets");
        Assert.Equal(matches, page.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FirstKey", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains(">= @first", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("SELECT MIN(\"b0\".\"Id\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_or_of_many_matches_is_counted_on_the_combinations_and_paged_from_the_keys_they_bound()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ isCore: { eq: true } }, { year: { eq: 2024 } }] }, first: 2) { totalCount nodes { name } } }
            """)).GetProperty("indicators");
        // SeedData's nanping 2024 (9) and jiangbeicheng's core ones (3), and the 3,400 SYNTHETIC indicators of 2024.
        Assert.Equal(3412, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["居民满意率", "安全检查人次"], Names(page));
        // Counted on the combinations, whose same read bounds the first match's key: the page from there, no other read.
        var commands = Fixture.Sql.Commands;
        Assert.Equal(2, commands.Count);
        Assert.Contains("MIN(\"i0\".\"FirstId\") AS \"FirstKey\"", commands[0]);
        Assert.Contains("\"i\".\"Id\" >= @", commands[1]);
        // Dense between their bounds: read in key order, the `or`'s columns past their indexes (SQLite would read both
        // indexes from the bound on, unite and sort).
        Assert.Contains("ifnull(\"i\".\"IsCore\", NULL)", commands[1]);

        // Without totalCount, the same (the count is read anyway: it costs a few rows).
        Fixture.Sql.Clear();
        var alone = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ isCore: { eq: true } }, { year: { eq: 2024 } }] }, first: 2) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(["居民满意率", "安全检查人次"], Names(alone));
        Assert.Equal(2, Fixture.Sql.Commands.Count);

        Fixture.Sql.Clear();
        var last = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ isCore: { eq: true } }, { year: { eq: 2024 } }] }, last: 2) { nodes { name } } }
            """)).GetProperty("indicators");
        // A last page: read backwards from the last key the combinations bound: 乙区's last card's two.
        Assert.Equal(["SYNTHETIC 指标 1699 1", "SYNTHETIC 指标 1699 2"], Names(last));
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.Contains("MAX(\"i0\".\"LastId\") AS \"LastKey\"", Fixture.Sql.Commands[0]);
        Assert.Contains("\"i\".\"Id\" <= @", Fixture.Sql.Commands[1]);
    }

    [Fact]
    public async Task Several_counted_columns_read_the_rarest_ones_index()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { year: { eq: 2024 }, level2: { eq: "SYNTHETIC 乙" } }, first: 2) { totalCount nodes { name } } }
            """)).GetProperty("indicators");
        // 乙区's first indicator of each card: 1,100, of the year's 3,409 (SeedData's nanping 9 and the 3,400 SYNTHETIC).
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 601 1"], Names(page));
        // Each term's kept count read; the second level's index is read, the year tested on its rows (past its index).
        var commands = Fixture.Sql.Commands;
        Assert.Equal(2, commands.Count(c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal)));
        var reads = commands.Where(c => c.Contains("FROM \"Indicators\" AS \"i\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, c => Assert.Contains("ifnull(\"i\".\"FiscalYear\", NULL)", c));
        Assert.All(reads, c => Assert.DoesNotContain("ifnull(\"i\".\"Level2\"", c));
    }

    [Fact]
    public async Task A_name_beside_a_counted_column_reads_the_names_index_when_it_is_the_rarer()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { projects(where: { name: { eq: "SYNTHETIC 项目 2024 700" }, year: { eq: 2024 } }, first: 2) { totalCount nodes { name category } } }
            """)).GetProperty("projects");
        // The one card of that name (乙区's 101st unit's of 2024), among the year's 1,700 SYNTHETIC cards and SeedData's.
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("""[{"name":"SYNTHETIC 项目 2024 700","category":"SYNTHETIC 专项"}]""", page.GetProperty("nodes").GetRawText());
        // The year's kept count read, then the name's rows counted on its index up to half of it (LIMIT); the name's
        // index is read, the year tested on its rows (past its index).
        var commands = Fixture.Sql.Commands;
        Assert.Equal(1, commands.Count(c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal)));
        var capped = Assert.Single(commands, c => c.Contains("LIMIT", StringComparison.Ordinal) && c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("\"p\".\"Name\" = ", capped);
        Assert.DoesNotContain("FiscalYear", capped);
        var reads = commands.Where(c => c.Contains("FROM \"Projects\" AS \"p\"", StringComparison.Ordinal) && c != capped).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, c => Assert.Contains("ifnull(\"p\".\"FiscalYear\", NULL)", c));
    }

    [Fact]
    public async Task A_name_no_rarer_than_the_counted_column_beside_it_is_counted_no_further_than_half_of_it()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { name: { neq: "none" }, year: { eq: 2024 } }, first: 2) { totalCount } }
            """)).GetProperty("indicators");
        // (A negation is no index range: nothing is counted on the name's index, no index is chosen.)
        Assert.True(page.GetProperty("totalCount").GetInt32() > 3400);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("ifnull(", StringComparison.Ordinal));

        Fixture.Sql.Clear();
        page = (await Fixture.DataAsync("""
            { indicators(where: { name: { in: ["SYNTHETIC 指标 0 1", "SYNTHETIC 指标 1 1", "SYNTHETIC 指标 2 1"] }, level2: { eq: "SYNTHETIC 乙" } }, first: 2) { totalCount nodes { name } } }
            """)).GetProperty("indicators");
        // 甲区's cards (0–599) have no indicator of the second level 乙: none of the three names.
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        // An indicator's name is counted at import (ValueCounts' Indicators.Name), as the level is: each term's count is
        // its kept values' (no capped count of the name's index), and the rarer, the names, is read from its index, the
        // level past its own, in the count's aggregate.
        var commands = Fixture.Sql.Commands;
        Assert.Equal(3, commands.Count);
        Assert.All(commands.Take(2), c => Assert.Contains("FROM \"ValueCounts\"", c));
        Assert.DoesNotContain(commands, c => c.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains("\"i\".\"Name\" IN (", commands[2]);
        Assert.Contains("ifnull(\"i\".\"Level2\", NULL) = ", commands[2]);
    }

    [Fact]
    public async Task An_or_whose_matches_come_late_is_paged_from_the_first_key_the_combinations_bound()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ level2: { eq: "SYNTHETIC 乙" } }, { operator: { eq: "SYNTHETIC 乙" } }] }, first: 2) { totalCount nodes { id name } } }
            """)).GetProperty("indicators");
        // 乙区's 2,200, after 1,200 of 甲区 and SeedData's: the combinations' first key (乙区's first indicator's) is where
        // the page starts; nothing read before it.
        Assert.Equal(2200, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2"], Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.Equal(2, commands.Count);
        Assert.Contains("FROM \"IndicatorFacetCounts\"", commands[0]);
        Assert.Contains("\"i\".\"Id\" >= @", commands[1]);
        // (The bound is the first match's key itself: the combinations were counted whole, SeedData's way.)
        var firstId = page.GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var first = int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(firstId)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(first, Fixture.Sql.Parameters[1].Values);

        // Without totalCount: the same (the count, with its bounds, is read anyway).
        Fixture.Sql.Clear();
        var far = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ level2: { eq: "SYNTHETIC 乙" } }, { operator: { eq: "SYNTHETIC 乙" } }] }, first: 2) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2"], Names(far));

        var last = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ level2: { eq: "SYNTHETIC 乙" } }, { operator: { eq: "SYNTHETIC 乙" } }] }, last: 3) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 1698 2", "SYNTHETIC 指标 1699 1", "SYNTHETIC 指标 1699 2"], Names(last));
        // Their 2,200 keys follow one another: dense, read in key order past the two columns' indexes.
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("ifnull(\"i\".\"Level2\", NULL)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_or_whose_matches_are_sparse_between_their_bounds_is_read_through_its_indexes()
    {
        // 乙区's 1,100 of the second level 乙 and the indicator at key 200,000: fewer than one key in 64 between the first
        // and the last match, so the page is read through the two indexes (SQLite's OR of ranges), not in key order.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { or: [{ level2: { eq: "SYNTHETIC 乙" } }, { operator: { eq: "SYNTHETIC 远" } }] }, last: 2) { totalCount nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(1101, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 1699 1", "SYNTHETIC 远指标"], Names(page));
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.Contains("\"i\".\"Id\" <= @", Fixture.Sql.Commands[1]);
        Assert.DoesNotContain("ifnull(", Fixture.Sql.Commands[1]);
    }

    [Fact]
    public async Task Cards_of_a_year_and_category_are_paged_from_the_keys_their_combinations_bound()
    {
        // 乙区's 1,100 SYNTHETIC 专项 cards of 2024, after every card of 2023, 甲区's of 2024 and SeedData's: counted on the
        // cards' combinations, whose read bounds their first and last keys; dense between them, so a last page is read
        // backwards from the last bound (not through an index's keys) and a first page from the first.
        Fixture.Sql.Clear();
        var last = (await Fixture.DataAsync("""
            { projects(where: { year: { eq: 2024 }, category: { eq: "SYNTHETIC 专项" } }, last: 2) { totalCount nodes { name } } }
            """)).GetProperty("projects");
        Assert.Equal(1100, last.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 项目 2024 1698", "SYNTHETIC 项目 2024 1699"], Names(last));
        var commands = Fixture.Sql.Commands.Where(c => !c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commands.Count);
        Assert.Contains("FROM \"ProjectFacetCounts\"", commands[0]);
        Assert.Contains("\"p\".\"Id\" <= @", commands[1]);

        Fixture.Sql.Clear();
        var first = (await Fixture.DataAsync("""
            { projects(where: { year: { eq: 2024 }, category: { eq: "SYNTHETIC 专项" } }, first: 2) { nodes { name } } }
            """)).GetProperty("projects");
        Assert.Equal(["SYNTHETIC 项目 2024 600", "SYNTHETIC 项目 2024 601"], Names(first));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"p\".\"Id\" >= @", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_cards_of_a_year_and_core_mark_are_paged_reading_the_windows_keys_from_their_index_first()
    {
        // The cards of 2024 without a core indicator: the 1,700 SYNTHETIC ones and the last budget's second — many, counted on the
        // cards' combinations, whose read bounds their first and last keys. The window's keys are read in that range of
        // IX_Projects_FiscalYear_HasCoreIndicator alone, then their rows by key (KeyOrderPage's keysFirst): with the
        // name selected at once, SQLite read the core mark's index and looked each row up to test its year. After the
        // first (position 0): the next three in key order.
        const string Query = """
            { projects(where: { year: { eq: 2024 }, hasCoreIndicator: { eq: false } }, first: 3, after: "MA==") { totalCount nodes { name year hasCoreIndicator } } }
            """;
        var page = (await Fixture.DataAsync(Query)).GetProperty("projects");
        Assert.Equal(1701, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 项目 2024 1", "SYNTHETIC 项目 2024 2", "SYNTHETIC 项目 2024 3"], Names(page));
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal(2024, n.GetProperty("year").GetInt32());
            Assert.False(n.GetProperty("hasCoreIndicator").GetBoolean());
        });
        var plan = await Fixture.PlanOfAsync(Query, "\"p0\".\"Id\" >= @");
        Assert.Equal("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\nLIST SUBQUERY 1\n" +
            "  SEARCH p0 USING COVERING INDEX IX_Projects_FiscalYear_HasCoreIndicator (FiscalYear=? AND HasCoreIndicator=? AND rowid>? AND rowid<?)\n",
            plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Many_cards_of_a_year_and_core_mark_in_another_order_walk_the_years_range_of_that_order()
    {
        // The 1,701 cards of 2024 without a core indicator by position descending: the card at key 70,000 (the last
        // budget's second, position 2), then the others of position 1 by key — more than half of the year's cards, so the
        // year's range of IX_Projects_FiscalYear_Ordinal_Desc is walked to the page (each card's mark tested), where their
        // range would be read and sorted whole. (Before that index: found among the order's first rows, OrderProbe.)
        const string Query = """
            { projects(where: { year: { eq: 2024 }, hasCoreIndicator: { eq: false } }, order: [{ position: DESC }], first: 3) { totalCount nodes { name } } }
            """;
        var page = (await Fixture.DataAsync(Query)).GetProperty("projects");
        Assert.Equal(1701, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 远项目", "SYNTHETIC 项目 2024 0", "SYNTHETIC 项目 2024 1"], Names(page));
        var plan = await Fixture.PlanOfAsync(Query, "\"Ordinal\" DESC");
        Assert.Equal("SEARCH p USING INDEX IX_Projects_FiscalYear_Ordinal_Desc (FiscalYear=?)\n", plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_projects_of_a_category_imported_last_are_paged_from_the_first_ones_key()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { projects(where: { category: { in: ["SYNTHETIC 专项"] } }, first: 2) { totalCount nodes { name category } } }
            """)).GetProperty("projects");
        // Counted on the value counts (1,100), the page looked for among the table's first 1,024 keys (none there), then
        // the first key read over the category's index and the page from there.
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 项目 2024 600", "SYNTHETIC 项目 2024 601"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.Single(commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("SELECT MIN(\"p0\".\"Id\")", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("\"p\".\"Id\" >= @", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_a_contains_over_a_small_table_is_read_from_the_first_matchs_key()
    {
        // Counted on the rows, no count asked: the table's highest key says it is small (1,705 units: more than
        // Paging.FewMatches, at most Paging.ManyMatches); its first 128 keys hold none of synthetic-16xx, so the count's
        // aggregate reads the first key and the page starts there.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "synthetic-16" } }, first: 2) { nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(["synthetic-1600", "synthetic-1601"], Slugs(page));
        var commands = UnitsCommands();
        Assert.True(commands.Count == 4, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.StartsWith("SELECT MAX(\"u\".\"Id\")", commands[0], StringComparison.Ordinal);
        Assert.Contains("SELECT MIN(\"u0\".\"Id\")", commands[1], StringComparison.Ordinal);
        Assert.Equal(128, Assert.Single(Fixture.Sql.Parameters[Fixture.Sql.Commands.ToList().IndexOf(commands[1])], p => p.Key == "@keys").Value);
        Assert.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", commands[2], StringComparison.Ordinal);
        Assert.Matches("""AND "u"."Id" >= @""", commands[3]);
    }

    [Fact]
    public async Task Without_a_count_a_contains_whose_page_lies_among_the_first_128_keys_is_read_there()
    {
        // synthetic-0000 to 0099 follow SeedData's units: the probe of the first keys holds the page, no aggregate.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "synthetic-00" } }, first: 2) { nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(["synthetic-0000", "synthetic-0001"], Slugs(page));
        var commands = UnitsCommands();
        Assert.True(commands.Count == 2, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.StartsWith("SELECT MAX(\"u\".\"Id\")", commands[0], StringComparison.Ordinal);
        Assert.Contains("SELECT MIN(\"u0\".\"Id\")", commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_nothing_matching_over_a_small_table_reads_no_page_after_the_aggregate()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "不存在" } }, first: 2) { nodes { slug } } }""")).GetProperty("units");
        Assert.Empty(page.GetProperty("nodes").EnumerateArray());
        var commands = UnitsCommands();
        Assert.True(commands.Count == 3, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.Contains("FirstKey", commands[2], StringComparison.Ordinal);
    }

    private List<string> UnitsCommands() => Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Units\"", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Without_a_count_a_contains_over_a_table_with_a_high_key_is_read_in_key_order()
    {
        // The projects' highest key is 70,000 (more than Paging.ManyMatches): an aggregate over the filter could test
        // that many entries, so the page is read as the sorted query reads it, with no first key.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { code: { contains: "SYNTHETIC" } }, first: 2) { nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(["SYNTHETIC 远项目"], Names(page));
        var commands = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Projects\"", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count == 2, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.StartsWith("SELECT MAX(", commands[0], StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", commands[1], StringComparison.Ordinal);
        Assert.DoesNotContain(">= @", commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_last_page_of_a_contains_whose_last_match_is_far_from_the_others_reads_its_keys_from_the_columns_index()
    {
        // Codes holding T: SeedData's two cards (50010922T000000095557, …095633) and the card at key 70,000
        // (SYNTHETIC-FAR). The count reads the last match's key; among the 128 keys up to it only that card matches, so
        // the window's keys are read from IX_Projects_Code as the count read them (sorted by key, not the table read
        // backwards from 70,000), then its rows.
        var (forwards, _) = await ConnectionPages.AllAsync(Fixture, "projects", """where: { code: { contains: "T" } }""", "code", backwards: false);
        Assert.Equal(["""{"code":"50010922T000000095557"}""", """{"code":"50010922T000000095633"}""", """{"code":"SYNTHETIC-FAR"}"""], forwards);
        Fixture.Sql.Clear();
        var (backwards, counts) = await ConnectionPages.AllAsync(Fixture, "projects", """where: { code: { contains: "T" } }""", "code", backwards: true, pageSize: 2);
        Assert.Equal(forwards, backwards);
        Assert.All(counts, count => Assert.Equal(3, count));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("MAX(\"m\".\"Id\") AS \"LastKey\"", StringComparison.Ordinal));
        await AssertLastWindowsKeysReadFromAsync("COVERING INDEX IX_Projects_Code");
    }

    [Fact]
    public async Task A_last_page_of_an_index_range_counted_on_the_kept_counts_reads_its_keys_from_that_index()
    {
        // 一般性项目 or SYNTHETIC 远: every card of 2023, 甲区's of 2024 and SeedData's — then 乙区's 1,100 SYNTHETIC 专项
        // cards, none of them — and the card at key 70,000. Counted on the value counts (more than Paging.FewMatches); the
        // table's last 128 keys hold one match, so the window's keys are read from IX_Projects_Category, sorted by key,
        // not the table read backwards past 乙区's cards.
        const string where = """where: { category: { in: ["一般性项目", "SYNTHETIC 远"] } }""";
        var all = (await Fixture.DataAsync($$"""{ projects({{where}}, first: 5000) { totalCount nodes { name } } }""")).GetProperty("projects");
        var names = Names(all);
        Assert.Equal(names.Length, all.GetProperty("totalCount").GetInt32());
        Assert.InRange(names.Length, 2_301, 65_536);
        Assert.Equal("SYNTHETIC 远项目", names[^1]);
        Fixture.Sql.Clear();
        var last = (await Fixture.DataAsync($$"""{ projects({{where}}, last: 30) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(names[^30..], Names(last));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("SELECT MAX(\"p0\".\"Id\")", StringComparison.Ordinal));   // the probe of the last keys
        await AssertLastWindowsKeysReadFromAsync("INDEX IX_Projects_Category");
    }

    // A last window's keys (KeyOrderPage.FromEndReader) read from the filter's index, their key order hidden from the
    // planner (ifnull), no table scanned.
    private async Task AssertLastWindowsKeysReadFromAsync(string index)
    {
        var commands = Fixture.Sql.Commands.ToList();
        var keys = commands.FindIndex(c => c.Contains("ORDER BY ifnull(\"p0\".\"Id\", NULL) DESC", StringComparison.Ordinal));
        Assert.True(keys >= 0, string.Join("\n---\n", commands));
        var plan = await QueryPlan.ExplainAllAsync(Fixture.DatabasePath, [(commands[keys], Fixture.Sql.Parameters[keys])]);
        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*SCAN p\d*$", plan);
    }

    [Fact]
    public async Task Without_a_count_a_contains_of_a_column_without_an_index_is_read_in_key_order_in_one_command()
    {
        // The findings' message has no index: an aggregate over it would read every row (53,053 findings at 5,005
        // disclosures: 17 ms, where the key order found a page in 1.3 ms).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ dataQualityFindings(where: { message: { contains: "SYNTHETIC" } }, first: 2) { nodes { rule } } }""")).GetProperty("dataQualityFindings");
        Assert.Equal(["SYNTHETIC_NEAR", "SYNTHETIC_FAR"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("rule").GetString()!));
        var command = Assert.Single(Fixture.Sql.Commands, c => c.Contains("FROM \"DataQualityFindings\"", StringComparison.Ordinal));
        Assert.DoesNotContain("MIN(", command, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("MAX(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_a_contains_through_a_unit_is_read_through_the_units_keys()
    {
        // Through the unit's key (a budget's UnitId, indexed alone: IX_Budgets_UnitId): the first 128 keys probed (a
        // contains may list every unit), then the page over the matching units' keys in key order — no join, no first key
        // read (the listed keys' page stops each unit's rows once it is full).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ budgets(where: { unit: { slug: { contains: "synthetic-16" } } }, first: 2) { nodes { unit { slug } } } }""")).GetProperty("budgets");
        Assert.Equal(["synthetic-1600", "synthetic-1601"], UnitSlugs(page));
        var commands = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Budgets\"", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count == 2, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.Contains("@keys", commands[0], StringComparison.Ordinal);
        Assert.Contains("\"b0\".\"UnitId\" IN (", commands[1], StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal) || c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_count_a_filter_through_a_unit_and_another_term_is_counted_and_paged_through_the_units_key()
    {
        // Not a unit alone: counted on the rows. The projects' UnitId has an index of its own: the count lists the
        // matching units' keys and reads the first key; the page reads the projects by key from there, each one's unit
        // looked up by its key (no join, which SQLite may start from the units' index and sort every match).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { contains: "乙", ncontains: "甲" } }, year: { eq: 2024 } }, first: 2) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(1101, page.GetProperty("totalCount").GetInt32());  // 乙区's 1,100 cards of 2024, and the project at key 70,000
        Assert.Equal(["SYNTHETIC 项目 2024 600", "SYNTHETIC 项目 2024 601"], Names(page));
        var commands = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Projects\"", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count == 2, string.Join("\n---\n", Fixture.Sql.Commands));
        Assert.Contains("FirstKey", commands[0], StringComparison.Ordinal);
        Assert.Contains("\"p\".\"UnitId\" IN (", commands[0], StringComparison.Ordinal);
        Assert.Matches("""EXISTS \(\s*SELECT 1\s*FROM "Units" AS "u"\s*WHERE "u"."Id" = "p"."UnitId" AND""", commands[1]);
        Assert.Matches("""AND "p"."Id" >= @""", commands[1]);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ unit: { districtName: { startsWith: "乙", nendsWith: "甲区" } } }""", 2200)]  // two on each of 乙区's 1,100 cards of 2024
    [InlineData("""{ unit: { districtName: { contains: "乙", ncontains: "甲" } } }""", 2200)]
    [InlineData("""{ unit: { districtName: { eq: "乙区" }, unitCode: { neq: "x" } } }""", 2200)]
    public async Task Indicators_of_a_unit_alone_are_counted_on_the_budgets_kept_counts(string where, int count)
    {
        // One command sums the budgets' kept counts of their indicators over the matching units' budgets; no indicator
        // is counted.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($"{{ indicators(where: {where}) {{ totalCount }} }}")).GetProperty("indicators");
        Assert.Equal(count, page.GetProperty("totalCount").GetInt32());
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains("SUM(\"b\".\"IndicatorRows\")", command, StringComparison.Ordinal);
        Assert.Contains("FROM \"Budgets\" AS \"b\"", command, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cards_budget_year_is_the_cards_own_and_is_counted_on_the_kept_counts()
    {
        // A card carries its budget's year (ProjectQuerySpec's `carries`, FilterSpec.Lift): no budget is read.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { budget: { year: { eq: 2023 } } }) { totalCount } }""")).GetProperty("projects");
        Assert.Equal(1702, page.GetProperty("totalCount").GetInt32());  // 1,700 SYNTHETIC and SeedData's chaoyang 2023's two
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains("\"ValueCounts\"", command, StringComparison.Ordinal);
        Assert.DoesNotContain("Budgets", command, StringComparison.Ordinal);
    }

    [Theory]
    // The budget's year and unit are the card's own; a budget with another term stays whole.
    [InlineData("""{ budget: { year: { eq: 2023 } } }""", """{ year: { eq: 2023 } }""", 1702)]
    [InlineData("""{ budget: { unit: { districtName: { eq: "甲区" } } } }""", """{ unit: { districtName: { eq: "甲区" } } }""", 1200)]
    [InlineData("""{ budget: { year: { eq: 2024 }, unit: { districtName: { eq: "乙区" } } } }""",
        """{ year: { eq: 2024 }, unit: { districtName: { eq: "乙区" } } }""", 1101)]  // the last budget's second card too
    [InlineData("""{ budget: { year: { eq: 2024 }, procurementTotal: { gte: 1000 } } }""",
        """{ year: { eq: 2024 }, budget: { procurementTotal: { gte: 1000 } } }""", 1101)]
    // The card's own year already tested: the budget's stays on the budget, and both must hold.
    [InlineData("""{ year: { eq: 2024 }, budget: { year: { eq: 2023 } } }""", """{ year: { eq: 2024 }, budget: { year: { eq: 2023 } } }""", 0)]
    [InlineData("""{ year: { eq: 2024 }, budget: { year: { eq: 2024 }, unit: { districtName: { eq: "乙区" } } } }""",
        """{ year: { eq: 2024 }, unit: { districtName: { eq: "乙区" } } }""", 1101)]
    public async Task A_budget_filter_matches_the_cards_its_lifted_terms_match(string budgetFilter, string ownFilter, int count)
    {
        string Query(string where) => $$"""{ projects(where: {{where}}, first: 5000) { totalCount nodes { name } } }""";
        var throughBudget = (await Fixture.DataAsync(Query(budgetFilter))).GetProperty("projects");
        var own = (await Fixture.DataAsync(Query(ownFilter))).GetProperty("projects");
        Assert.Equal(count, throughBudget.GetProperty("totalCount").GetInt32());
        Assert.Equal(count, throughBudget.GetProperty("nodes").GetArrayLength());
        Assert.Equal(Names(own), Names(throughBudget));
    }

    [Fact]
    public async Task With_a_count_on_the_budgets_a_unit_filters_page_is_read_through_the_units_key()
    {
        // No first key from that count: the first keys probed (a contains), then the page over the units' keys.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "乙", ncontains: "甲" } } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(2200, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.Contains("SUM(\"b\".\"IndicatorRows\")", commands[0], StringComparison.Ordinal);
        Assert.Contains("EXISTS (", commands[1], StringComparison.Ordinal);
        Assert.Contains("\"i0\".\"UnitId\" IN (", commands[2], StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal) || c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_count_the_projects_of_a_unit_filter_are_counted_on_their_rows_and_paged_from_the_first_key()
    {
        // The cards are not summed over budgets: the count on their rows lists the matching units' keys and reads the
        // first key, and the page reads the cards by key from there, each one's unit looked up by key.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { contains: "乙", ncontains: "甲" } } }, first: 2) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(2201, page.GetProperty("totalCount").GetInt32());  // 乙区's 1,100 units × 2 years, and the project at key 70,000
        Assert.Equal(["SYNTHETIC 项目 2023 600", "SYNTHETIC 项目 2023 601"], Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[0], StringComparison.Ordinal);
        Assert.Contains("EXISTS (", commands[1], StringComparison.Ordinal);
        Assert.Matches("""AND "p"."Id" >= @""", commands[1]);
    }

    [Fact]
    public async Task With_a_count_matches_far_apart_after_the_first_key_are_read_through_the_units_key()
    {
        // The first and the last SYNTHETIC unit: their five cards lie 1,699 keys apart and beyond (2023's, 2024's, and the
        // card at key 70,000). From the first key the page is looked for among the next keys only (one card there), then
        // read through the two units' keys — not by key to the page's end, testing every card on the way.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 项目 2023 0", "SYNTHETIC 项目 2023 1699", "SYNTHETIC 项目 2024 0"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[0], StringComparison.Ordinal);
        Assert.Contains("EXISTS (", commands[1], StringComparison.Ordinal);
        Assert.Matches("""AND "p"."Id" >= @first AND "p"."Id" < @end""", commands[1]);
        // 64 keys per row read (at least 128): short of the second card, 1,699 keys on.
        Assert.InRange((int)Fixture.Sql.Parameters[1]["@end"]! - (int)Fixture.Sql.Parameters[1]["@first"]!, 128, 1699);
        Assert.Contains("\"p0\".\"UnitId\" IN (", commands[2], StringComparison.Ordinal);
        Assert.DoesNotContain(">=", commands[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_count_the_keys_after_the_first_read_for_the_page_end_at_the_last_match()
    {
        // SeedData's nanping has one budget (key 10), before 3,400 SYNTHETIC ones: the count's aggregate reads its first
        // and last keys, and the page is looked for between them — not among the 1,344 keys after the first
        // (KeyOrderPage.NearKeys), each budget tested (at 5,005 disclosures a unit's one budget had as many read: 6.8 ms).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ budgets(where: { unit: { slug: { eq: "nanping" } } }, first: 3) { totalCount nodes { year } } }""")).GetProperty("budgets");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(2024, Assert.Single(page.GetProperty("nodes").EnumerateArray()).GetProperty("year").GetInt32());
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[0], StringComparison.Ordinal);
        Assert.Matches("""AND "b"."Id" >= @first AND "b"."Id" < @end""", commands[1]);
        Assert.Equal(10, Fixture.Sql.Parameters[1]["@first"]);
        Assert.Equal(11, Fixture.Sql.Parameters[1]["@end"]);
    }

    [Fact]
    public async Task With_a_count_a_page_from_the_first_match_key_ends_at_the_last()
    {
        // One unit of 1,703 (SeedData's nanping, key 1) has a slug containing nanping and a district containing 南岸:
        // the count's aggregate reads its first and last keys, and the page is read between them — not from the first on,
        // the 1,702 units after it read to fill a page of 3 (at 5,005 disclosures: 8 ms).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "nanping" }, districtName: { contains: "南岸" } }, first: 3) { totalCount nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("nanping", Assert.Single(page.GetProperty("nodes").EnumerateArray()).GetProperty("slug").GetString());
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[0], StringComparison.Ordinal);
        Assert.Matches("""AND "u"."Id" >= @first AND "u"."Id" <= @last""", commands[1]);
        Assert.Equal(1, Fixture.Sql.Parameters[1]["@first"]);
        Assert.Equal(1, Fixture.Sql.Parameters[1]["@last"]);
    }

    [Fact]
    public async Task With_a_count_a_contains_of_one_indexed_column_is_paged_near_its_first_key_then_from_the_columns_index()
    {
        // One column's contains (its index read whole by the count): the page among the keys after the first match's, up
        // to the last's — one unit's slug containing nanping, [1, 2).
        Fixture.Sql.Clear();
        var one = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "nanping" } }, first: 3) { totalCount nodes { slug } } }""")).GetProperty("units");
        Assert.Equal("nanping", Assert.Single(one.GetProperty("nodes").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.Matches("""AND "u"."Id" >= @first AND "u"."Id" < @end""", Fixture.Sql.Commands[1]);
        Assert.Equal(2, Fixture.Sql.Parameters[1]["@end"]);

        // 169 is in synthetic-0169's slug (key 173), then synthetic-1169's (1,173) and synthetic-1690's to -1699's (1,694 on):
        // 12 matches apart. The keys after the first (256 for a page of 3) hold one; the page's keys are then read from the
        // slug's index, its rows by key — not every unit from the first match's on.
        Fixture.Sql.Clear();
        var apart = (await Fixture.DataAsync("""{ units(where: { slug: { contains: "169" } }, first: 3) { totalCount nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(12, apart.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0169", "synthetic-1169", "synthetic-1690"], [.. apart.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!)]);
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.Matches("""AND "u"."Id" >= @first AND "u"."Id" < @end""", commands[1]);
        Assert.Contains("WHERE instr(\"u0\".\"Slug\", @Value) > 0\n    ORDER BY ifnull(\"u0\".\"Id\", NULL)", commands[2].ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("SCAN u0 USING COVERING INDEX IX_Units_Slug", await Fixture.PlanOfAsync("""{ units(where: { slug: { contains: "169" } }, first: 3) { totalCount nodes { slug } } }""", "ifnull("));
    }

    [Fact]
    public async Task Pages_of_one_of_matches_far_apart_after_the_first_key_hold_them_in_key_order()
    {
        // Each page after the first starts past the near keys of the first match: read through the units' keys.
        var names = new List<string>();
        string? cursor = null;
        while (true)
        {
            var after = cursor is null ? "" : $", after: \"{cursor}\"";
            var page = (await Fixture.DataAsync($$"""{ projects(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } } }, first: 1{{after}}) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }""")).GetProperty("projects");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            names.AddRange(Names(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(["SYNTHETIC 项目 2023 0", "SYNTHETIC 项目 2023 1699", "SYNTHETIC 项目 2024 0", "SYNTHETIC 项目 2024 1699", "SYNTHETIC 远项目"], names);
    }

    [Fact]
    public async Task Without_a_count_a_unit_filter_with_a_year_reads_the_first_key_and_the_page_near_it()
    {
        // Another term beside the unit: the listed keys' page is not read first (SQLite reads it from the year's index,
        // testing each row's unit). The first keys probed (SeedData's), then the count's aggregate reads the first key,
        // and the page is read among the keys after it. (The district as an `in`: its eq beside the year is the
        // indicator's own, the test below.)
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { in: ["乙区"] } }, year: { eq: 2024 } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.Equal(128, Assert.Single(Fixture.Sql.Parameters[0], p => p.Key == "@keys").Value);
        Assert.Contains("FirstKey", commands[1], StringComparison.Ordinal);
        Assert.Contains("\"i\".\"UnitId\" IN (", commands[1], StringComparison.Ordinal);
        Assert.Matches("""AND "i"."Id" >= @first AND "i"."Id" < @end""", commands[2]);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_districts_eq_beside_its_year_is_the_indicators_own_read_in_key_order_from_its_district_index()
    {
        // FilterSpec.Lift: the district's eq beside a term IX_Indicators_DistrictName_Categories carries is lifted too, and
        // the year tested in that index's entries (IndexHints.Unindexed): the same first page as through the units' keys
        // above, in one read after the two kept counts that weigh the year against the district
        // (EntityQueries.ReadBesideCarriedAsync); no unit, no first key, no probe.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "乙区" } }, year: { eq: 2024 } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"], Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.All(commands.Take(2), c => Assert.Contains("FROM \"ValueCounts\"", c, StringComparison.Ordinal));
        Assert.Contains("ifnull(\"i\".\"FiscalYear\", NULL) = @", commands[2], StringComparison.Ordinal);
        Assert.Contains("\"i\".\"DistrictName\" = @", commands[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Units", commands[2], StringComparison.Ordinal);

        // Counted: the district's budgets of 2024, their kept counts summed (CountOverBudgets), the same as through the units.
        var counted = await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "乙区" } }, year: { eq: 2024 } }) { totalCount } }""");
        var throughUnits = await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { in: ["乙区"] } }, year: { eq: 2024 } }) { totalCount } }""");
        Assert.Equal(throughUnits.GetRawText(), counted.GetRawText());
        Assert.True(counted.GetProperty("indicators").GetProperty("totalCount").GetInt32() > 3);
    }

    [Fact]
    public async Task Without_a_count_a_unit_filter_with_a_term_no_index_holds_after_the_key_is_read_through_the_units_keys()
    {
        // The weight has an index of its own, none after UnitId: the count's aggregate would read that index whole.
        // The page over the listed keys, as for the unit alone — and, as no weight is null for more indicators (the
        // 3,400 SYNTHETIC ones, kept counts) than 乙区's units have (2,200, their budgets' kept counts), the weight is
        // read so that SQLite does not start from its index (IndexHints.Unindexed).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "乙区" } }, weight: { eq: null } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.Contains("FROM \"ValueCounts\"", commands[0], StringComparison.Ordinal);
        Assert.Contains("SUM(\"b\".\"IndicatorRows\")", commands[1], StringComparison.Ordinal);
        Assert.Contains("\"i0\".\"UnitId\" IN (", commands[2], StringComparison.Ordinal);
        Assert.True(commands[2].Contains("ifnull(\"i0\".\"Weight\", NULL) IS NULL", StringComparison.Ordinal), commands[2]);
        Assert.DoesNotContain("FirstKey", commands[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cards_common_flag_beside_a_unit_filter_is_read_without_its_index_when_it_keeps_more_rows_than_the_units()
    {
        // Projects weigh the term against UnitRowsEstimate (no kept counts per unit): 乙区's 1,100 units × the cards per
        // unit (the kept row count over the units' highest key: 2) = 2,200, fewer than the cards without a core indicator
        // (every SYNTHETIC one), so the flag is read without its index (ScatteredWideRowCost). (The district as an `in`:
        // its eq beside the flag is the card's own, tested in IX_Projects_DistrictName_Categories.)
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { in: ["乙区"] } }, hasCoreIndicator: { eq: false } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(2201, page.GetProperty("totalCount").GetInt32());  // the last budget's second card too
        Assert.Equal(["SYNTHETIC 项目 2023 600", "SYNTHETIC 项目 2023 601", "SYNTHETIC 项目 2023 602"], Names(page));
        Assert.Contains(Fixture.Sql.Commands, c => System.Text.RegularExpressions.Regex.IsMatch(c, "ifnull\\(\"p0?\"\\.\"HasCoreIndicator\", NULL\\)"));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"RowCounts\"", StringComparison.Ordinal));
        // Counted on the cards' kept combinations, the district's `in` beside the flag (FilterSpec.CountedCombinations).
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ProjectFacetCounts\"", StringComparison.Ordinal));

        // Both districts' cards (3,401) beside 一般性项目: one read per district, in its range of the cards' district index
        // (the category tested there), each district's count the cards' kept combinations' (ValuesUnion, FacetCounts.Projects):
        // no unit read.
        Fixture.Sql.Clear();
        page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { in: ["甲区", "乙区"] } }, category: { eq: "一般性项目" } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(1700 + 600, page.GetProperty("totalCount").GetInt32());  // every card of 2023, 甲区's of 2024
        Assert.Equal(["SYNTHETIC 项目 2023 0", "SYNTHETIC 项目 2023 1", "SYNTHETIC 项目 2023 2"], Names(page));
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("FROM \"ProjectFacetCounts\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_a_unit_filter_with_a_rare_value_beside_it_keeps_that_values_index()
    {
        // No indicator weighs 5 (kept counts: none, fewer than Paging.FewMatches): its index finds that at once, so it is
        // not hidden, and the units' rows are not counted.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "乙区" } }, weight: { eq: 5 } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Empty(page.GetProperty("nodes").EnumerateArray());
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("FROM \"ValueCounts\"", commands[0], StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("ifnull(", StringComparison.Ordinal) || c.Contains("IndicatorRows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_count_and_a_term_no_index_holds_after_the_key_a_page_past_the_near_keys_is_read_on_by_key()
    {
        // The weight's own index, none after UnitId: SQLite would read the listed keys' page from it. Past the keys near
        // the first (two of the four), the page is read by key on from the first, as the join's was, when a rare value
        // keeps its index (weight 5: none); here the null weight (3,400 rows) is hidden from SQLite for the two units'
        // four (IndexHints.Unindexed), and the page is read over the listed keys.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, weight: { eq: null } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 0 1", "SYNTHETIC 指标 0 2", "SYNTHETIC 指标 1699 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 5, string.Join("\n---\n", commands));
        Assert.Contains("FROM \"ValueCounts\"", commands[0], StringComparison.Ordinal);
        Assert.Contains("SUM(\"b\".\"IndicatorRows\")", commands[1], StringComparison.Ordinal);
        Assert.Contains("FirstKey", commands[2], StringComparison.Ordinal);
        Assert.Matches("""AND "i"."Id" >= @first AND "i"."Id" < @end""", commands[3]);
        Assert.Contains("\"i0\".\"UnitId\" IN (", commands[4], StringComparison.Ordinal);
        Assert.All(commands.Skip(2).Take(2), c => Assert.Contains("ifnull(\"i\".\"Weight\", NULL) IS NULL", c, StringComparison.Ordinal));
        // The listed keys' window read first, then its rows by key (KeyOrderPage.ReadKeysFirstAsync).
        Assert.Contains("ifnull(\"i0\".\"Weight\", NULL) IS NULL", commands[4], StringComparison.Ordinal);
        Assert.Contains("WHERE \"i\".\"Id\" IN (", commands[4], StringComparison.Ordinal);

        // A rare value keeps its index, and past the near keys the page is read on by key from the first.
        Fixture.Sql.Clear();
        page = (await Fixture.DataAsync("""{ indicators(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, weight: { eq: 5 } }, first: 3) { totalCount nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("ifnull(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_a_unit_filter_with_a_year_far_apart_falls_back_to_the_units_keys()
    {
        // The first and the last SYNTHETIC unit's indicators of 2024: two near the first key, two 3,398 keys on.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, year: { eq: 2024 } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 0 1", "SYNTHETIC 指标 0 2", "SYNTHETIC 指标 1699 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 4, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[1], StringComparison.Ordinal);
        Assert.Matches("""AND "i"."Id" >= @first AND "i"."Id" < @end""", commands[2]);
        Assert.Contains("\"i0\".\"UnitId\" IN (", commands[3], StringComparison.Ordinal);
        Assert.DoesNotContain(">=", commands[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_a_unit_filter_with_a_year_nothing_matches_reads_no_page_after_the_aggregate()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { in: ["乙区"] } }, year: { eq: 2020 } }, first: 3) { nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(0, page.GetProperty("nodes").GetArrayLength());
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[1], StringComparison.Ordinal);

        // The district's eq beside the year is the card's own (FilterSpec.Lift), and the cards' kept combinations hold
        // both (FacetCounts.Projects): none of 乙区 is of 2020, so no card is read at all.
        Fixture.Sql.Clear();
        page = (await Fixture.DataAsync("""{ projects(where: { unit: { districtName: { eq: "乙区" } }, year: { eq: 2020 } }, first: 3) { nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(0, page.GetProperty("nodes").GetArrayLength());
        commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 3, string.Join("\n---\n", commands));
        Assert.All(commands.Take(2), c => Assert.Contains("FROM \"ValueCounts\"", c, StringComparison.Ordinal));
        Assert.Contains("FROM \"ProjectFacetCounts\"", commands[2], StringComparison.Ordinal);
        Assert.Contains("\"p\".\"DistrictName\" = @", commands[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_the_indicators_of_units_imported_last_are_read_through_the_units_key()
    {
        // The first 128 keys probed (each row's unit looked up by key): none of 乙区's there. Then, with no first key
        // read, the page through the matching units' keys: SQLite seeks each unit's first indicators (the index on UnitId
        // alone holds them in key order) and stops once the page is full.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "乙", ncontains: "甲" } } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"],
            Names(page));
        var commands = Fixture.Sql.Commands;
        Assert.True(commands.Count == 2, string.Join("\n---\n", commands));
        Assert.Contains("EXISTS (", commands[0], StringComparison.Ordinal);
        Assert.Equal(128, Assert.Single(Fixture.Sql.Parameters[0], p => p.Key == "@keys").Value);
        Assert.Contains("\"i0\".\"UnitId\" IN (", commands[1], StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal) || c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_the_indicators_of_a_unit_code_are_read_through_its_units_keys_in_one_command()
    {
        // A nested equality (of a field the indicator does not carry: a district's is read from its own copy, below)
        // lists its units from an index: no probe, the page over their keys. Unit code 5: every seventh unit from the 6th.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { unitCode: { eq: "5" } } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(["SYNTHETIC 指标 5 1", "SYNTHETIC 指标 5 2", "SYNTHETIC 指标 12 1"],
            Names(page));
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains("\"i0\".\"UnitId\" IN (", command, StringComparison.Ordinal);
        Assert.DoesNotContain("EXISTS", command, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", command, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators", """["SYNTHETIC 指标 600 1", "SYNTHETIC 指标 600 2", "SYNTHETIC 指标 601 1"]""", 2200)]
    [InlineData("projects", """["SYNTHETIC 项目 2023 600", "SYNTHETIC 项目 2023 601", "SYNTHETIC 项目 2023 602"]""", 2201)]
    public async Task The_rows_of_a_district_alone_are_one_range_of_their_own_copy_of_it(string connection, string first, int count)
    {
        // The district each row carries (FilterSpec.Lift): the page is the first entries of its index, in key order —
        // the rows the units' keys give (above) — in one command, and the count is the kept value counts' (乙区: 2,200
        // indicators of 2024; 1,100 cards a year and the far card of the last unit).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "乙区" } } }, first: 3) { nodes { name } } }"""))
            .GetProperty(connection);
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<string[]>(first), Names(page));
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains(".\"DistrictName\" = @", command, StringComparison.Ordinal);
        Assert.DoesNotContain("UnitId", command, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", command, StringComparison.Ordinal);

        Fixture.Sql.Clear();
        var counted = (await Fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "乙区" } } }, first: 3) { totalCount } }"""))
            .GetProperty(connection);
        Assert.Equal(count, counted.GetProperty("totalCount").GetInt32());
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_indicators_of_units_among_the_first_keys_are_read_there()
    {
        // SeedData's indicators come first, and every unit's district contains 区: the probe holds the page.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "区", ncontains: "丙" } } }, first: 3) { nodes { name } } }""")).GetProperty("indicators");
        Assert.Equal(3, page.GetProperty("nodes").GetArrayLength());
        Assert.Contains("EXISTS (", Assert.Single(Fixture.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_alone_through_a_unit_and_another_term_is_counted_through_the_units_key()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "乙", ncontains: "甲" } }, year: { eq: 2024 } }) { totalCount } }""")).GetProperty("indicators");
        Assert.Equal(2200, page.GetProperty("totalCount").GetInt32());
        var command = Assert.Single(Fixture.Sql.Commands);
        Assert.Contains("COUNT(*)", command, StringComparison.Ordinal);
        Assert.Contains("\"i\".\"UnitId\" IN (", command, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_a_lookup_through_a_unit_is_read_in_one_command()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { unit: { slug: { in: ["synthetic-1650"] } } }) { nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(2, page.GetProperty("nodes").GetArrayLength());
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("MAX(", StringComparison.Ordinal) || c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_matches_on_the_kept_counts_of_a_contains_are_read_in_key_order()
    {
        // 1,100 projects of category SYNTHETIC 专项, counted on the values: a contains has no index range, so its first
        // key is not sought (it would test every entry of the category's index); the page is the sorted query's.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { category: { contains: "专项" } }, first: 2) { totalCount nodes { name } } }""")).GetProperty("projects");
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 项目 2024 600", "SYNTHETIC 项目 2024 601"], Names(page));
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.Contains("FROM \"ValueCounts\"", Fixture.Sql.Commands[0], StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", Fixture.Sql.Commands[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ slug: { in: ["synthetic-1600", "synthetic-1650"] } }""")]
    [InlineData("""{ slug: { eq: "synthetic-1600" } }""")]
    public async Task Without_a_count_a_lookup_of_one_fields_values_is_read_in_one_command(string where)
    {
        // Its index finds the few matches: no first key read.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($"{{ units(where: {where}, first: 2) {{ nodes {{ slug }} }} }}")).GetProperty("units");
        Assert.Equal("synthetic-1600", Slugs(page)[0]);
        Assert.DoesNotContain("MIN(", Assert.Single(Fixture.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_budgets_of_one_unit_found_through_the_unit_are_read_in_one_command()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ budgets(where: { unit: { slug: { eq: "synthetic-1650" } } }) { nodes { year } } }""")).GetProperty("budgets");
        Assert.Equal([2023, 2024], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("year").GetInt32()));
        Assert.DoesNotContain("MIN(", Assert.Single(Fixture.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_budgets_of_units_far_apart_with_a_year_are_read_through_the_units_keys()
    {
        // The first SYNTHETIC unit's budget of 2024 and the last one's, 1,699 keys apart, after every budget of 2023: not
        // among the first 128 keys, so the count's aggregate reads the first key (one range of the unit-and-year index per
        // unit), the page is looked for near it, then read over the units' keys — never through the join in key order,
        // which tested every budget (74 ms at 50,005 disclosures).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ budgets(where: { unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, year: { eq: 2024 } }, first: 3) { nodes { year unit { slug } } } }""")).GetProperty("budgets");
        Assert.Equal(["synthetic-0000", "synthetic-1699"],
            UnitSlugs(page));
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(2024, n.GetProperty("year").GetInt32()));
        var commands = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Budgets\"", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count == 4, string.Join("\n---\n", commands));
        Assert.Contains("FirstKey", commands[1], StringComparison.Ordinal);
        Assert.Matches("""AND "b"."Id" >= @first AND "b"."Id" < @end""", commands[2]);
        Assert.Contains("\"b0\".\"UnitId\" IN (", commands[3], StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("JOIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_count_the_kept_counts_still_tell_that_nothing_matches()
    {
        // Counted on the values: none, so no page is read (no probe of the first keys, no aggregate over the index).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ projects(where: { category: { contains: "不存在" } }, first: 2) { nodes { name } } }""")).GetProperty("projects");
        Assert.Empty(page.GetProperty("nodes").EnumerateArray());
        Assert.Contains("FROM \"ValueCounts\"", Assert.Single(Fixture.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_count_few_matches_on_the_kept_counts_are_read_through_their_ids()
    {
        // 600 budgets with a procurement under 100 万元 (the 甲区 units' of 2024): the bands count them, then the page
        // lists their ids, as with totalCount.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ budgets(where: { procurementTotal: { lt: 100 } }, first: 2) { nodes { year unit { slug } } } }""")).GetProperty("budgets");
        Assert.Equal(["synthetic-0000", "synthetic-0001"],
            UnitSlugs(page));
        var commands = Fixture.Sql.Commands.Where(c => !c.Contains("FROM \"Units\"", StringComparison.Ordinal)).ToList();
        Assert.Contains(commands, c => c.Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("\"b\".\"Id\" IN (", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("MIN(", StringComparison.Ordinal));
    }

    public static TheoryData<string> ProjectFilters => new()
    {
        """{ category: { in: ["SYNTHETIC 专项"] } }""", """{ category: { contains: "专项" } }""", """{ category: { neq: "一般性项目" } }""",
        """{ category: { in: ["一般性项目"] } }""", """{ year: { in: [2024] } }""", """{ category: { startsWith: "SYNTHETIC" } }""",
        // Through the unit's key and the budget's (counted through them, paged through the join).
        """{ unit: { districtName: { contains: "乙" } } }""", """{ unit: { slug: { contains: "synthetic-16" } } }""",
        """{ unit: { districtName: { neq: "甲区" } } }""", """{ budget: { procurementTotal: { gte: 1000 } } }""",
        """{ unit: { districtName: { contains: "乙" } }, year: { eq: 2024 } }""",
        // Matches far apart after the first key (the first and the last SYNTHETIC unit's cards), with a year.
        """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } } }""",
        """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, year: { eq: 2024 } }""",
        """{ unit: { districtName: { eq: "乙区" } }, year: { in: [2023, 2024] } }""",
    };

    [Theory]
    [MemberData(nameof(ProjectFilters))]
    public Task Every_page_of_projects_counted_on_the_values_with_or_without_a_count_holds_the_matches_in_key_order(string where) =>
        PagesAreTheKeyOrderAsync("projects", where, "name");

    public static TheoryData<string> IndicatorFilters => new()
    {
        // Through the unit's key, indexed alone: counted and paged through it.
        """{ unit: { districtName: { contains: "乙" } } }""", """{ unit: { districtName: { eq: "乙区" } } }""",
        """{ unit: { districtName: { neq: "甲区" } } }""", """{ unit: { districtName: { contains: "区" } } }""",
        """{ unit: { slug: { in: ["nanping", "synthetic-1650"] } } }""", """{ unit: { districtName: { contains: "乙" } }, year: { eq: 2024 } }""",
        """{ unit: { or: [{ slug: { eq: "nanping" } }, { districtName: { eq: "乙区" } }] } }""", """{ unit: { districtName: { contains: "不存在" } } }""",
        // With a year: the first key read by the count's aggregate even without a count.
        """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, year: { eq: 2024 } }""", """{ unit: { districtName: { eq: "乙区" } }, year: { eq: 2024 } }""",
        """{ unit: { districtName: { eq: "乙区" } }, year: { eq: 2020 } }""", """{ unit: { districtName: { eq: "乙区" } }, weight: { eq: null } }""",
        """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, weight: { eq: null } }""",
    };

    [Theory]
    [MemberData(nameof(IndicatorFilters))]
    public Task Every_page_of_indicators_through_the_units_key_with_or_without_a_count_holds_the_matches_in_key_order(string where) =>
        PagesAreTheKeyOrderAsync("indicators", where, "name");

    public static TheoryData<string> Filters => new()
    {
        """{ districtName: { contains: "乙" } }""", """{ districtName: { contains: "区" } }""", """{ districtName: { neq: "甲区" } }""",
        """{ districtName: { startsWith: "乙" } }""", """{ slug: { contains: "synthetic-1" } }""", """{ unitCode: { in: ["3", "5"] } }""",
        """{ or: [{ districtName: { eq: "乙区" } }, { slug: { eq: "nanping" } }] }""", """{ unitCode: { eq: null } }""",
        """{ districtName: { contains: "不存在" } }""",
        // One match among the first 1,024 keys and one far beyond: the probe's row is not the whole page (the lookup is
        // read as the sorted query reads it without a count; the `or` is probed).
        """{ slug: { in: ["synthetic-0001", "synthetic-1699"] } }""",
        """{ or: [{ slug: { eq: "synthetic-0001" } }, { slug: { eq: "synthetic-1699" } }] }""",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public Task Every_page_of_units_with_or_without_a_count_holds_the_matches_in_key_order(string where) => PagesAreTheKeyOrderAsync("units", where, "slug");

    public static TheoryData<string> BudgetFilters => new()
    {
        """{ procurementTotal: { gte: 1000 } }""", """{ procurementTotal: { gte: 0 } }""", """{ procurementTotal: { in: [0, 1200] } }""",
        """{ procurementTotal: { gt: 1199.999999, lte: 1200 } }""", """{ year: { eq: 2024 }, procurementTotal: { gte: 1000 } }""",
        """{ year: { in: [2024] } }""", """{ procurementTotal: { neq: 0 } }""", """{ procurementTotal: { gte: 100000 } }""",
        """{ procurementTotal: { gte: 100 } }""", """{ procurementTotal: { lt: 100 } }""", """{ procurementTotal: { gt: 5000 } }""",
        // SeedData's 954.58 万元 among the first keys, the 1,100 of 1,200 万元 far beyond: the probe's one row is not the page.
        """{ procurementTotal: { in: [954.58, 1200] } }""",
        """{ unit: { districtName: { contains: "乙" } } }""", """{ unit: { slug: { contains: "synthetic-16" } } }""",
        """{ unit: { or: [{ slug: { eq: "nanping" } }, { districtName: { eq: "乙区" } }] } }""",
        // Through the unit's key (IX_Budgets_UnitId): a district, units far apart, with a year (the unique unit-and-year
        // index holds it after the key), nothing of that year, and a term no index holds after the key.
        """{ unit: { districtName: { eq: "乙区" } } }""", """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } } }""",
        """{ unit: { slug: { in: ["synthetic-0000", "synthetic-1699"] } }, year: { eq: 2024 } }""",
        """{ unit: { districtName: { eq: "乙区" } }, year: { eq: 2024 } }""", """{ unit: { districtName: { eq: "乙区" } }, year: { eq: 2020 } }""",
        """{ unit: { districtName: { neq: "甲区" } }, procurementTotal: { gte: 1000 } }""",
    };

    [Theory]
    [MemberData(nameof(BudgetFilters))]
    public Task Every_page_of_budgets_counted_on_the_bands_with_or_without_a_count_holds_the_matches_in_key_order(string where) =>
        PagesAreTheKeyOrderAsync("budgets", where, "year");

    // Every match read under an explicit order (the sorted query's own read, no first key, no probe), put in key order by
    // its id: the expected key order. Against it, pages of 500 in key order with cursors — with totalCount (the count
    // finds the first key, or the kept counts tell how many) and without (the first keys probed, then the first match's
    // key read) — and from the end with `last` (counts first).
    private async Task PagesAreTheKeyOrderAsync(string connection, string where, string sortField)
    {
        static string[] Ids(JsonElement page) => page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray();
        static int Key(string id) => int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var expected = Ids((await Fixture.DataAsync($"{{ {connection}(where: {where}, order: [{{ {sortField}: ASC }}], first: 5000) {{ nodes {{ id }} }} }}")).GetProperty(connection))
            .OrderBy(Key).ToArray();
        foreach (var counted in new[] { true, false })
        {
            var paged = new List<string>();
            string? cursor = null;
            while (true)
            {
                var after = cursor is null ? "" : $", after: \"{cursor}\"";
                var page = (await Fixture.DataAsync($"{{ {connection}(where: {where}, first: 500{after}) {{ {(counted ? "totalCount" : "")} nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}")).GetProperty(connection);
                if (counted) Assert.Equal(expected.Length, page.GetProperty("totalCount").GetInt32());
                paged.AddRange(Ids(page));
                if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
                cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            }
            Assert.Equal(expected, paged);
        }
        foreach (var size in new[] { 1, 3 })
        {
            var last = Ids((await Fixture.DataAsync($"{{ {connection}(where: {where}, last: {size}) {{ nodes {{ id }} }} }}")).GetProperty(connection));
            Assert.Equal(expected.TakeLast(size), last);
        }
    }
}
