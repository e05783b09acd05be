using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class AggregateDimensionEnum : EnumerationGraphType<AggregateDimension>
{
    public AggregateDimensionEnum()
    {
        Name = "AggregateDimension";
        Description = "What expenditure is grouped by (汇总维度), like OpenSpending's drilldowns.";
        Add("SUBJECT", AggregateDimension.Subject, "By functional subject code (功能分类科目) at the chosen level.");
        Add("DISTRICT", AggregateDimension.District, "By district (区).");
        Add("YEAR", AggregateDimension.Year, "By fiscal year (预算年度).");
        Add("UNIT", AggregateDimension.Unit, "By unit (单位).");
    }
}
