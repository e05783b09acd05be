using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>seeds/chaoyang-2023.txt: 朝阳街道 2023; no 表一 line, titles without year, 表二 and 表八 disagree by a cent.</summary>
public sealed class ChaoyangDisclosureTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private readonly Disclosure _doc = seeds[SeedDocuments.Chaoyang];

    [Fact]
    public void Official_name_is_the_fullest_printed_form()
    {
        // Tables print "重庆市北碚区朝阳街道办事处"; the cover line gives the full name.
        Assert.Equal("重庆市北碚区人民政府朝阳街道办事处", _doc.Unit.OfficialName);
        Assert.Equal("朝阳街道", _doc.Unit.ShortName);
        Assert.Equal("北碚区", _doc.Unit.District);
        Assert.Equal("502", _doc.Unit.UnitCode); // not 502001 (本级)
        Assert.Equal("部门预算公开联系人：江昶 联系方式：023-68353387", _doc.Unit.ContactLine);
        Assert.StartsWith("本单位由 8 个内设科室和 6 个事业单位构成。", _doc.Unit.StructureText);
        Assert.Contains("优抚安置、扶贫济困", _doc.Unit.FunctionsText); // joined across the page break
        Assert.Equal(2023, _doc.FiscalYear);
        Assert.Equal(3, _doc.FiscalYearLine);
    }

    [Fact]
    public void Basic_expenditure_differs_between_table_two_and_table_eight_and_both_are_kept()
    {
        var table2 = _doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        var table8 = _doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal(new SubjectAmounts(3394.41m, 1225.78m, 2168.63m), table2.Total);
        Assert.Equal(new SubjectAmounts(3394.41m, 1225.79m, 2168.63m), table8.Total);
        Assert.Equal(1225.78m, _doc.EconomicTable!.Total!.Total);
        Assert.Equal(100, table2.Rows.Count);
        Assert.Equal(100, table8.Rows.Count);
        Assert.Equal("表二", table2.TableNumber);
        Assert.Null(table8.TableNumber);
        Assert.Equal("本表反映2023年当年一般公共预算财政拨款支出情况。", table2.Remark);
        var civil = table2.Subject("2080208");
        Assert.Equal((993.60m, 54.86m, 938.74m, 136), (civil.Total, civil.Basic, civil.Project, civil.Line));
        Assert.Equal(2.00m, table2.Subject("2070308").Total); // first row after a page break
    }

    [Fact]
    public void Economic_table_has_29_subjects()
    {
        var table = _doc.EconomicTable!;
        Assert.Equal(29, table.Rows.Count);
        Assert.Equal((1225.78m, 1025.75m, 200.03m), (table.Total!.Total, table.Total.Personnel, table.Total.Public));
        Assert.Equal(new EconomicSubjectRow("30399", "其他对个人和家庭的补助", 98.25m, 98.25m, null, 237), table.Rows[^1]);
    }

    [Fact]
    public void Three_public_costs_total_16()
    {
        var costs = _doc.ThreePublicCosts!;
        Assert.Equal((16.00m, (decimal?)null, 11.00m, (decimal?)null, 11.00m, 5.00m),
            (costs.Total, costs.OverseasTravel, costs.VehicleSubtotal, costs.VehiclePurchase, costs.VehicleOperation, costs.OfficialReception));
    }

    [Fact]
    public void Government_fund_table_with_total_label_in_second_column_is_empty()
    {
        var table = _doc.Functional(FunctionalTableKind.GovernmentFundExpenditure);
        Assert.Empty(table.Rows);
        Assert.Equal(254, table.TotalLine);
        Assert.Equal("本部门无政府性基金收支，故此表无数据。", table.Remark);
    }

    [Fact]
    public void Summaries_are_read_without_table_numbers()
    {
        var fiscal = _doc.Summary(SummaryTableKind.FiscalAppropriation);
        Assert.Null(fiscal.TableNumber);
        Assert.Equal(61, fiscal.StartLine);
        Assert.Equal(12, fiscal.Lines.Count(l => l.Side == SummarySide.Expenditure && l.Role == SummaryLineRole.Item));
        Assert.Equal(11.00m, fiscal.Line(SummarySide.Expenditure, "国防支出").GeneralPublicBudget);
        Assert.Null(fiscal.Line(SummarySide.Income, "二、上年结转").Amount);
        var department = _doc.Summary(SummaryTableKind.Department);
        Assert.Equal(5.00m, department.Line(SummarySide.Expenditure, "其他支出").Amount);
    }

    [Fact]
    public void Headerless_income_tail_with_ten_columns_is_partial_income_table()
    {
        var income = _doc.IncomeTable!;
        Assert.True(income.IsPartial);
        Assert.Equal(46, income.Rows.Count);
        Assert.Equal(("2082501", 8.00m, 278), (income.Rows[0].Code, income.Rows[0].Total, income.Rows[0].Line));
        Assert.Equal(("2299999", 5.00m), (income.Rows[^1].Code, income.Rows[^1].BySource[FundSource.GeneralPublicBudget]));
        // Only filled cells are recorded when the columns had to be assumed.
        Assert.Single(income.Rows[0].BySource);
    }

    [Fact]
    public void Procurement_table_lists_empty_categories_and_remark()
    {
        var table = Assert.Single(_doc.ProcurementTables);
        Assert.Equal("重庆市北碚区朝阳街道办事处2023年采购预算明细表", table.Title);
        Assert.Equal(["货物类", "工程类", "服务类"], table.Rows.Select(r => r.Name).ToArray());
        Assert.All(table.Rows, r => Assert.Null(r.Total));
        Assert.Null(table.Total);
        Assert.Equal("本部门无政府采购预算，故此表无数据。", table.Remark);
    }
}
