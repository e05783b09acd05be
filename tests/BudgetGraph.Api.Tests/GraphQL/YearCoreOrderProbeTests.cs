using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData, and three SYNTHETIC years of their own: one unit, a card a year; 2026 and 2027 of 3,200 indicators, the first
/// 1,600 (by key) core, 2028 of 400, the first 200 core. In 2026 and 2028 the core ones' targets are the largest (1,000
/// up), the others' 1 up; in 2027 the other way round. No row of SeedData is of these years.
/// </summary>
public sealed class YearCoreOrderFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        var unit = new Unit { Slug = "synthetic-core", OfficialName = "SYNTHETIC 单位", ShortName = "SYNTHETIC", DistrictName = "甲区" };
        foreach (var (year, count) in new[] { (2026, 3200), (2027, 3200), (2028, 400) })
        {
            var budget = new Budget
            {
                Unit = unit, FiscalYear = year, DistrictName = unit.DistrictName,
                SourceDocument = new SourceDocument
                {
                    FileName = $"SYNTHETIC-{year}.txt", Sha256 = new string((char)('0' + year % 10), 64), EncodingName = "utf-8", LineCount = 1,
                    ImportedAt = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero),
                },
            };
            db.Budgets.Add(budget);
            db.SaveChanges();
            var project = new Project
            {
                Budget = budget, UnitId = unit.Id, FiscalYear = year, DistrictName = unit.DistrictName, Ordinal = 1, Name = $"SYNTHETIC 项目 {year}",
                SourceLine = 1, HasCoreIndicator = true,
                Table = new DisclosedTable { Budget = budget, Kind = BudgetGraph.Parsing.Model.TableKind.ProjectPerformance, Title = "项目绩效目标表", StartLine = 1, EndLine = 1 },
            };
            db.Projects.Add(project);
            db.SaveChanges();
            // 2026 and 2028: the core ones the largest targets; 2027: the smallest.
            var core = count / 2;
            decimal Target(int i, bool isCore) => isCore == (year != 2027) ? 1000m + (i % core) : 1m + (i % core);
            db.Indicators.AddRange(Enumerable.Range(0, count).Select(i => new Indicator
            {
                BudgetId = budget.Id, Project = project, UnitId = unit.Id, FiscalYear = year, DistrictName = unit.DistrictName, Ordinal = i + 1,
                Name = $"SYNTHETIC 指标 {year} {i}", SourceLine = 1, IsCore = i < core, NumericTarget = FixedPoint.ToStored(Target(i, i < core)),
            }));
            db.SaveChanges();
        }
        // Written past the importer, which keeps the value and combination counts: counted again, as a bulk load does.
        SeedData.CountAgain(db);
    }
}

/// <summary>
/// A year and a core mark (<c>FilterSpec.IndexedTogether</c>) in an order the year's indexes hold (by target:
/// IX_Indicators_FiscalYear_NumericTarget and its descending twin, <c>FilterSpec.SortedWithinEach</c>), no more than half
/// of the year's rows: the page is first looked for among the year's first rows in that order — at most one in eight of
/// the matches, their rows read by key (<c>OrderProbe</c>, <c>listedFirst</c>) — and, when they hold fewer than a page,
/// the year and mark's range is read and sorted. Issue 8: at 5,005 disclosures 2024's 3,003 core indicators among its
/// 120,120 by target descending: the year's range walked, each row looked up to test the mark, 33 ms; read and sorted, 4.
/// That range carries the target (IX_Indicators_FiscalYear_IsCore_Orders, <c>FilterSpec.RangesCarry</c>), so read and
/// sorted it costs an index entry per match: the probe is tried only where it covers four times the span the page's 21
/// rows read (<c>Paging.MinimumRowsRead</c>) are expected in — 2026's and 2027's 1,600 core of 3,200: 4 × 21 × 2 = 168,
/// no more than 1,600 ÷ 8 = 200 — not 2028's 200 of 400 (4 × 21 × 2 = 168 wanted, 25 allowed).
/// </summary>
public sealed class YearCoreOrderProbeTests(YearCoreOrderFixture fixture) : IClassFixture<YearCoreOrderFixture>
{
    private const string CoreByTargetDescending = """
        query($year: Int!) {
          indicators(where: { year: { eq: $year }, isCore: { eq: true } }, order: [{ numericTarget: DESC }], first: 3) { totalCount nodes { name numericTarget } }
        }
        """;

    [Fact]
    public async Task A_page_among_the_years_first_rows_in_the_order_is_read_there()
    {
        // 1,600 core of 2026's 3,200 (no more than half); the year's first 168 by target descending are core, 2,599 down.
        fixture.Sql.Clear();
        var page = await PageAsync(2026);
        Assert.Equal(1600, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 2026 1599:2599", "SYNTHETIC 指标 2026 1598:2598", "SYNTHETIC 指标 2026 1597:2597"], Nodes(page));
        var read = Assert.Single(Reads());
        Assert.Contains("LIMIT 168", read.Sql, StringComparison.Ordinal);
        // The year's first 168 from its range of the order, their rows by key (the year and mark's index, each key sought).
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=? AND Id=?)\nLIST SUBQUERY 1\n" +
            "  SEARCH i0 USING COVERING INDEX IX_Indicators_FiscalYear_NumericTarget_Desc (FiscalYear=?)\nUSE TEMP B-TREE FOR ORDER BY\n",
            (await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [read])).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_page_not_among_them_is_read_from_the_year_and_marks_range_sorted()
    {
        // In 2027 the year's first 168 by target descending are the other indicators (2,599 down): none core, so the
        // year's core indicators are read from their range and sorted — 1,600, 1,599, 1,598.
        fixture.Sql.Clear();
        var page = await PageAsync(2027);
        Assert.Equal(1600, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 2027 1599:1600", "SYNTHETIC 指标 2027 1598:1599", "SYNTHETIC 指标 2027 1597:1598"], Nodes(page));
        var reads = Reads();
        Assert.True(reads.Count == 2, string.Join("\n---\n", fixture.Sql.Commands));
        Assert.Contains("LIMIT 168", reads[0].Sql, StringComparison.Ordinal);
        Assert.Equal(RangeReadAndSorted, (await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [reads[1]])).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_page_a_probe_could_not_cover_is_read_from_the_range_carrying_the_order()
    {
        // 2028's 200 core of 400: a probe would list 25 (200 ÷ 8) where 168 are wanted, so the range is read at once,
        // though the page lies among the year's first rows in the order (its core indicators have the largest targets):
        // one read, no list of the year's rows.
        fixture.Sql.Clear();
        var page = await PageAsync(2028);
        Assert.Equal(200, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["SYNTHETIC 指标 2028 199:1199", "SYNTHETIC 指标 2028 198:1198", "SYNTHETIC 指标 2028 197:1197"], Nodes(page));
        var read = Assert.Single(Reads());
        Assert.DoesNotContain("SELECT \"i0\".\"Id\"", read.Sql, StringComparison.Ordinal);
        Assert.Equal(RangeReadAndSorted, (await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [read])).ReplaceLineEndings("\n"));
    }

    // The year and mark's range, its entries' targets compared there for the page (the target past its index: ifnull).
    private const string RangeReadAndSorted =
        "SEARCH i USING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=?)\nUSE TEMP B-TREE FOR ORDER BY\n";

    private async Task<JsonElement> PageAsync(int year) =>
        (await fixture.DataAsync(CoreByTargetDescending, $$"""{ "year": {{year}} }""")).GetProperty("indicators");

    private List<(string Sql, IReadOnlyDictionary<string, object?> Parameters)> Reads() =>
        [.. fixture.Sql.Commands.Select((sql, i) => (sql, fixture.Sql.Parameters[i])).Where(c => c.sql.Contains("ORDER BY", StringComparison.Ordinal))];

    private static string[] Nodes(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("numericTarget").GetDecimal()}")];
}
