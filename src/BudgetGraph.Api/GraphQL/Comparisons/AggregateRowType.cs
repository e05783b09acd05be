using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class AggregateRowType : ObjectGraphType<AggregateRow>
{
    public AggregateRowType()
    {
        Name = "AggregateRow";
        Description = "One group of an expenditure aggregate (汇总): sum, count, min and max of line totals, amounts in 万元.";
        Field(x => x.Key).Description("Group key: subject code, district name, year or unit slug.");
        Field(x => x.Label).Description("Readable label of the group (科目名称, 区名, 年度, 单位简称).");
        Field<NonNullGraphType<DecimalGraphType>>("sum").Description("Sum of totals, 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Sum)!);
        Field(x => x.Count).Description("Number of lines in the group.");
        Field<DecimalGraphType>("min").Description("Smallest total, 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Min));
        Field<DecimalGraphType>("max").Description("Largest total, 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Max));
    }
}
