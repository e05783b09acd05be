using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>seeds/nanping-2024.txt: 南坪街道 2024, full disclosure, 部门收入总表 only as a headerless tail.</summary>
public sealed class NanpingDisclosureTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private readonly Disclosure _doc = seeds[SeedDocuments.Nanping];

    [Fact]
    public void Unit_is_read_from_cover_titles_and_code_labels()
    {
        Assert.Equal("重庆市南岸区人民政府南坪街道办事处", _doc.Unit.OfficialName);
        Assert.Equal("南坪街道", _doc.Unit.ShortName);
        Assert.Equal("南岸区", _doc.Unit.District);
        Assert.Equal("307", _doc.Unit.UnitCode);
        Assert.Equal(3, _doc.Unit.Line);
        Assert.Equal("部门预算公开联系人：喻兰椒 联系方式：023-62909809", _doc.Unit.ContactLine);
        Assert.StartsWith("1.贯彻执行党的路线方针政策", _doc.Unit.FunctionsText);
        Assert.EndsWith("12.完成区委、区政府布置的其他任务。", _doc.Unit.FunctionsText);
        // Paragraph 7 was cut by a page break ("…等方面" / "服务工作。…") and is joined again.
        Assert.Contains("科技培训等方面服务工作。", _doc.Unit.FunctionsText);
        Assert.StartsWith("我街道办事处为区政府的派出机构", _doc.Unit.StructureText);
        Assert.Contains("民政和社区事务办公室（挂卫生健康办公室牌子)", _doc.Unit.StructureText);
    }

    [Fact]
    public void Fiscal_year_comes_from_the_cover_title()
    {
        Assert.Equal(2024, _doc.FiscalYear);
        Assert.Equal(5, _doc.FiscalYearLine);
        Assert.Equal("UTF-8", _doc.Source.EncodingName);
        Assert.Equal(477, _doc.Source.LineCount);
        Assert.Matches("^[0-9a-f]{64}$", _doc.Source.Sha256);
    }

    [Fact]
    public void General_public_budget_expenditure_total_is_basic_plus_project()
    {
        var table = _doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(new SubjectAmounts(4851.31m, 1733.30m, 3118.01m), table.Total);
        Assert.Equal(117, table.TotalLine);
        Assert.Equal(111, table.StartLine);
        Assert.Null(table.TableNumber); // 表二 has no "表二" line in this document
        Assert.Equal(63, table.Rows.Count);
        Assert.Equal("本表反映当年一般公共预算财政拨款支出情况。", table.Remark);

        var sanitation = table.Subject("2120501");
        Assert.Equal(("城乡社区环境卫生", 455.30m, (decimal?)null, 455.30m, 179), (sanitation.Name, sanitation.Total, sanitation.Basic, sanitation.Project, sanitation.Line));
        Assert.Equal(SubjectLevel.Item, sanitation.Level);
        Assert.Equal(SubjectLevel.Category, table.Subject("212").Level);
        Assert.Equal(1373.80m, table.Subject("212").Total);
        // The row after a blank line (page break) is still part of the table.
        Assert.Equal(124.16m, table.Subject("2080505").Total);
    }

    [Fact]
    public void Department_expenditure_table_repeats_the_subjects()
    {
        var table = _doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal("表八", table.TableNumber);
        Assert.Equal(63, table.Rows.Count);
        Assert.Equal(new SubjectAmounts(4851.31m, 1733.30m, 3118.01m), table.Total);
        Assert.Equal(62.64m, table.Subject("2100409").Project);
    }

    [Fact]
    public void Empty_government_fund_table_keeps_its_remark()
    {
        var table = _doc.Functional(FunctionalTableKind.GovernmentFundExpenditure);
        Assert.Empty(table.Rows);
        Assert.Equal(new SubjectAmounts(null, null, null), table.Total);
        Assert.Equal("本单位无政府性基金预算收支，故此表无数据。", table.Remark);
    }

    [Fact]
    public void Basic_expenditure_has_personnel_and_public_columns()
    {
        var table = _doc.EconomicTable!;
        Assert.Equal("表三", table.TableNumber);
        Assert.Equal(32, table.Rows.Count);
        Assert.Equal(new EconomicSubjectRow("", "合计", 1733.30m, 1450.83m, 282.47m, 194), table.Total);
        Assert.Equal(new EconomicSubjectRow("30113", "住房公积金", 105.81m, 105.81m, null, 204), table.Rows.Single(r => r.Code == "30113"));
        Assert.Equal(new EconomicSubjectRow("30231", "公务用车运行维护费", 17.50m, null, 17.50m, 221), table.Rows.Single(r => r.Code == "30231"));
        Assert.Equal(new EconomicSubjectRow("30399", "其他对个人和家庭的补助", null, null, null, 227), table.Rows[^1]);
    }

    [Fact]
    public void Three_public_costs_are_read_by_header_position()
    {
        var costs = _doc.ThreePublicCosts!;
        Assert.Equal(18.00m, costs.Total);
        Assert.Null(costs.OverseasTravel);
        Assert.Equal(17.50m, costs.VehicleSubtotal);
        Assert.Null(costs.VehiclePurchase);
        Assert.Equal(17.50m, costs.VehicleOperation);
        Assert.Equal(0.50m, costs.OfficialReception);
        Assert.Equal(236, costs.Line);
    }

    [Fact]
    public void Fiscal_summary_has_current_year_carry_over_and_totals()
    {
        var table = _doc.Summary(SummaryTableKind.FiscalAppropriation);
        Assert.Equal("表一", table.TableNumber);
        var currentIncome = table.Line(SummarySide.Income, "一、本年收入");
        Assert.Equal((SummaryLineRole.CurrentYear, 4788.65m, 97), (currentIncome.Role, currentIncome.Amount, currentIncome.Line));
        Assert.Equal(SummaryLineRole.CarryOver, table.Line(SummarySide.Income, "二、上年结转").Role);
        var carried = table.Line(SummarySide.Income, "一般公共预算拨款");
        Assert.Equal((SummaryLineRole.CarryOver, 62.66m), (carried.Role, carried.Amount));
        Assert.Equal(SummaryLineRole.CarryForward, table.Line(SummarySide.Expenditure, "二、结转下年").Role);
        Assert.Null(table.Line(SummarySide.Expenditure, "二、结转下年").Amount);
        var housing = table.Line(SummarySide.Expenditure, "住房保障支出");
        Assert.Equal((SummaryLineRole.Item, 105.81m, 105.81m, (decimal?)null), (housing.Role, housing.Amount, housing.GeneralPublicBudget, housing.GovernmentFund));
        Assert.Equal(4851.31m, table.Line(SummarySide.Income, "收入合计").Amount);
        Assert.Equal(SummaryLineRole.Total, table.Line(SummarySide.Expenditure, "支出合计").Role);
        Assert.Equal(9, table.Lines.Count(l => l.Side == SummarySide.Income));
        Assert.Equal(10, table.Lines.Count(l => l.Side == SummarySide.Expenditure));
    }

    [Fact]
    public void Department_summary_lists_every_income_source_even_empty()
    {
        var table = _doc.Summary(SummaryTableKind.Department);
        Assert.Equal(10, table.Lines.Count(l => l.Side == SummarySide.Income));
        Assert.Equal(8, table.Lines.Count(l => l.Side == SummarySide.Expenditure));
        Assert.Equal(4851.31m, table.Line(SummarySide.Income, "一般公共预算资金").Amount);
        Assert.Null(table.Line(SummarySide.Income, "其他收入资金").Amount);
        Assert.Equal(SummaryLineRole.Total, table.Line(SummarySide.Expenditure, "合计").Role);
    }

    [Fact]
    public void Headerless_tail_of_income_table_is_assigned_by_its_shape()
    {
        var income = _doc.IncomeTable!;
        Assert.True(income.IsPartial);
        Assert.Null(income.Total);
        Assert.Equal(45, income.Rows.Count);
        Assert.Equal(265, income.StartLine);
        var first = income.Rows[0];
        Assert.Equal(("2080502", "事业单位离退休", 2.66m, 265), (first.Code, first.Name, first.Total, first.Line));
        Assert.Equal(2.66m, first.BySource[FundSource.GeneralPublicBudget]);
        Assert.Equal(455.30m, income.Rows.Single(r => r.Code == "2120501").BySource[FundSource.GeneralPublicBudget]);
        Assert.Contains(_doc.Notes, n => n.Line == 265 && n.Message.Contains("部门收入总表"));
        // The department summary above it ends where its own rows end.
        Assert.Contains(_doc.RawTables, t => t.Title.EndsWith("部门收支总表") && t.EndLine == 263);
    }

    [Fact]
    public void Empty_procurement_table_keeps_its_remark()
    {
        var table = Assert.Single(_doc.ProcurementTables);
        Assert.Equal("表九", table.TableNumber);
        Assert.Null(table.Total);
        Assert.Empty(table.Rows);
        Assert.Equal("本单位无政府采购预算支出，故此表无数据。", table.Remark);
    }

    [Fact]
    public void Every_financial_table_block_is_kept_raw()
    {
        // Performance blocks (from line 399) are the performance parser's; the financial ones, with the income tail:
        var financial = _doc.RawTables.Where(t => t.StartLine < 399).Select(t => (t.StartLine, t.TableNumber)).ToArray();
        Assert.Equal([(91, "表一"), (111, null), (188, "表三"), (229, null), (238, null), (248, null), (265, null), (314, "表八"), (388, "表九")], financial);
        var table8 = _doc.RawTables.Single(t => t.StartLine == 314);
        Assert.Equal(66, table8.Rows.Count); // 单位：万元, header, 合计 and 63 subject rows, as read
        Assert.Equal(["单位：万元"], table8.Rows[0].Cells);
        Assert.Equal(["科目编码", "科目名称", "总计", "基本支出", "项目支出"], table8.Rows[1].Cells);
        // Remarks stay in the raw table too.
        Assert.Contains(_doc.RawTables.Single(t => t.StartLine == 238).Rows, r => r.Cells[0] == "备注：本单位无政府性基金预算收支，故此表无数据。");
    }
}
