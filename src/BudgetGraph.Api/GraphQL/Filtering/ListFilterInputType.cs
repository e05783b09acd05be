using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>ListFilterInputTypeOf{X}FilterInput</c>: conditions on a collection of related objects.</summary>
public abstract class ListFilterInputType<TElementFilterInput> : InputObjectGraphType
    where TElementFilterInput : IGraphType
{
    protected ListFilterInputType(string elementFilterName, string chineseTerm)
    {
        Name = "ListFilterInputTypeOf" + elementFilterName;
        Description = $"Conditions on a list of {chineseTerm} (列表条件).";
        Field<TElementFilterInput>("all").Description("Every item matches (全部满足).");
        Field<TElementFilterInput>("none").Description("No item matches (均不满足).");
        Field<TElementFilterInput>("some").Description("At least one item matches (至少一个满足).");
        Field<BooleanGraphType>("any").Description("true: the list is not empty; false: it is empty (是否非空).");
    }
}
