using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>ExpenditureAggregate</c>.</summary>
public sealed class ExpenditureAggregateType : ObjectGraphType<ExpenditureAggregate>
{
    public ExpenditureAggregateType()
    {
        Name = "ExpenditureAggregate";
        Description = "An expenditure aggregate (支出汇总): its groups and the budgets in scope that contribute no line.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateRowType>>>>("rows")
            .Description("The groups, ordered by key (汇总行).").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingUnitType>>>>("missing")
            .Description("Budgets matching the filter that contribute no line of the table and level, with the reason " +
                         "(未纳入的单位及原因), e.g. disclosures that carry only performance tables.")
            .Resolve(c => c.Source.Missing);
    }
}
