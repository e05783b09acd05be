using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Comparisons;
using BudgetGraph.Api.GraphQL.Findings;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Api.GraphQL.Subjects;
using BudgetGraph.Api.GraphQL.Units;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL;

/// <summary>The entry points of the API.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Entry points (查询入口) into the department budget disclosures (部门预算公开).";

        Field<UnitsConnectionType>("units")
            .Description("Publishing units (预算单位), filtered, sorted and paged.")
            .Argument<UnitFilterInputType>("where", "Filter (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<UnitSortInputType>>>("order", "Sort order (排序).")
            .Paged()
            .ResolveAsync(c => EntityQueries.ConnectionAsync(c, db => db.Units, UnitQuerySpec.Filter, UnitQuerySpec.Sort, ["Id"]));

        Field<UnitType>("unit")
            .Description("One unit by slug (按标识查单位); null plus a NOT_FOUND error when unknown, the slug in `extensions.data.slug`.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The unit's slug (标识), e.g. nanping.")
            .ResolveAsync(c =>
            {
                var slug = c.GetArgument<string>("slug");
                return EntityQueries.SingleAsync(c, db => db.Units, slug, slug => u => u.Slug == slug,
                    (_, _) => Task.FromResult(UnknownEntityErrors.NotFound($"No unit has the slug '{slug}'.", "slug", slug)), "Id");
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiscalYearType>>>>("fiscalYears")
            .Description("Fiscal years with budgets (预算年度), newest first, each with its units.")
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbFactory().CreateDbContextAsync(c.CancellationToken);
                if (!SelectionReader.Selects(c, "units"))
                {
                    // The years alone: a seek of the year index per year, not every budget (FiscalYears).
                    var years = await BudgetGraph.Data.Comparisons.FiscalYears.NewestFirstAsync(db, c.CancellationToken);
                    return years.Select(y => new FiscalYear(y, [])).ToList();
                }
                var pairs = await db.Budgets.Select(b => new { b.FiscalYear, b.UnitId }).ToListAsync(c.CancellationToken);
                return pairs.GroupBy(p => p.FiscalYear).OrderByDescending(g => g.Key)
                    .Select(g => new FiscalYear(g.Key, g.Select(p => p.UnitId).Order().ToList())).ToList();
            });

        Field<BudgetsConnectionType>("budgets")
            .Description("Budgets of all units and years (部门预算), filtered, sorted and paged.")
            .Argument<BudgetFilterInputType>("where", "Filter (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<BudgetSortInputType>>>("order", "Sort order (排序).")
            .Paged()
            .ResolveAsync(c => EntityQueries.ConnectionAsync(c, db => db.Budgets, BudgetQuerySpec.Filter, BudgetQuerySpec.Sort, ["Id"]));

        Field<BudgetType>("budget")
            .Description("One unit's budget of one year (某单位某年预算); null plus a NOT_FOUND error when there is none: " +
                         "`extensions.data.unitSlug` when no unit has the slug, else `extensions.data.year` (the message names the unit's years).")
            .Argument<NonNullGraphType<StringGraphType>>("unitSlug", "The unit's slug (单位标识), e.g. nanping.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Fiscal year (预算年度), e.g. 2024.")
            .ResolveAsync(c =>
            {
                var slug = c.GetArgument<string>("unitSlug");
                var year = c.GetArgument<int>("year");
                return EntityQueries.SingleAsync(c, db => db.Budgets, slug, year, (slug, year) => b => b.Unit.Slug == slug && b.FiscalYear == year,
                    (db, cancellationToken) => UnknownEntityErrors.BudgetNotFoundAsync(db, slug, year, cancellationToken), "Id");
            });

        Field<ProjectsConnectionType>("projects")
            .Description("Project cards across all budgets (项目), filtered, sorted and paged.")
            .Argument<ProjectFilterInputType>("where", "Filter (筛选), e.g. { year: { in: [2024, 2025] }, amount: { gt: 100 } }." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<ProjectSortInputType>>>("order", "Sort order (排序), e.g. [{ amount: DESC }].")
            .Paged()
            .ResolveAsync(c => EntityQueries.ConnectionAsync(c, db => db.Projects, ProjectQuerySpec.Filter, ProjectQuerySpec.Sort, ["Id"],
                Data.Import.RowCounts.Projects, scatteredRowCost: EntityQueries.ScatteredWideRowCost));

        Field<IndicatorsConnectionType>("indicators")
            .Description("Performance indicators across all cards and overall goals (绩效指标), filtered, sorted and paged.")
            .Argument<IndicatorFilterInputType>("where", "Filter (筛选), e.g. { name: { contains: \"满意\" }, numericTarget: { lt: 90 } }." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<IndicatorSortInputType>>>("order", "Sort order (排序).")
            .Paged()
            .ResolveAsync(c => EntityQueries.ConnectionAsync(c, db => db.Indicators, IndicatorQuerySpec.Filter, IndicatorQuerySpec.Sort, ["Id"],
                Data.Import.RowCounts.Indicators, CountOverBudgets.OfIndicators));

        Field<DataQualityFindingsConnectionType>("dataQualityFindings")
            .Description("Data-quality findings across all budgets (数据质量问题), filtered, sorted and paged.")
            .Argument<DataQualityFindingFilterInputType>("where", "Filter (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<DataQualityFindingSortInputType>>>("order", "Sort order (排序).")
            .Paged()
            .ResolveAsync(c => EntityQueries.ConnectionAsync(c, db => db.DataQualityFindings,
                DataQualityFindingQuerySpec.Filter, DataQualityFindingQuerySpec.Sort, ["Id"]));

        SubjectFields.AddTo(this);
        ComparisonFields.AddTo(this);

        Field<NodeInterface>("node")
            .Description("Fetches an object by its global ID (按全局标识取对象).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID (全局标识).")
            .Resolve(c => NodeResolver.Resolve(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches objects by their global IDs (按全局标识批量取对象); unknown IDs give null entries with errors.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global IDs (全局标识).")
            .Resolve(c => new ListResult(c, c.GetArgument<List<string>>("ids").Select(id =>
            {
                try
                {
                    return NodeResolver.Resolve(c, id);
                }
                catch (ExecutionError error)
                {
                    return new FailedResult(error);
                }
            }).ToList(), skipMissing: false));
    }
}
