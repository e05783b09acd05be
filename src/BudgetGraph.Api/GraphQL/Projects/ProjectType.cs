using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary>A project performance card (项目绩效目标表).</summary>
public sealed class ProjectType : ObjectGraphType<Project>
{
    private static readonly SortSpec<ProjectFundingSplit> SplitOrder = new(s => s.Id);

    // Built once: an expression tree written at a call site is built again on every call (here: for every project).
    private static readonly System.Linq.Expressions.Expression<Func<Indicator, int>> IndicatorProject = i => i.ProjectId!.Value;
    private static readonly string[] IndicatorColumns = ["Id", "ProjectId"];

    public ProjectType()
    {
        Name = "Project";
        Description = "A project with its performance card (项目绩效目标): budget, overview, basis, goal and indicators.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Project;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("Project", c.Source.Id)).Reads("Id");
        this.Column<Project, NonNullGraphType<StringGraphType>, string>("name", "Project name (项目名称).", p => p.Name);
        this.Column<Project, StringGraphType, string?>("code", "Project code (项目编码), where the card states one.", p => p.Code);
        this.Column<Project, StringGraphType, string?>("category", "Project category (项目分类), e.g. 一般性项目.", p => p.Category);
        this.Column<Project, StringGraphType, string?>("department", "Responsible department as written (主管部门).", p => p.Department);
        this.Amount("amount", "This year's budget of the project (当年预算).", p => p.Amount);
        this.Decimal("executionRateWeight", "Weight of the budget execution rate (预算执行率权重), in points.", p => p.ExecutionRateWeight);
        this.Column<Project, StringGraphType, string?>("overview", "Project overview (项目概况).", p => p.Overview);
        this.Column<Project, StringGraphType, string?>("basis", "Legal or policy basis (立项依据).", p => p.Basis);
        this.Column<Project, StringGraphType, string?>("goal", "This year's performance goal (当年绩效目标).", p => p.Goal);
        this.Column<Project, NonNullGraphType<IntGraphType>, int>("year", "Fiscal year (预算年度).", p => p.FiscalYear);
        this.Column<Project, NonNullGraphType<IntGraphType>, int>("position", "Position of the card in its document, from 1 (顺序).", p => p.Ordinal);
        this.Column<Project, NonNullGraphType<BooleanGraphType>, bool>("hasCoreIndicator", "Whether any indicator is marked core (是否有核心指标).", p => p.HasCoreIndicator);
        Field<NonNullGraphType<UnitType>>("unit").Description("The publishing unit (预算单位).")
            .ResolveBatched(p => p.UnitId, c => EntityQueries.KeyBatch(c, db => db.Units, u => u.Id, "Id")).Reads("UnitId");
        Field<NonNullGraphType<BudgetType>>("budget").Description("The budget the card belongs to (部门预算).")
            .ResolveBatched(p => p.BudgetId, c => EntityQueries.KeyBatch(c, db => db.Budgets, b => b.Id, "Id")).Reads("BudgetId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingSplitType>>>>("splits")
            .WithComplexityImpact(1, 3) // a card has a few labelled splits
            .Description("Labelled splits of the budget (资金安排), e.g. 本级安排 / 上级补助.")
            .ResolveBatched(p => p.Id, c => EntityQueries.ChildrenBatch(c, db => db.ProjectFundingSplits, s => s.ProjectId,
                null, SplitOrder, null, "Id", "ProjectId"))
            .Reads("Id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .WithComplexityImpact(1, 10) // a card has about ten indicators
            .Description("Performance indicators of the card (绩效指标).")
            .Argument<IndicatorFilterInputType>("where", "Filter the indicators (筛选), e.g. { isCore: { eq: true } }.")
            .Argument<ListGraphType<NonNullGraphType<IndicatorSortInputType>>>("order", "Sort the indicators (排序); default in document order.")
            .ResolveBatched(p => p.Id, c => EntityQueries.ChildrenBatch(c, db => db.Indicators, IndicatorProject,
                IndicatorQuerySpec.Filter, IndicatorQuerySpec.Sort, null, IndicatorColumns))
            .Reads("Id");
        Field<NonNullGraphType<SourceReferenceType>>("source")
            .Description("Where the card is in the disclosure (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, c.Source.TableId, c.Source.SourceLine))
            .Reads("BudgetId", "TableId", "SourceLine");
    }
}
