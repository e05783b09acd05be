using GraphQL.Builders;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

internal static class ConnectionArguments
{
    /// <summary>Adds Relay's <c>first after last before</c> with HotChocolate's descriptions.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list (前n条); default 10, at most 50 unless configured.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor (游标之后).")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list (后n条).")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor (游标之前).");
}
