using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no field (是否条件).";
        Field<BooleanGraphType>("eq").Description("Equals (等于); null matches a missing value.");
        Field<BooleanGraphType>("neq").Description("Does not equal (不等于).");
    }
}
