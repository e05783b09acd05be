using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data.Coverage;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>BudgetCoverage</c>: which parts a disclosure contains, read for all budgets of a request in one query.</summary>
public sealed class BudgetCoverageType : ObjectGraphType<DisclosureCoverage>
{
    public BudgetCoverageType()
    {
        Name = "BudgetCoverage";
        Description = "Which parts a budget's disclosure contains (公开内容覆盖).";
        Field(x => x.FinancialTables).Description("Financial tables (财务报表): 收支总表, 表二, 基本支出, 三公, 采购 and the like.");
        Field(x => x.Narrative).Description("Narrative statements with figures (情况说明).");
        Field(x => x.PerformanceTables).Description("Performance tables (绩效目标表): the 部门整体绩效目标表 or project cards.");
    }

    public static IDataLoaderResult Load(IResolveFieldContext context, int budgetId) =>
        RequestBatches.For(context).GetOrAdd(context.FieldAst, "coverage",
            () => new BatchLoader<int, DisclosureCoverage?>(async (ids, cancellationToken) =>
            {
                await using var db = await context.DbFactory().CreateDbContextAsync(cancellationToken);
                var coverage = await DisclosureCoverage.ForBudgetsAsync(db, ids, cancellationToken);
                return ids.ToDictionary(id => id, id => coverage.GetValueOrDefault(id));
            }, null)).Load(budgetId);
}
