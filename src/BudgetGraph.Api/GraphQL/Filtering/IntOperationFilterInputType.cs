using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>IntOperationFilterInput</c> (the comparable operators; no and/or, as in HotChocolate).</summary>
public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on an integer field (整数条件); all given conditions must hold.";
        Field<IntGraphType>("eq").Description("Equals (等于); null matches a missing value.");
        Field<IntGraphType>("neq").Description("Does not equal (不等于).");
        Field<ListGraphType<IntGraphType>>("in").Description("Equals one of these (属于).");
        Field<ListGraphType<IntGraphType>>("nin").Description("Equals none of these (不属于).");
        Field<IntGraphType>("gt").Description("Greater than (大于).");
        Field<IntGraphType>("ngt").Description("Not greater than (不大于).");
        Field<IntGraphType>("gte").Description("Greater than or equal (大于等于).");
        Field<IntGraphType>("ngte").Description("Not greater than or equal (不大于等于).");
        Field<IntGraphType>("lt").Description("Less than (小于).");
        Field<IntGraphType>("nlt").Description("Not less than (不小于).");
        Field<IntGraphType>("lte").Description("Less than or equal (小于等于).");
        Field<IntGraphType>("nlte").Description("Not less than or equal (不小于等于).");
    }
}
