using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary>A publishing unit (预算单位), e.g. 南坪街道.</summary>
public sealed class UnitType : ObjectGraphType<Unit>
{
    // Built once: an expression tree written at a call site is built again on every call (here: for every unit).
    private static readonly System.Linq.Expressions.Expression<Func<Budget, int>> BudgetUnit = b => b.UnitId;
    private static readonly string[] BudgetColumns = ["Id", "UnitId"];

    public UnitType()
    {
        Name = "Unit";
        Description = "A publishing unit (预算单位), e.g. the Nanping sub-district office (南坪街道办事处).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Unit;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("Unit", c.Source.Id)).Reads("Id");
        this.Column<Unit, NonNullGraphType<StringGraphType>, string>("slug", "Stable URL name (标识): nanping, shandong, ciqikou, chaoyang, jiangbeicheng.", u => u.Slug);
        this.Column<Unit, NonNullGraphType<StringGraphType>, string>("name", "Official name (单位全称), e.g. 重庆市南岸区人民政府南坪街道办事处.", u => u.OfficialName);
        this.Column<Unit, NonNullGraphType<StringGraphType>, string>("shortName", "Short name (简称), e.g. 南坪街道.", u => u.ShortName);
        this.Column<Unit, StringGraphType, string?>("englishName", "English name (英文名称), e.g. Nanping Sub-district Office.", u => u.EnglishName);
        Field<DistrictType>("district").Description("The district (所属区) with its Chinese and English names.")
            .Resolve(c => c.Source.DistrictName is null ? null : c.Source).ReadsSelectedFields(nameof(Unit.DistrictName));
        this.Column<Unit, StringGraphType, string?>("unitCode", "Budget unit code (单位编码), e.g. 307.", u => u.UnitCode);
        this.Column<Unit, StringGraphType, string?>("functions", "Functions text of the disclosure (部门职能).", u => u.FunctionsText);
        this.Column<Unit, StringGraphType, string?>("structure", "Organisation structure text (机构设置).", u => u.StructureText);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetType>>>>("budgets")
            .WithComplexityImpact(1, 3) // one budget per published year
            .Description("The unit's budgets (部门预算), one per fiscal year.")
            .Argument<BudgetFilterInputType>("where", "Filter the budgets (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<BudgetSortInputType>>>("order", "Sort the budgets (排序); default by key.")
            .ResolveBatched(u => u.Id, c => EntityQueries.ChildrenBatch(c, db => db.Budgets, BudgetUnit,
                BudgetQuerySpec.Filter, BudgetQuerySpec.Sort, null, BudgetColumns))
            .Reads("Id");
        Field<BudgetType>("budget")
            .Description("The unit's budget of one fiscal year (某年部门预算); null plus a NOT_FOUND error when there is none, the year in " +
                         "`extensions.data.year`.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Fiscal year (预算年度), e.g. 2024.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                var unit = c.Source;
                return EntityQueries.Children(c, unit.Id, db => db.Budgets, b => b.UnitId, null, BudgetQuerySpec.Sort,
                        b => b.FiscalYear == year, "Id", "UnitId")
                    .Then<IReadOnlyList<Budget>>(budgets => budgets.FirstOrDefault()
                        ?? throw UnknownEntityErrors.NotFound($"Unit '{unit.Slug}' has no budget for {year} (`year`).", "year", year));
            })
            .Reads("Id", "Slug");
    }
}
