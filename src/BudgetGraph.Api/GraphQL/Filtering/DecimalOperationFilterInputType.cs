using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>HotChocolate's <c>DecimalOperationFilterInput</c> (the comparable operators; no and/or, as in HotChocolate).</summary>
public sealed class DecimalOperationFilterInputType : InputObjectGraphType
{
    public DecimalOperationFilterInputType()
    {
        Name = "DecimalOperationFilterInput";
        Description = "Conditions on a decimal field (小数条件); amounts are in 万元 (ten thousand yuan), exact to six decimals; all given conditions must hold.";
        Field<DecimalGraphType>("eq").Description("Equals (等于); null matches a missing value.");
        Field<DecimalGraphType>("neq").Description("Does not equal (不等于).");
        Field<ListGraphType<DecimalGraphType>>("in").Description("Equals one of these (属于).");
        Field<ListGraphType<DecimalGraphType>>("nin").Description("Equals none of these (不属于).");
        Field<DecimalGraphType>("gt").Description("Greater than (大于).");
        Field<DecimalGraphType>("ngt").Description("Not greater than (不大于).");
        Field<DecimalGraphType>("gte").Description("Greater than or equal (大于等于).");
        Field<DecimalGraphType>("ngte").Description("Not greater than or equal (不大于等于).");
        Field<DecimalGraphType>("lt").Description("Less than (小于).");
        Field<DecimalGraphType>("nlt").Description("Not less than (不小于).");
        Field<DecimalGraphType>("lte").Description("Less than or equal (小于等于).");
        Field<DecimalGraphType>("nlte").Description("Not less than or equal (不小于等于).");
    }
}
