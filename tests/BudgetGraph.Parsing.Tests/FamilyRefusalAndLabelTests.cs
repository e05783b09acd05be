using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>Labels naming the unit, units of measure, and refusals that name their real cause (issue 7 items 1, 2, 6).</summary>
public sealed class FamilyRefusalAndLabelTests
{
    private static readonly string Wanli = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Wanli));

    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("预算主管部门：")]
    [InlineData("编制部门：")]
    [InlineData("编制单位：")]
    [InlineData("部门名称：")]
    [InlineData("单位名称：")]
    [InlineData("主管部门：")]
    public void The_unit_is_named_by_any_label(string label)
    {
        var doc = Parse(Wanli.Replace("编制部门：上海市普陀区人民政府万里街道办事处", "编制部门：万里").Replace("预算主管部门：", label));
        Assert.Equal("上海市普陀区人民政府万里街道办事处", doc.Unit.OfficialName);
    }

    [Fact]
    public void A_complete_file_ending_with_a_reference_to_the_project_tables_is_not_truncated()
    {
        var doc = Parse(Wanli.TrimEnd() + "\n详见单位的项目绩效目标表\n");
        Assert.Equal(15621.1123m, doc.IncomeTable!.Total!.Total);
    }

    [Fact]
    public void A_file_naming_no_unit_is_refused_with_the_nearest_candidate()
    {
        var text = Wanli.Replace("预算主管部门：上海市普陀区人民政府万里街道办事处", "预算主管部门：万里")
            .Replace("编制部门：上海市普陀区人民政府万里街道办事处", "编制部门：万里")
            .Replace("上海市普陀区人民政府万里街道办事处", "万里");
        var error = Assert.Throws<DisclosureParseException>(() => Parse(text));
        Assert.Contains("publishing unit's name was not found", error.Reason);
        Assert.Contains("nearest candidate: line 1 '上海市普陀区'", error.Reason);
    }

    [Fact]
    public void Thousand_yuan_tables_are_converted_exactly()
    {
        // 表三 relabelled 千元: 156,211,123 千元 = 15,621,112.3 万元.
        var doc = Parse(Wanli.Replace("编制部门：上海市普陀区人民政府万里街道办事处 \t单位：元\n项目 \t支出预算", "编制部门：上海市普陀区人民政府万里街道办事处 \t单位：千元\n项目 \t支出预算"));
        var table = doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal(("千元", 15_621_112.3m), (table.PrintedUnit, table.Total!.Total));
    }

    [Fact]
    public void A_table_printing_no_unit_is_read_in_the_documents_unit_with_a_note()
    {
        var doc = Parse(Wanli.Replace("编制部门：上海市普陀区人民政府万里街道办事处 \t单位：元\n项目 \t支出预算", "编制部门：上海市普陀区人民政府万里街道办事处\n项目 \t支出预算"));
        var table = doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Null(table.PrintedUnit);
        Assert.Equal(15621.1123m, table.Total!.Total);
        Assert.Contains(doc.Notes, n => n.Line == 301 && n.Message.Contains("prints no unit of measure") && n.Message.Contains("元"));
    }

    [Fact]
    public void Money_units_convert_exactly()
    {
        Assert.Equal(12.345678m, MoneyUnit.Yuan.ToWanYuan(123456.78m));
        Assert.Equal(329.66m, MoneyUnit.Yuan.ToWanYuan(3_296_600m));
        Assert.Equal(MoneyUnit.Yuan, MoneyUnit.FromLabel("编制部门：普陀区城市管理行政执法局 单位：元"));
        Assert.Equal(MoneyUnit.WanYuan, MoneyUnit.FromLabel("单位:万元"));
        Assert.Null(MoneyUnit.FromLabel("编制单位：元宝山街道办事处"));
        Assert.Equal(MoneyUnit.WanYuan, MoneyUnit.FromHeaderCell("当年预算（万元）"));
    }
}
