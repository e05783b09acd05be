using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>The overall performance goal of a budget (整体绩效目标), read from the budget row plus its indicators.</summary>
public sealed class OverallPerformanceType : ObjectGraphType<Budget>
{
    public OverallPerformanceType()
    {
        Name = "OverallPerformance";
        Description = "The unit's overall performance goal for the year (部门整体绩效目标) and its indicators.";
        this.Column<Budget, StringGraphType, string?>("goal", "The goal text (当年整体绩效目标).", b => b.OverallGoal);
        this.Amount("budgetAmount", "Department expenditure budget stated in the goal table (部门支出预算数).", b => b.PerformanceBudget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .WithComplexityImpact(1, 10) // the overall goal has about ten indicators
            .Description("Indicators of the overall goal (整体绩效指标).")
            .Argument<IndicatorFilterInputType>("where", "Filter the indicators (筛选).")
            .Argument<ListGraphType<NonNullGraphType<IndicatorSortInputType>>>("order", "Sort the indicators (排序); default in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.Indicators, i => i.BudgetId,
                IndicatorQuerySpec.Filter, IndicatorQuerySpec.Sort, i => i.ProjectId == null, "Id", "BudgetId"))
            .Reads("Id");
    }
}
