using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Completeness;

/// <summary>The <c>completeness</c> field of a budget.</summary>
public static class CompletenessFields
{
    public static void AddTo(ObjectGraphType<Budget> budget) =>
        budget.Field<NonNullGraphType<TableCompletenessType>>("completeness")
            .Description("Tables this budget's disclosure announces, the tables found in it, and the ones missing (完整性).")
            .Resolve(c => c.Source)
            .Reads("Id");
}
