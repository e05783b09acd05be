using BudgetGraph.Api.GraphQL.Connections;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>The <c>missing</c> field of the cross-unit connections.</summary>
internal static class MissingFieldExtensions
{
    public static void AddMissingField<T>(this ObjectGraphType<Connection<T>> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingUnitType>>>>("missing")
            .Description("Units (and years) in scope that contribute no row, with the reason (未纳入的单位及原因); " +
                         "never silently dropped. Independent of paging.")
            .Resolve(c => ((CrossUnitConnection<T>)c.Source).Missing);
}
