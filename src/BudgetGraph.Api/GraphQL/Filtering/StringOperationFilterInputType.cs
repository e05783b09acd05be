using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field (文本条件); all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description("All of these conditions hold (并且).");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description("At least one of these conditions holds (或者).");
        Field<StringGraphType>("eq").Description("Equals (等于); null matches a missing value.");
        Field<StringGraphType>("neq").Description("Does not equal (不等于).");
        Field<StringGraphType>("contains").Description("Contains this text (包含).");
        Field<StringGraphType>("ncontains").Description("Does not contain this text (不包含).");
        Field<ListGraphType<StringGraphType>>("in").Description("Equals one of these (属于).");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equals none of these (不属于).");
        Field<StringGraphType>("startsWith").Description("Starts with this text (开头为).");
        Field<StringGraphType>("nstartsWith").Description("Does not start with this text (开头不为).");
        Field<StringGraphType>("endsWith").Description("Ends with this text (结尾为).");
        Field<StringGraphType>("nendsWith").Description("Does not end with this text (结尾不为).");
    }
}
