using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary>A performance indicator (绩效指标) of a project card or of the overall goal.</summary>
public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "A performance indicator (绩效指标) of a project card or of the unit's overall goal.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Indicator;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("Indicator", c.Source.Id)).Reads("Id");
        this.Column<Indicator, NonNullGraphType<StringGraphType>, string>("name", "Indicator name (指标名称), e.g. 居民满意率.", i => i.Name);
        this.Column<Indicator, StringGraphType, string?>("level1", "First-level indicator (一级指标), e.g. 产出指标.", i => i.Level1);
        this.Column<Indicator, StringGraphType, string?>("level2", "Second-level indicator (二级指标), e.g. 数量指标.", i => i.Level2);
        this.Column<Indicator, StringGraphType, string?>("level3", "Third-level indicator (三级指标).", i => i.Level3);
        this.Decimal("weight", "Weight in points (指标权重).", i => i.Weight);
        this.Column<Indicator, StringGraphType, string?>("unitOfMeasure", "Unit of measure (计量单位), e.g. %, 人次.", i => i.UnitOfMeasure);
        this.Column<Indicator, StringGraphType, string?>("operator", "Normalised comparison operator (指标性质): ≥, ≤, =, >, < or 定性 (qualitative).", i => i.Operator);
        this.Column<Indicator, StringGraphType, string?>("operatorRaw", "The operator as printed (原文指标性质), e.g. full-width ＝.", i => i.OperatorRaw);
        this.Decimal("numericTarget", "Numeric target value (指标值), in unitOfMeasure.", i => i.NumericTarget);
        this.Column<Indicator, StringGraphType, string?>("textTarget", "Qualitative target (定性指标值), e.g. 良好.", i => i.TextTarget);
        this.Column<Indicator, BooleanGraphType, bool?>("isCore", "Whether it is a core indicator (是否核心指标); null when not stated.", i => i.IsCore);
        this.Column<Indicator, NonNullGraphType<IntGraphType>, int>("position", "Position on its card, from 1 (顺序).", i => i.Ordinal);
        this.Column<Indicator, NonNullGraphType<IntGraphType>, int>("year", "Fiscal year (预算年度).", i => i.FiscalYear);
        Field<ProjectType>("project").Description("The project card; null for overall-goal indicators (所属项目).")
            .ResolveBatched(i => i.ProjectId, c => EntityQueries.KeyBatch(c, db => db.Projects, p => p.Id, "Id"))
            .Reads("ProjectId");
        Field<NonNullGraphType<UnitType>>("unit").Description("The publishing unit (预算单位).")
            .ResolveBatched(i => i.UnitId, c => EntityQueries.KeyBatch(c, db => db.Units, u => u.Id, "Id")).Reads("UnitId");
        Field<NonNullGraphType<BudgetType>>("budget").Description("The budget (部门预算).")
            .ResolveBatched(i => i.BudgetId, c => EntityQueries.KeyBatch(c, db => db.Budgets, b => b.Id, "Id")).Reads("BudgetId");
        Field<NonNullGraphType<SourceReferenceType>>("source")
            .Description("Where the indicator is in the disclosure (来源): file, table title (its card's, or 整体绩效目标表) and line.")
            .Resolve(c => SourceReferences.LoadForIndicator(c, c.Source.Id, c.Source.SourceLine))
            .Reads("Id", "SourceLine");
    }
}
