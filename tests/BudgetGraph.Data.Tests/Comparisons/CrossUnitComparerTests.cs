using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Comparisons;

public class CrossUnitComparerTests(SeedsWithSyntheticPriorYearDatabase fixture) : IClassFixture<SeedsWithSyntheticPriorYearDatabase>
{
    [Fact]
    public async Task Compare_lines_up_one_subject_across_units_with_share_and_rank()
    {
        await using var db = fixture.CreateContext();
        var rows = await CrossUnitComparer.CompareAsync(db, new ComparisonRequest(["201"], null, null, null));

        // 一般公共服务支出 in 表二 of every full disclosure (and the synthetic 2023 one).
        Assert.Equal(["chaoyang 2023", "nanping 2023", "nanping 2024", "jiangbeicheng 2025"],
            rows.OrderBy(r => r.Year).ThenBy(r => r.UnitSlug).Select(r => $"{r.UnitSlug} {r.Year}"));
        var nanping = rows.Single(r => r is { UnitSlug: "nanping", Year: 2024 });
        Assert.Equal(2085.02m, FixedPoint.FromStored(nanping.Total));
        Assert.Equal(42.98m, nanping.ShareOfUnitExpenditure); // 2,085.02 / 4,851.31
        Assert.Equal(1, nanping.Rank);
        // In 2023 Nanping (2,300.00, synthetic) ranks above Chaoyang (867.69).
        Assert.Equal(2, rows.Single(r => r is { UnitSlug: "chaoyang", Year: 2023 }).Rank);
        Assert.Equal(867.69m, FixedPoint.FromStored(rows.Single(r => r is { UnitSlug: "chaoyang" }).Total));
    }

    [Fact]
    public async Task Pages_chosen_without_ranks_and_ranked_afterwards_equal_the_window_ranks_with_and_without_top()
    {
        await using var db = fixture.CreateContext();
        ComparisonRequest[] requests =
        [
            new(["201"], null, null, null),
            new(["201", "208", "212"], null, null, SubjectLevel.Category),
            new(null, null, null, null),
            new(null, ["nanping", "chaoyang"], null, null),
            new(["201", "20101"], null, [2023], null),
            new(null, ["nanping", "jiangbeicheng"], [2024, 2025], SubjectLevel.Section, FunctionalTableKind.DepartmentExpenditure),
            // Codes and level named, every unit: SQLite's thresholds by index seeks. 213 has a missing total in 2025
            // (jiangbeicheng-2025.txt), so does 2080208: a missing total is a 0 among the distinct values.
            new(["213", "208", "201"], null, null, SubjectLevel.Category),
            new(["2080208", "2080805", "2082850", "2100799", "2130302"], null, [2024, 2025], SubjectLevel.Item),
        ];
        foreach (var request in requests.SelectMany(r => new[] { r, r with { Top = 1 }, r with { Top = 2 }, r with { Top = 3 } }))
        {
            var expected = (await CrossUnitComparer.CompareAsync(db, request)).OrderBy(r => r.LineId).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Count, await CrossUnitComparer.CountAsync(db, request));
            foreach (var columns in Enum.GetValues<ComparisonPageColumns>())
            {
                var page = await CrossUnitComparer.UnrankedQuery(db, request, columns).OrderBy(r => r.LineId).ToListAsync();
                var actual = await CrossUnitComparer.RowsWithRanksAsync(db, request, page);
                Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            }
        }
        // 201: Nanping 2023 (2,300.00, synthetic) above Chaoyang 2023 (867.69); overall 2,300.00 > 2,085.02 (Nanping 2024)
        // > 1,570.09 (Jiangbeicheng 2025) > 867.69.
        var ranked = await CrossUnitComparer.RowsWithRanksAsync(db, requests[0],
            await CrossUnitComparer.InDefaultOrder(CrossUnitComparer.UnrankedQuery(db, requests[0], ComparisonPageColumns.IndexAndUnit)).ToListAsync());
        Assert.Equal((2, 4), ranked.Where(r => r is { UnitSlug: "chaoyang", Year: 2023 }).Select(r => (r.Rank, r.OverallRank)).Single());
        Assert.Equal((1, 2), ranked.Where(r => r is { UnitSlug: "nanping", Year: 2024 }).Select(r => (r.Rank, r.OverallRank)).Single());
    }

    [Fact]
    public async Task A_default_order_page_walked_by_unit_slug_equals_the_sorted_page()
    {
        await using var db = fixture.CreateContext();
        ComparisonRequest[] requests =
        [
            new(["201", "208"], null, null, SubjectLevel.Category),
            // Codes out of order and a missing total (213 in jiangbeicheng-2025.txt); a subject some years lack.
            new(["213", "208", "201"], null, null, SubjectLevel.Category),
            new(["2080208", "2080805", "2082850", "2100799", "2130302"], null, [2024, 2025], SubjectLevel.Item),
            new(["20101", "212"], null, [2023], SubjectLevel.Item, FunctionalTableKind.DepartmentExpenditure),
        ];
        (int Skip, int Take)[] windows = [(0, 1), (0, 2), (0, 4), (1, 2), (2, 2), (1, 3), (3, 1), (0, 11)];
        var units = await db.Units.CountAsync();
        var walked = 0;
        foreach (var request in requests)
        {
            var all = await CrossUnitComparer.InDefaultOrder(
                CrossUnitComparer.UnrankedQuery(db, request, ComparisonPageColumns.IndexAndUnit)).ToListAsync();
            foreach (var (skip, take) in windows)
            {
                var expected = all.Skip(skip).Take(take).Select(Describe).ToList();
                // Five units: a walk's bound is within them only for one unit per row wanted and pages ending before the
                // fifth row (then most codes and years walk, the others are found sparse); 0 units per row: every code
                // and year is found sparse and sorted.
                foreach (var unitsPerRow in new[] { 1, 0 })
                {
                    var page = await CrossUnitComparer.DefaultOrderPageAsync(db, request, skip, take, default, unitsPerRow);
                    if ((skip + take) * unitsPerRow >= units)
                    {
                        Assert.Null(page); // fewer units than the walk's bound: sorted by the caller
                        continue;
                    }
                    Assert.NotNull(page);
                    Assert.Equal(expected, page.Select(Describe));
                    walked++;
                }
            }
        }
        Assert.True(walked >= 40, $"{walked} pages walked");
        // Typed from the disclosures: 201 in 2023 is Chaoyang's 867.69 before Nanping's synthetic 2,300.00 (slug order).
        var first = await CrossUnitComparer.DefaultOrderPageAsync(db, requests[0], 0, 2, default, unitsPerRow: 1);
        Assert.Equal([("chaoyang", 2023, 867.69m), ("nanping", 2023, 2300.00m)],
            first!.Select(r => (r.UnitSlug, r.Year, FixedPoint.FromStored(r.Total!.Value))));
    }

    [Fact]
    public async Task A_default_order_page_is_not_walked_where_the_walk_does_not_apply()
    {
        await using var db = fixture.CreateContext();
        var request = new ComparisonRequest(["201"], null, null, SubjectLevel.Category);
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request with { SubjectCodes = null }, 0, 10));
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request with { Level = null }, 0, 10));
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request with { UnitSlugs = ["nanping"] }, 0, 10));
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request with { Top = 1 }, 0, 10));
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request, CrossUnitComparer.MaxWalkedPageEnd - 9, 10));
        Assert.Null(await CrossUnitComparer.DefaultOrderPageAsync(db, request, 0, 10)); // five units: fewer than a walk's bound
        Assert.NotNull(await CrossUnitComparer.DefaultOrderPageAsync(db, request, 0, 4, default, unitsPerRow: 1));
    }

    private static string Describe(ComparisonRow r) =>
        $"{r.LineId} {r.BudgetId} {r.UnitId} {r.UnitSlug} {r.UnitShortName} {r.Year} {r.Code} {r.Name} {r.LevelName} {r.Total} " +
        $"{r.Basic} {r.Project} {r.UnitExpenditure} {r.SourceLine} {r.ShareKey} rank {r.Rank} overall {r.OverallRank}";

    [Fact]
    public async Task Compare_filters_by_unit_year_and_level()
    {
        await using var db = fixture.CreateContext();
        var rows = await CrossUnitComparer.CompareAsync(db,
            new ComparisonRequest(null, ["jiangbeicheng"], [2025], SubjectLevel.Category));

        Assert.All(rows, r => Assert.Equal(SubjectLevel.Category, r.Level));
        Assert.Equal(1570.09m, FixedPoint.FromStored(rows.Single(r => r.Code == "201").Total));
        Assert.Equal(1248.18m, FixedPoint.FromStored(rows.Single(r => r.Code == "212").Total));
    }

    [Fact]
    public async Task Aggregate_sums_category_lines_by_year_in_sql()
    {
        await using var db = fixture.CreateContext();
        var rows = await ExpenditureAggregator.AggregateAsync(db, db.Budgets, AggregateDimension.Year, SubjectLevel.Category);

        // Nanping 2024's seven 类 rows add up to 4,851.30 — one cent short of its printed 合计 4,851.31; the
        // aggregate sums what the rows say and does not "fix" it.
        var year2024 = rows.Single(r => r.Key == "2024");
        Assert.Equal(4851.30m, FixedPoint.FromStored(year2024.Sum));
        Assert.Equal(7, year2024.Count);
        Assert.Equal(67.62m, FixedPoint.FromStored(year2024.Min));
        Assert.Equal(2085.02m, FixedPoint.FromStored(year2024.Max));
    }

    [Fact]
    public async Task Aggregate_honours_a_budget_filter_and_groups_by_subject()
    {
        await using var db = fixture.CreateContext();
        var rows = await ExpenditureAggregator.AggregateAsync(db, db.Budgets.Where(b => b.FiscalYear >= 2024),
            AggregateDimension.Subject, SubjectLevel.Category);

        var generalPublicServices = rows.Single(r => r.Key == "201");
        Assert.Equal(2085.02m + 1570.09m, FixedPoint.FromStored(generalPublicServices.Sum));
        Assert.Equal(2, generalPublicServices.Count);
        Assert.Equal("一般公共服务支出", generalPublicServices.Label);
    }

    [Fact]
    public async Task The_count_without_ranks_equals_the_rows_of_the_compare_query()
    {
        await using var db = fixture.CreateContext();
        var requests = new[]
        {
            new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category),
            new ComparisonRequest(null, ["nanping", "chaoyang"], [2023, 2024], null),
            new ComparisonRequest(["201", "201"], ["nanping"], null, SubjectLevel.Category),
            new ComparisonRequest(null, null, null, SubjectLevel.Item, FunctionalTableKind.DepartmentExpenditure),
        };
        foreach (var request in requests)
            Assert.Equal((await CrossUnitComparer.CompareAsync(db, request)).Count, await CrossUnitComparer.CountWithoutTopAsync(db, request));
        Assert.Equal(4, await CrossUnitComparer.CountWithoutTopAsync(db, requests[0] with { Level = SubjectLevel.Category, SubjectCodes = ["201"] }));
    }

    [Fact]
    public async Task The_count_with_top_ranks_only_within_subject_and_year_and_equals_the_rows_of_the_compare_query()
    {
        await using var db = fixture.CreateContext();
        var requests = new[]
        {
            new ComparisonRequest(["201"], null, null, SubjectLevel.Category, Top: 1),
            new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category, Top: 3),
            new ComparisonRequest(null, ["nanping", "chaoyang"], [2023, 2024], null, Top: 2),
            new ComparisonRequest(null, null, null, SubjectLevel.Item, FunctionalTableKind.DepartmentExpenditure, Top: 1),
        };
        foreach (var request in requests)
            Assert.Equal((await CrossUnitComparer.CompareAsync(db, request)).Count, await CrossUnitComparer.CountAsync(db, request));
        // 201 (一般公共服务支出) in 表二, the largest per year: one each for 2023 (chaoyang), 2024 and 2025 (jiangbeicheng).
        Assert.Equal(3, await CrossUnitComparer.CountAsync(db, requests[0]));
        // Without top it is the count on the index.
        Assert.Equal(4, await CrossUnitComparer.CountAsync(db, requests[0] with { Top = null }));
    }

    [Fact]
    public async Task The_matching_indicators_are_as_many_as_the_lined_up_rows()
    {
        await using var db = fixture.CreateContext();
        Assert.Equal((await IndicatorComparer.CompareAsync(db, "满意", null, null)).Count,
            await IndicatorComparer.Matching(db, "满意", null, null).CountAsync());
        Assert.Equal((await IndicatorComparer.CompareAsync(db, "满意", ["nanping"], [2024])).Count,
            await IndicatorComparer.Matching(db, "满意", ["nanping"], [2024]).CountAsync());
    }

    [Theory]
    [InlineData(AggregateDimension.Subject)]
    [InlineData(AggregateDimension.District)]
    [InlineData(AggregateDimension.Year)]
    [InlineData(AggregateDimension.Unit)]
    public async Task Aggregate_over_every_budget_reads_the_index_alone_and_gives_the_same_groups(AggregateDimension by)
    {
        await using var db = fixture.CreateContext();
        foreach (var level in new[] { SubjectLevel.Category, SubjectLevel.Section, SubjectLevel.Item })
        {
            var unfiltered = await ExpenditureAggregator.AggregateAsync(db, null, by, level);
            var everyBudget = await ExpenditureAggregator.AggregateAsync(db, db.Budgets.Where(b => b.Id > 0), by, level);
            Assert.NotEmpty(unfiltered);
            Assert.Equal(everyBudget, unfiltered);
        }
        // The grouped figures are those of the lines themselves (sum of sums, least minimum, greatest maximum).
        var lines = db.ExpenditureLines.Where(l => l.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && l.Level == SubjectLevel.Category);
        var all = await ExpenditureAggregator.AggregateAsync(db, null, by, SubjectLevel.Category);
        Assert.Equal(lines.Sum(l => l.Total ?? 0), all.Sum(r => r.Sum));
        Assert.Equal(lines.Count(), all.Sum(r => r.Count));
        Assert.Equal(lines.Min(l => l.Total), all.Min(r => r.Min));
        Assert.Equal(lines.Max(l => l.Total), all.Max(r => r.Max));
    }

    [Fact]
    public async Task Satisfaction_indicators_line_up_across_units()
    {
        await using var db = fixture.CreateContext();
        var rows = await IndicatorComparer.CompareAsync(db, "满意", null, null);

        Assert.Contains(rows, r => r is { UnitSlug: "nanping", ProjectName: null, Name: "居民满意率", Operator: "≥" }
                                   && r.NumericTarget == FixedPoint.ToStored(90m));
        Assert.Contains(rows, r => r is { UnitSlug: "chaoyang", Name: "辖区群众满意度" } && r.NumericTarget == FixedPoint.ToStored(85m));
        Assert.True(rows.Select(r => r.UnitSlug).Distinct().Count() >= 4);
        Assert.All(rows, r => Assert.Contains("满意", r.Name));
    }
}
