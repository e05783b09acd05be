using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>The sort keys of <c>compare</c> (run in SQL over the ranked rows).</summary>
public static class ComparisonQuerySpec
{
    public static readonly SortSpec<ComparisonRow> Sort = new SortSpec<ComparisonRow>(r => r.LineId)
        .Field("total", "By total (合计).", r => r.Total)
        .Field("basic", "By basic expenditure (基本支出).", r => r.Basic)
        .Field("project", "By project expenditure (项目支出).", r => r.Project)
        .Field("shareOfUnitExpenditure", "By share of the unit's expenditure (占比).", r => r.ShareKey)
        .Field("rank", "By rank within year and subject (年度内排名).", r => r.Rank)
        .Field("overallRank", "By rank across all compared years (总排名).", r => r.OverallRank)
        .Field("year", "By fiscal year (预算年度).", r => r.Year)
        .Field("code", "By subject code (科目编码).", r => r.Code)
        .Field("unitSlug", "By the unit's slug (单位标识).", r => r.UnitSlug)
        .Field("unitShortName", "By the unit's short name (单位简称).", r => r.UnitShortName);

    /// <summary>The fields an <c>order</c> argument sorts by (e.g. <c>rank</c>, which needs every row's rank).</summary>
    public static IReadOnlySet<string> FieldsOf(object? order) =>
        (order as System.Collections.IEnumerable)?.OfType<IDictionary<string, object?>>().SelectMany(sort => sort.Keys)
            .ToHashSet(StringComparer.Ordinal) ?? [];
}
