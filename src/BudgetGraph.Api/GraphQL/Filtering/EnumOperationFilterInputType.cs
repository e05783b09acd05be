using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>{Enum}OperationFilterInput</c> (<c>eq neq in nin</c>) for one enum graph type.</summary>
public abstract class EnumOperationFilterInputType<TEnumGraphType> : InputObjectGraphType
    where TEnumGraphType : IGraphType
{
    protected EnumOperationFilterInputType(string enumName, string chineseTerm)
    {
        Name = enumName + "OperationFilterInput";
        Description = $"Conditions on a {enumName} value ({chineseTerm}).";
        Field<TEnumGraphType>("eq").Description("Equals (等于).");
        Field<TEnumGraphType>("neq").Description("Does not equal (不等于).");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("Equals one of these (属于).");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("Equals none of these (不属于).");
    }
}
