using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class IndicatorComparisonRowType : ObjectGraphType<IndicatorComparisonRow>
{
    public IndicatorComparisonRowType()
    {
        Name = "IndicatorComparisonRow";
        Description = "A performance indicator (绩效指标) placed side by side with those of other units.";
        Field(x => x.UnitSlug).Description("The unit's slug, e.g. nanping.");
        Field(x => x.UnitShortName).Description("The unit's short name (简称).");
        Field(x => x.Year).Description("Fiscal year (预算年度).");
        Field(x => x.ProjectName, nullable: true).Description("The project card (项目名称); null for the overall goal (整体绩效目标).");
        Field(x => x.Name).Description("Indicator name (指标名称).");
        Field(x => x.Operator, nullable: true).Description("Operator (指标性质): ≥ ≤ = > < or 定性 (qualitative).");
        Field<DecimalGraphType>("numericTarget").Description("Numeric target (指标值), in the indicator's unit of measure.")
            .Resolve(c => FixedPoint.FromStored(c.Source.NumericTarget));
        Field(x => x.TextTarget, nullable: true).Description("Target as text when qualitative (e.g. 良好).");
        Field(x => x.UnitOfMeasure, nullable: true).Description("Unit of measure (计量单位), e.g. %.");
        Field(x => x.IsCore, nullable: true).Description("Core indicator (是否核心指标).");
    }
}
