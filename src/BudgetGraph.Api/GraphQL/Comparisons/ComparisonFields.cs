using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Parsing.Model;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>The cross-unit entry points of the query type: the comparison matrix, aggregates, indicator line-ups.</summary>
public static class ComparisonFields
{
    /// <summary>The sort fields <see cref="ComparisonPageColumns.Index"/> reads (the default order needs the unit's slug too).</summary>
    private static readonly HashSet<string> IndexKeys = new(StringComparer.Ordinal) { "code", "year", "total" };

    /// <summary>The sort fields <see cref="ComparisonPageColumns.IndexAndUnit"/> reads.</summary>
    private static readonly HashSet<string> IndexAndUnitKeys = new(StringComparer.Ordinal) { "code", "year", "total", "unitSlug", "unitShortName" };

    /// <summary>
    /// Groups per page of <c>expenditureAggregate</c> when <c>first</c> is not given: more than any question over the
    /// seeds has (87 subjects of 表二 at level ITEM), so those answers are whole; a chart takes them in one request.
    /// </summary>
    public const int AggregateDefaultPageSize = 100;

    /// <summary>Most groups one page of <c>expenditureAggregate</c> gives (<c>first</c> above it is error HC0051).</summary>
    public const int AggregateMaxPageSize = 500;

    /// <summary>The page sizes of <c>expenditureAggregate</c> (its rows are small: larger than the connections').</summary>
    private static readonly GraphQLOptions AggregateLimits = new() { DefaultPageSize = AggregateDefaultPageSize, MaxPageSize = AggregateMaxPageSize };

    /// <summary>The <c>order</c> argument of <c>expenditureAggregate</c> as the aggregator's sort keys, in precedence order.</summary>
    private static List<AggregateSort> AggregateOrderOf(object? order) =>
        (order as System.Collections.IEnumerable)?.OfType<IDictionary<string, object?>>()
            .SelectMany(sort => sort)
            .Where(pair => pair.Value is SortDirection)
            .Select(pair => new AggregateSort(pair.Key switch
            {
                "sum" => AggregateSortField.Sum,
                "count" => AggregateSortField.Count,
                _ => AggregateSortField.Key,
            }, (SortDirection)pair.Value! == SortDirection.Descending))
            .ToList() ?? [];

    /// <summary>What the list arguments say when given as <c>[]</c> or omitted (in their descriptions).</summary>
    private const string ListArgumentRule = "omitted or null means all, an empty list [] selects nothing, as `in: []` does";

    /// <summary>
    /// Whether an argument list was given explicitly empty: it selects nothing, as <c>in: []</c> does, so the answer is
    /// empty (omitted or null means all).
    /// </summary>
    private static bool SelectsNothing(params System.Collections.ICollection?[] lists) => lists.Any(list => list is { Count: 0 });

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ComparisonConnectionType>>("compare")
            .Description("Compares units on the same functional subjects (横向比较): one row per unit, year and subject " +
                         "with total, basic, project, share of the unit's expenditure, `rank` (within year and subject) and " +
                         "`overallRank` (within subject, all years). Filter, rank, order and paging run in SQL. Default order: " +
                         "code, year, unit slug. `missing` lists the units in scope that contribute no row, with the reason. " +
                         "For each list, " + ListArgumentRule + "; unknown slugs or codes, and years no unit has a budget for, are a NOT_FOUND error " +
                         "listing them in `extensions.data.unitSlugs` / `subjectCodes` / `years`.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("subjectCodes", "Subject codes (科目编码), e.g. [\"201\", \"212\"]; " + ListArgumentRule + ".")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("unitSlugs", "Units (单位标识), e.g. [\"nanping\"]; " + ListArgumentRule + ".")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years", "Fiscal years (预算年度); " + ListArgumentRule + "; a year no unit has a budget for is a NOT_FOUND error.")
            .Argument<SubjectLevelType>("level", "Only subjects of this level (级次).")
            .Argument<FunctionalTableKindType>("table", "Which table's subjects; default 表二 (一般公共预算财政拨款支出预算表).")
            .Argument<ListGraphType<NonNullGraphType<ComparisonRowSortInputType>>>("order",
                "Sort order (排序), e.g. [{ total: DESC }]; list order is precedence, the line is the last key.")
            .Argument<IntGraphType>("top", "Only the rows whose `rank` is at most this (前N名): the N largest per subject and year; ties may add rows.")
            .Argument<IntGraphType>("first", "Returns the first _n_ rows (前n条); default 10, at most 50 unless configured.")
            .Argument<StringGraphType>("after", "Returns the rows after the specified cursor (游标之后).")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                var top = c.GetArgument<int?>("top");
                if (top < 1) throw new QueryArgumentError(ErrorCodes.NegativePageSize, $"`top` must be at least 1 (it was {top}).");
                var request = new ComparisonRequest(
                    c.GetArgument<List<string>?>("subjectCodes"), c.GetArgument<List<string>?>("unitSlugs"),
                    c.GetArgument<List<int>?>("years"), c.GetArgument<SubjectLevel?>("level"),
                    c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure), top);
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                await UnknownEntityErrors.ThrowIfUnknownAsync(db, request.UnitSlugs, request.SubjectCodes, c.CancellationToken,
                    years: request.Years);
                if (SelectsNothing(request.SubjectCodes as System.Collections.ICollection, request.UnitSlugs as System.Collections.ICollection,
                        request.Years as System.Collections.ICollection))
                    return new CrossUnitConnection<ComparisonRow>(await Paging.EmptyAsync<ComparisonRow>(c, c.Limits()), []);
                var order = c.RawArgument("order");
                // Unless the order is by rank, the page is chosen without ranks (from the lines' index, and the units
                // when the order needs them) and only its rows are read and ranked: the same numbers, without a window
                // over every compared row. An order by rank ranks every row in SQL.
                var orderedBy = ComparisonQuerySpec.FieldsOf(order);
                var ranksPerPage = !orderedBy.Contains("rank") && !orderedBy.Contains("overallRank");
                var columns = orderedBy.IsSubsetOf(IndexKeys) && order is System.Collections.ICollection { Count: > 0 }
                    ? ComparisonPageColumns.Index
                    : orderedBy.IsSubsetOf(IndexAndUnitKeys) ? ComparisonPageColumns.IndexAndUnit : ComparisonPageColumns.Whole;
                var rows = ranksPerPage ? CrossUnitComparer.UnrankedQuery(db, request, columns) : CrossUnitComparer.Query(db, request);
                var ordered = order is System.Collections.ICollection { Count: > 0 };
                var sorted = ordered ? ComparisonQuerySpec.Sort.Apply(rows, order) : CrossUnitComparer.InDefaultOrder(rows);
                // In the default order a page is found by walking the units in slug order where it can (the slug is not
                // on the lines: sorting would read every line of the subjects), else read from the sorted query.
                var page = await Paging.PageAsync(c, sorted, r => r, c.Limits(),
                    ct => CrossUnitComparer.CountAsync(db, request, ct),
                    ranksPerPage ? async (window, query, ct) => await CrossUnitComparer.RowsWithRanksAsync(db, request,
                        (ordered ? null : await CrossUnitComparer.DefaultOrderPageAsync(db, request, window.Offset, window.Limit, ct))
                        ?? await query.ToListAsync(ct), ct) : null);
                var missing = SelectionReader.Selects(c, "missing")
                    ? await CrossUnitComparer.MissingAsync(db, request, c.CancellationToken)
                    : [];
                return new CrossUnitConnection<ComparisonRow>(page, missing);
            });

        query.Field<NonNullGraphType<ExpenditureAggregateType>>("expenditureAggregate")
            .Description("Sums expenditure lines (支出汇总) in SQL: sum, count, min and max of the line totals of one " +
                         "subject level, grouped by subject, district, year or unit, over any budget filter; `missing` lists " +
                         "the budgets in scope that contribute no line, with the reason. Paged: " +
                         $"{AggregateDefaultPageSize} groups unless `first` says otherwise (at most {AggregateMaxPageSize}), " +
                         "ordered by key unless `order` says otherwise (e.g. `order: [{ sum: DESC }]` for the largest " +
                         "first); `totalCount` and `pageInfo.hasNextPage` tell whether groups were left for the next page " +
                         "(`after: pageInfo.endCursor`). `unitSlugs` and `years` name units " +
                         "and years (" + ListArgumentRule + "): unknown ones are a NOT_FOUND error listing them in `extensions.data`; `where` is a " +
                         "filter: one that matches no budget gives empty rows, no error.")
            .Argument<NonNullGraphType<AggregateDimensionEnum>>("by", "Group by (汇总维度).")
            .Argument<SubjectLevelType>("level", "Which level's lines are summed (default CATEGORY, 类), so nothing counts twice.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("unitSlugs",
                "Only these units (单位标识), e.g. [\"nanping\"]; " + ListArgumentRule + "; unknown slugs are a NOT_FOUND error.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years",
                "Only these fiscal years (预算年度); " + ListArgumentRule + "; a year no unit has a budget for is a NOT_FOUND error.")
            .Argument<BudgetFilterInputType>("where", "Which budgets (筛选), as in the budgets connection; a filter that " +
                                                      "matches nothing gives empty rows, not an error.")
            .Argument<FunctionalTableKindType>("table", "Which table's lines; default 表二 (一般公共预算财政拨款支出预算表).")
            .Argument<ListGraphType<NonNullGraphType<AggregateRowSortInputType>>>("order",
                "Sort order of the groups (排序), e.g. [{ sum: DESC }] for the largest first; list order is precedence, " +
                "the key ascending is the last key; default by key.")
            .Argument<IntGraphType>("first",
                $"Returns the first _n_ groups (前n组); default {AggregateDefaultPageSize}, at most {AggregateMaxPageSize}.")
            .Argument<StringGraphType>("after", "Returns the groups after the specified cursor (游标之后), e.g. `pageInfo.endCursor`.")
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
            {
                var slugs = c.GetArgument<List<string>?>("unitSlugs");
                var years = c.GetArgument<List<int>?>("years");
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                await UnknownEntityErrors.ThrowIfUnknownAsync(db, slugs, null, c.CancellationToken, years: years);
                if (SelectsNothing(slugs, years))
                    return new CrossUnitConnection<AggregateRow>(await Paging.EmptyAsync<AggregateRow>(c, AggregateLimits), []);
                var where = c.RawArgument("where");
                var budgets = BudgetQuerySpec.Filter.Apply(db.Budgets, where, db.Database.IsSqlite());
                if (slugs is not null) budgets = budgets.Where(b => slugs.Contains(b.Unit.Slug));
                if (years is not null) budgets = budgets.Where(b => years.Contains(b.FiscalYear));
                // Unrestricted, the aggregate reads the totals maintained at import or a covering index alone (no join
                // to the budgets).
                var restricted = where is not null || slugs is not null || years is not null;
                var scope = restricted ? budgets : null;
                var by = c.GetArgument<AggregateDimension>("by");
                var level = c.GetArgument("level", SubjectLevel.Category);
                var table = c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure);
                var order = AggregateOrderOf(c.RawArgument("order"));
                var page = await Paging.PageAsync(c, ExpenditureAggregator.Query(db, scope, by, level, table, order), r => r, AggregateLimits,
                    ct => ExpenditureAggregator.CountAsync(db, scope, by, level, table, ct));
                var missing = SelectionReader.Selects(c, "missing")
                    ? await ExpenditureAggregator.MissingAsync(db, budgets, level, table, c.CancellationToken)
                    : [];
                return new CrossUnitConnection<AggregateRow>(page, missing);
            });

        query.Field<NonNullGraphType<IndicatorComparisonConnectionType>>("indicatorComparison")
            .Description("Lines up performance indicators (绩效指标) whose name contains a term across units and years, " +
                         "e.g. every unit's satisfaction (满意) target side by side; ordered by unit, year, card and position, " +
                         "paged. `missing` lists the units in scope without such an indicator, with the reason. For `unitSlugs` and " +
                         "`years`, " + ListArgumentRule + ". Unknown slugs and " +
                         "years no unit has a budget for are a NOT_FOUND error listing them in `extensions.data`.")
            .Argument<NonNullGraphType<StringGraphType>>("nameContains", "Term the indicator name contains, e.g. 满意.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("unitSlugs", "Units (单位标识); " + ListArgumentRule + "; unknown slugs are a NOT_FOUND error.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years", "Fiscal years (预算年度); " + ListArgumentRule + "; a year no unit has a budget for is a NOT_FOUND error.")
            .Argument<IntGraphType>("first", "Returns the first _n_ rows (前n条); default 10, at most 50 unless configured.")
            .Argument<StringGraphType>("after", "Returns the rows after the specified cursor (游标之后).")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                var term = c.GetArgument<string>("nameContains");
                var slugs = c.GetArgument<List<string>?>("unitSlugs");
                var years = c.GetArgument<List<int>?>("years");
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                await UnknownEntityErrors.ThrowIfUnknownAsync(db, slugs, null, c.CancellationToken, years: years);
                if (SelectsNothing(slugs, years))
                    return new CrossUnitConnection<IndicatorComparisonRow>(await Paging.EmptyAsync<IndicatorComparisonRow>(c, c.Limits()), []);
                // The count (when asked) runs first; the page's plan then reuses it (IndicatorComparer.Query).
                int? counted = null;
                var page = await Paging.PageAsync(c, () => IndicatorComparer.Query(db, term, slugs, years, counted),
                    () => r => r, c.Limits(),
                    async ct => (counted = await IndicatorComparer.CountAsync(db, term, slugs, years, ct)).Value, readRows: null);
                var missing = SelectionReader.Selects(c, "missing")
                    ? await IndicatorComparer.MissingAsync(db, term, slugs, years, c.CancellationToken)
                    : [];
                return new CrossUnitConnection<IndicatorComparisonRow>(page, missing);
            });
    }
}
