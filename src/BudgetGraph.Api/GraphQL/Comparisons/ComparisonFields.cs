using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Parsing.Model;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>The cross-unit entry points of the query type: the comparison matrix, aggregates, indicator line-ups.</summary>
public static class ComparisonFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowType>>>>("compare")
            .Description("Compares units on the same functional subjects (横向比较): one row per unit, year and subject " +
                         "with total, basic, project, share of the unit's expenditure and rank. Omitted lists mean all.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("subjectCodes", "Subject codes (科目编码), e.g. [\"201\", \"212\"].")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("unitSlugs", "Units (单位标识), e.g. [\"nanping\"].")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years", "Fiscal years (预算年度).")
            .Argument<SubjectLevelType>("level", "Only subjects of this level (级次).")
            .Argument<FunctionalTableKindType>("table", "Which table's subjects; default 表二 (一般公共预算财政拨款支出预算表).")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                var request = new ComparisonRequest(
                    c.GetArgument<List<string>?>("subjectCodes"), c.GetArgument<List<string>?>("unitSlugs"),
                    c.GetArgument<List<int>?>("years"), c.GetArgument<SubjectLevel?>("level"),
                    c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure));
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                return await CrossUnitComparer.CompareAsync(db, request, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateRowType>>>>("expenditureAggregate")
            .Description("Sums expenditure lines (支出汇总) in SQL: sum, count, min and max of the line totals of one " +
                         "subject level, grouped by subject, district, year or unit, over any budget filter.")
            .Argument<NonNullGraphType<AggregateDimensionEnum>>("by", "Group by (汇总维度).")
            .Argument<SubjectLevelType>("level", "Which level's lines are summed (default CATEGORY, 类), so nothing counts twice.")
            .Argument<BudgetFilterInputType>("where", "Which budgets (筛选), as in the budgets connection.")
            .Argument<FunctionalTableKindType>("table", "Which table's lines; default 表二 (一般公共预算财政拨款支出预算表).")
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                var budgets = BudgetQuerySpec.Filter.Apply(db.Budgets, c.RawArgument("where"));
                return await ExpenditureAggregator.AggregateAsync(db, budgets, c.GetArgument<AggregateDimension>("by"),
                    c.GetArgument("level", SubjectLevel.Category),
                    c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorComparisonRowType>>>>("indicatorComparison")
            .Description("Lines up performance indicators (绩效指标) whose name contains a term across units and years, " +
                         "e.g. every unit's satisfaction (满意) target side by side.")
            .Argument<NonNullGraphType<StringGraphType>>("nameContains", "Term the indicator name contains, e.g. 满意.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("unitSlugs", "Units (单位标识); omitted means all.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years", "Fiscal years (预算年度); omitted means all.")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                return await IndicatorComparer.CompareAsync(db, c.GetArgument<string>("nameContains"),
                    c.GetArgument<List<string>?>("unitSlugs"), c.GetArgument<List<int>?>("years"), c.CancellationToken);
            });
    }
}
