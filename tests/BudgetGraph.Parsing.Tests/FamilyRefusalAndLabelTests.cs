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

    [Theory]
    [InlineData("单位：人民币元")]
    [InlineData("单位（元）")]
    [InlineData("单位 元")]
    [InlineData("单位：RMB元")]
    [InlineData("单位：人民币 元")]
    [InlineData("（单位：元）")]
    [InlineData("货币单位：元")]
    [InlineData("单位：元(人民币)")]
    public void A_yuan_label_written_another_way_is_read_as_yuan(string label)
    {
        // Every table of the tab-separated family relabelled: before, 元 figures were read as 万元 (10⁴ too large).
        var doc = Parse(Wanli.Replace("\t单位：元\n", $"\t{label}\n"));
        var table = doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal(("元", 15621.1123m), (table.PrintedUnit, table.Total!.Total));   // 156,211,123 元
        Assert.DoesNotContain(doc.Notes, n => n.Message.Contains("prints no unit") || n.Message.Contains("unit label"));
    }

    [Theory]
    [InlineData("单位：人民币元")]
    [InlineData("单位（元）")]
    [InlineData("单位 元")]
    [InlineData("单位：RMB元")]
    [InlineData("单位：人民币 元")]
    public void A_yuan_label_written_another_way_is_read_as_yuan_in_space_separated_tables(string label)
    {
        var chengguanju = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));
        var doc = Parse(chengguanju.Replace("编制部门：普陀区城市管理行政执法局 单位：元\n", $"编制部门：普陀区城市管理行政执法局 {label}\n"));
        var summary = doc.Summary(SummaryTableKind.Department);
        Assert.Equal(("元", 4748.3458m), (summary.PrintedUnit, summary.Lines.Single(l => l.Label == "收入总计").Amount));   // 47,483,458 元
        Assert.Equal("上海市普陀区城市管理行政执法局", doc.Unit.OfficialName);
        Assert.All(doc.Inventory.Found.Where(t => t.Title.Contains("预算表") || t.Title.Contains("总表")).Where(t => !t.Title.Contains("三公")),
            t => Assert.Equal("元", t.PrintedUnit));
    }

    [Theory]
    [InlineData("单位：人民币万元")]
    [InlineData("单位（万元）")]
    [InlineData("单位 万元")]
    [InlineData("单位：RMB万元")]
    public void A_wan_yuan_label_written_another_way_is_read_as_wan_yuan(string label)
    {
        // nanping's 表二 (line 113) relabelled; its other tables print 单位：万元.
        var nanping = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, SeedDocuments.Nanping));
        var lines = nanping.Split('\n');
        Assert.Equal("单位：万元", lines[112]);
        lines[112] = label;
        var doc = Parse(string.Join('\n', lines));
        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(("万元", 4851.31m), (table.PrintedUnit, table.Total!.Total));
        Assert.DoesNotContain(doc.Notes, n => n.Line == 111 && n.Message.Contains("prints no unit"));
    }

    private static string[] NanpingLines() => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, SeedDocuments.Nanping)).Split('\n');

    // nanping 表二: "单位：万元" at line 113, its header "科目编码	科目名称	总计	基本支出	项目支出" at line 116.
    private const string NanpingTable2Header = "科目编码\t科目名称\t总计\t基本支出\t项目支出";

    [Theory]
    [InlineData("总计（元）", "元")]
    [InlineData("总计(千元)", "千元")]
    public void A_header_cell_printing_another_unit_than_the_unit_line_is_refused_naming_both(string header, string unit)
    {
        // Before, "单位：万元" won silently: 4,851.31 read as 万元 whatever the header said.
        var lines = NanpingLines();
        Assert.Equal("单位：万元", lines[112]);
        Assert.Equal(NanpingTable2Header, lines[115]);
        lines[115] = lines[115].Replace("总计", header);
        var error = Assert.Throws<DisclosureParseException>(() => Parse(string.Join('\n', lines)));
        Assert.Equal(116, error.Line);
        Assert.Contains("'单位：万元' (line 113) prints 万元", error.Reason);
        Assert.Contains($"'{header}' (line 116) prints {unit}", error.Reason);
    }

    [Fact]
    public void A_header_cell_printing_the_unit_line_unit_is_read_in_it()
    {
        var lines = NanpingLines();
        Assert.Equal(NanpingTable2Header, lines[115]);
        lines[115] = lines[115].Replace("总计", "总计（万元）");
        var table = Parse(string.Join('\n', lines)).Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(("万元", 4851.31m), (table.PrintedUnit, table.Total!.Total));
    }

    [Fact]
    public void A_second_unit_line_printing_another_unit_is_refused_naming_both()
    {
        // wanli 表三 (title line 301) prints "单位：元" at line 302; a second label under its header says 万元.
        var lines = Wanli.Split('\n');
        Assert.Equal("编制部门：上海市普陀区人民政府万里街道办事处 \t单位：元", lines[301]);
        Assert.Equal("项目 \t支出预算", lines[302]);
        lines[302] = "项目 \t支出预算 \t单位：万元";
        var error = Assert.Throws<DisclosureParseException>(() => Parse(string.Join('\n', lines)));
        Assert.Equal(303, error.Line);
        Assert.Contains("'单位：元' (line 302) prints 元", error.Reason);
        Assert.Contains("'单位：万元' (line 303) prints 万元", error.Reason);
    }

    [Fact]
    public void A_unit_label_naming_no_known_unit_is_stated_in_a_note_not_taken_for_no_label()
    {
        var doc = Parse(Wanli.Replace("编制部门：上海市普陀区人民政府万里街道办事处 \t单位：元\n项目 \t支出预算", "编制部门：上海市普陀区人民政府万里街道办事处 \t单位：美元\n项目 \t支出预算"));
        var table = doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Null(table.PrintedUnit);
        Assert.Contains(doc.Notes, n => n.Line == 302 && n.Message.Contains("'单位：美元' (line 302)") && n.Message.Contains("names no unit of measure this parser knows")
            && n.Message.Contains("read in 元"));
        Assert.DoesNotContain(doc.Notes, n => n.Line == 301 && n.Message.Contains("prints no unit"));
    }

    [Fact]
    public void A_spaced_project_card_printing_no_unit_is_read_in_the_documents_unit_with_a_note()
    {
        // chengguanju's card prints "（元）" alone at line 356; its tables print 单位：元.
        var chengguanju = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));
        var lines = chengguanju.Split('\n');
        Assert.Equal("（元）", lines[355]);
        lines[355] = "";
        var doc = Parse(string.Join('\n', lines));
        Assert.Equal(349.80m, doc.Projects.Single().Budget);   // 3,498,000.00 元
        Assert.Contains(doc.Notes, n => n.Line == 343 && n.Message.Contains("prints no unit for its amounts: read in 元"));
    }

    [Fact]
    public void A_spaced_project_card_printing_two_different_units_is_refused_naming_both()
    {
        // chengguanju's card prints "（元）" at line 356 under 项目资金; a "单位：万元" added to line 344 contradicts it.
        // Before, the first unit met won silently: 3,498,000.00 read as 万元, 10⁴ too large.
        var chengguanju = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));
        var lines = chengguanju.Split('\n');
        Assert.Equal(("（2026年度）", "（元）"), (lines[343], lines[355]));
        lines[343] = "（2026年度） 单位：万元";
        var error = Assert.Throws<DisclosureParseException>(() => Parse(string.Join('\n', lines)));
        Assert.Equal(356, error.Line);
        Assert.Equal("'财政项目支出绩效目标申报表' prints two different units of measure: '单位：万元' (line 344) prints 万元, '（元）' (line 356) "
            + "prints 元; which one its amounts are in cannot be known.", error.Reason);
    }

    [Fact]
    public void An_empty_cell_of_a_tab_separated_three_public_costs_row_keeps_its_column()
    {
        // Line 599 with 因公出国(境)费 left empty: "47.91 \t \t1.35 …". The header is printed over three lines, so the
        // figures follow the leaves in order; the empty cell must not shift 1.35 into 因公出国 and so on.
        const string printed = "47.91 \t0 \t1.35 \t46.56 \t25 \t21.56 \t443.18\n";
        Assert.Contains(printed, Wanli);
        var costs = Parse(Wanli.Replace(printed, "47.91 \t \t1.35 \t46.56 \t25 \t21.56 \t443.18\n")).ThreePublicCosts!;
        Assert.Equal((47.91m, (decimal?)null, 1.35m, 46.56m, 25m, 21.56m, 443.18m, 599),
            (costs.Total, costs.OverseasTravel, costs.OfficialReception, costs.VehicleSubtotal, costs.VehiclePurchase,
             costs.VehicleOperation, costs.OperatingCosts, costs.Line));
    }

    [Fact]
    public void Money_units_convert_exactly()
    {
        Assert.Equal(12.345678m, MoneyUnit.Yuan.ToWanYuan(123456.78m));
        Assert.Equal(329.66m, MoneyUnit.Yuan.ToWanYuan(3_296_600m));
        Assert.Equal(MoneyUnit.Yuan, MoneyUnit.FromLabel("编制部门：普陀区城市管理行政执法局 单位：元"));
        Assert.Equal(MoneyUnit.WanYuan, MoneyUnit.FromLabel("单位:万元"));
        Assert.Null(MoneyUnit.FromLabel("编制单位：元宝山街道办事处"));
        Assert.Null(MoneyUnit.FromLabel("编制单位 元宝山街道办事处"));
        Assert.False(MoneyUnit.IsMeasureLabel("编制单位：元宝山街道办事处"));
        Assert.False(MoneyUnit.IsMeasureLabel("单位名称"));
        Assert.True(MoneyUnit.IsMeasureLabel("金额单位：美元"));
        Assert.False(MoneyUnit.IsMeasureLabel("单位（项目）名称"));
        Assert.Equal(MoneyUnit.WanYuan, MoneyUnit.FromHeaderCell("当年预算（万元）"));
    }
}
