using BudgetGraph.Api.GraphQL.Comparisons;
using BudgetGraph.Api.GraphQL.Completeness;
using BudgetGraph.Api.GraphQL.Findings;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Lines;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.ParserNotes;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>One unit's budget for one fiscal year (部门预算).</summary>
public sealed class BudgetType : ObjectGraphType<Budget>
{
    // Built once: an expression tree written at a call site is built again on every call (here: for every budget).
    private static readonly System.Linq.Expressions.Expression<Func<Project, int>> ProjectBudget = p => p.BudgetId;
    private static readonly System.Linq.Expressions.Expression<Func<Unit, int>> UnitId = u => u.Id;
    private static readonly string[] ProjectColumns = ["Id", "BudgetId"];
    private static readonly string[] IdColumn = ["Id"];

    public BudgetType()
    {
        Name = "Budget";
        Description = "One unit's department budget for one fiscal year (部门预算), imported from one disclosure.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Budget;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("Budget", c.Source.Id)).Reads("Id");
        this.Column<Budget, NonNullGraphType<IntGraphType>, int>("year", "Fiscal year (预算年度).", b => b.FiscalYear);
        Field<NonNullGraphType<UnitType>>("unit").Description("The publishing unit (预算单位).")
            .ResolveBatched(b => b.UnitId, c => EntityQueries.KeyBatch(c, db => db.Units, UnitId, IdColumn))
            .Reads("UnitId");
        Field<NonNullGraphType<SourceDocumentType>>("sourceDocument").Description("The disclosure file it was imported from (来源文件).")
            .ResolveBatched(b => b.SourceDocumentId, c => EntityQueries.KeyBatch(c, db => db.SourceDocuments, d => d.Id, "Id"))
            .Reads("SourceDocumentId");
        Field<NonNullGraphType<BudgetTotalsType>>("totals").Description("Headline totals (预算总额), 万元.")
            .Resolve(c => c.Source)
            .ReadsSelectedFields();
        Field<NonNullGraphType<BudgetCoverageType>>("coverage")
            .Description("Which parts the disclosure contains (公开内容): financial tables, narrative, performance tables. " +
                         "A disclosure with only performance tables has no subject lines, so cross-unit answers list it under `missing`.")
            .Resolve(c => BudgetCoverageType.Load(c, c.Source.Id)).Reads("Id");
        Field<NonNullGraphType<OverallPerformanceType>>("overallPerformance")
            .Description("The overall performance goal (整体绩效目标) with its indicators.")
            .Resolve(c => c.Source).Reads("Id", "OverallGoal", "PerformanceBudget");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects")
            .WithComplexityImpact(1, 20) // a disclosure has up to ~20 project cards
            .Description("Project performance cards of this budget (项目绩效目标).")
            .Argument<ProjectFilterInputType>("where", "Filter the projects (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<ProjectSortInputType>>>("order", "Sort the projects (排序); default in document order.")
            .ResolveBatched(b => b.Id, c => EntityQueries.ChildrenBatch(c, db => db.Projects, ProjectBudget,
                ProjectQuerySpec.Filter, ProjectQuerySpec.Sort, null, ProjectColumns))
            .Reads("Id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataQualityFindingType>>>>("findings")
            .Description("Data-quality findings about this budget's disclosure (数据质量问题).")
            .Argument<DataQualityFindingFilterInputType>("where", "Filter the findings (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<DataQualityFindingSortInputType>>>("order", "Sort the findings (排序).")
            .ResolveBatched(b => b.Id, c => EntityQueries.ChildrenBatch(c, db => db.DataQualityFindings, f => f.BudgetId,
                DataQualityFindingQuerySpec.Filter, DataQualityFindingQuerySpec.Sort, null, "Id", "BudgetId"))
            .Reads("Id");
        LinesFields.AddTo(this);
        BudgetComparisonFields.AddTo(this);
        ParserNoteFields.AddTo(this);
        CompletenessFields.AddTo(this);
    }
}
