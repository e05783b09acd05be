using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>seeds/jiangbeicheng-2025.txt: 江北城街道 2025, 表一–表十二 with titles without unit, 国有资本经营, 政府采购.</summary>
public sealed class JiangbeichengDisclosureTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private readonly Disclosure _doc = seeds[SeedDocuments.Jiangbeicheng];

    [Fact]
    public void Unit_is_found_although_no_title_names_it()
    {
        Assert.Equal("重庆市江北区人民政府江北城街道办事处", _doc.Unit.OfficialName);
        Assert.Equal("江北城街道", _doc.Unit.ShortName);
        Assert.Equal("江北区", _doc.Unit.District);
        Assert.Equal("806", _doc.Unit.UnitCode); // printed "806—…" and "806-…"
        Assert.Equal("单位预算公开联系人：张羽翔 电话：023-61967695", _doc.Unit.ContactLine);
        Assert.StartsWith("根据《中共重庆市江北区委机构编制委员会", _doc.Unit.FunctionsText);
        Assert.EndsWith("下辖桂花街社区、三洞桥社区 2 个社区。", _doc.Unit.StructureText);
        Assert.Equal(2025, _doc.FiscalYear);
    }

    [Fact]
    public void Parent_rows_are_preserved_as_published_even_when_children_do_not_add_up()
    {
        var table = _doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        var urban = table.Subject("212");
        Assert.Equal((1248.18m, 221.10m, 1027.07m, 166), (urban.Total, urban.Basic, urban.Project, urban.Line));
        Assert.Equal(85, table.Rows.Count);
        Assert.Equal(new SubjectAmounts(3634.33m, 1330.33m, 2304.00m), table.Total);
        var empty = table.Subject("2080208");
        Assert.Equal((decimal?)null, empty.Total);
        Assert.Equal("本表反映当年一般公共预算财政拨款支出情况。\n表格数据为系统自动导出，可能存在小数点取舍差异。", table.Remark);
    }

    [Fact]
    public void Department_expenditure_includes_state_capital_subjects()
    {
        var table = _doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal(79, table.Rows.Count);
        Assert.Equal(new SubjectAmounts(3636.80m, 1330.33m, 2306.47m), table.Total);
        Assert.Equal(2.47m, table.Subject("2230105").Project);
        Assert.Equal(SubjectLevel.Section, table.Subject("22301").Level);
    }

    [Fact]
    public void Economic_table_continues_after_a_page_break()
    {
        var table = _doc.EconomicTable!;
        Assert.Equal(35, table.Rows.Count);
        Assert.Equal(new EconomicSubjectRow("31002", "办公设备购置", 6.00m, null, 6.00m, 235), table.Rows[^1]);
        Assert.Equal((1330.33m, 1047.13m, 283.20m), (table.Total!.Total, table.Total.Personnel, table.Total.Public));
        Assert.Equal("表格数据为系统自动导出，可能存在小数点取舍差异。", table.Remark);
    }

    [Fact]
    public void Three_public_costs_have_all_five_figures()
    {
        var costs = _doc.ThreePublicCosts!;
        Assert.Equal("表四", costs.TableNumber);
        Assert.Equal((33.50m, 3.00m, 27.50m, (decimal?)null, 27.50m, 3.00m),
            (costs.Total, costs.OverseasTravel, costs.VehicleSubtotal, costs.VehiclePurchase, costs.VehicleOperation, costs.OfficialReception));
    }

    [Fact]
    public void Income_table_maps_source_columns_from_its_header()
    {
        var income = _doc.IncomeTable!;
        Assert.False(income.IsPartial);
        Assert.Equal("表七", income.TableNumber);
        Assert.Equal(79, income.Rows.Count);
        Assert.Equal(3636.80m, income.Total!.Total);
        Assert.Equal(3634.33m, income.Total.BySource[FundSource.GeneralPublicBudget]);
        Assert.Equal(2.47m, income.Total.BySource[FundSource.StateCapital]);
        Assert.Null(income.Total.BySource[FundSource.Other]);
        Assert.Equal(9, income.Total.BySource.Count);
        var stateCapital = income.Rows.Single(r => r.Code == "2230105");
        Assert.Equal((2.47m, (decimal?)null, 2.47m), (stateCapital.Total, stateCapital.BySource[FundSource.GeneralPublicBudget], stateCapital.BySource[FundSource.StateCapital]));
    }

    [Fact]
    public void Fiscal_summary_has_state_capital_column()
    {
        var table = _doc.Summary(SummaryTableKind.FiscalAppropriation);
        var current = table.Line(SummarySide.Expenditure, "一、本年支出");
        Assert.Equal((3636.80m, 3634.33m, (decimal?)null, 2.47m), (current.Amount, current.GeneralPublicBudget, current.GovernmentFund, current.StateCapital));
        Assert.Equal(2.47m, table.Line(SummarySide.Income, "国有资本经营预算资金").Amount);
        Assert.Equal(88, table.Line(SummarySide.Income, "收入合计").Line); // after a blank line
        Assert.Equal(2.47m, _doc.Summary(SummaryTableKind.Department).Line(SummarySide.Expenditure, "国有资本经营预算支出").Amount);
    }

    [Fact]
    public void Procurement_total_and_service_row()
    {
        var table = Assert.Single(_doc.ProcurementTables);
        Assert.Equal(954.58m, table.Total);
        Assert.Equal(new ProcurementRow("C", "服务", 954.58m, 954.58m, 473), Assert.Single(table.Rows));
        Assert.Null(table.Remark);
    }

    [Fact]
    public void Government_fund_remark_in_brackets_is_unwrapped()
    {
        var table = _doc.Functional(FunctionalTableKind.GovernmentFundExpenditure);
        Assert.Equal("表五", table.TableNumber);
        Assert.Equal("本部门无政府性基金收支，故此表无数据。", table.Remark);
    }

    [Fact]
    public void Table_blocks_stop_at_performance_titles()
    {
        var financial = _doc.RawTables.Where(t => t.StartLine < 477).Select(t => t.TableNumber ?? "").ToArray();
        Assert.Equal(["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"], financial);
        Assert.Equal(473, _doc.RawTables.Single(t => t.TableNumber == "表九").EndLine);
    }
}
