using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Comparisons;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>ExpenditureAggregate</c>: a page of groups, how many there are, and the budgets left out.</summary>
public sealed class ExpenditureAggregateType : ObjectGraphType<CrossUnitConnection<AggregateRow>>
{
    public ExpenditureAggregateType()
    {
        Name = "ExpenditureAggregate";
        Description = "An expenditure aggregate (支出汇总): one page of its groups, their number and page info, and the " +
                      "budgets in scope that contribute no line.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateRowType>>>>("rows")
            .Description($"The page's groups (汇总行), ordered by key unless `order` says otherwise; at most " +
                         $"{ComparisonFields.AggregateDefaultPageSize} unless `first` asks for fewer or more (up to " +
                         $"{ComparisonFields.AggregateMaxPageSize}). `pageInfo.hasNextPage` and `totalCount` tell " +
                         "whether there are more.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of groups across all pages (分组总数); counted only when selected.")
            .Resolve(c => c.Source.TotalCount ?? 0);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination (分页信息): pass `endCursor` as `after` for the next page.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingUnitType>>>>("missing")
            .Description("Budgets matching the filter that contribute no line of the table and level, with the reason " +
                         "(未纳入的单位及原因), e.g. disclosures that carry only performance tables.")
            .Resolve(c => c.Source.Missing);
    }
}
