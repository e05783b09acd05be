using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>The year-over-year fields of <see cref="BudgetType"/>: prior-year changes and subject changes.</summary>
public static class BudgetComparisonFields
{
    public static void AddTo(ObjectGraphType<Budget> budget)
    {
        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorYearChangeType>>>>("priorYearChanges")
            .Description("This year versus last year (同比变动): every narrative statement with a stated change, plus " +
                         "income, expenditure, basic, project and 三公 totals from the previous-year disclosure when the " +
                         "dataset holds it (source DISCLOSURE) or marked NONE when it does not. Amounts in 万元.")
            .Resolve(c => Loader(c).Load(c.Source.Id))
            .Reads("Id");

        budget.Field<NonNullGraphType<SubjectComparisonType>>("subjectChanges")
            .Description("Each functional subject (功能分类科目) against the same unit's previous-year disclosure " +
                         "(source NONE with no rows when the dataset has none).")
            .Argument<FunctionalTableKindType>("table", "Which table's subjects; default 表二 (一般公共预算财政拨款支出预算表).")
            .ResolveAsync(async c =>
            {
                var table = c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure);
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                return await SubjectComparer.CompareAsync(db, c.Source.Id, table, c.CancellationToken);
            })
            .Reads("Id");
    }

    // One batch per request and field: a list of budgets asks for all their prior-year changes in one go.
    private static BatchLoader<int, IReadOnlyList<PriorYearChange>> Loader(IResolveFieldContext context) =>
        RequestBatches.For(context).GetOrAdd(context.FieldAst, "priorYearChanges",
            () => new BatchLoader<int, IReadOnlyList<PriorYearChange>>(async (ids, cancellationToken) =>
            {
                await using var db = await context.DbFactory().CreateDbContextAsync(cancellationToken);
                var changes = await PriorYearChangeCalculator.ForBudgetsAsync(db, ids, cancellationToken);
                return ids.ToDictionary(id => id, id => (IReadOnlyList<PriorYearChange>)changes[id].ToList());
            }, []));
}
