using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// Disclosures the parser has never seen: seeds edited the way other publishers and page breaks vary them, and a
/// small disclosure of a 镇 with its columns in another order.
/// </summary>
public sealed class LayoutVariationTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private string NanpingText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Nanping));

    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    // nanping's first project card (line 418): "单位：万元" at line 422, "当年预算	405.91" at line 425.
    private const string CardUnitLine = "编制单位：307-重庆市南岸区人民政府南坪街道办事处\n\n单位：万元\n\n项目名称\t南坪街道公共事务运行专项";
    private const string CardBudgetLine = "当年预算\t405.91\t";

    private ProjectCard FirstCard(Disclosure doc) => doc.Projects.Single(p => p.StartLine == 418);

    [Fact]
    public void A_project_card_printing_yuan_on_its_unit_line_is_read_in_yuan()
    {
        var text = NanpingText;
        Assert.Contains(CardUnitLine, text);
        var doc = Parse(text.Replace(CardUnitLine, CardUnitLine.Replace("单位：万元", "单位：元"))
            .Replace(CardBudgetLine, "当年预算\t4,059,100.00\t"));
        Assert.Equal(("南坪街道公共事务运行专项", 405.91m), (FirstCard(doc).Name, FirstCard(doc).Budget));   // 4,059,100.00 元
    }

    [Fact]
    public void A_project_card_printing_no_unit_is_read_in_the_documents_unit_with_a_note()
    {
        var doc = Parse(NanpingText.Replace(CardUnitLine, CardUnitLine.Replace("单位：万元", "")));
        Assert.Equal(405.91m, FirstCard(doc).Budget);
        Assert.Contains(doc.Notes, n => n.Line == 418 && n.Message.Contains("prints no unit for its amounts") && n.Message.Contains("read in 万元"));
    }

    [Fact]
    public void A_project_card_budget_label_naming_its_unit_is_read_in_it()
    {
        // "当年预算（元）" under the card's "单位：万元": the label stands by the figure; the contradiction is noted.
        var doc = Parse(NanpingText.Replace(CardBudgetLine, "当年预算（元）\t4,059,100.00\t"));
        Assert.Equal(405.91m, FirstCard(doc).Budget);
        Assert.Contains(doc.Notes, n => n.Line == 425 && n.Message.Contains("label prints 元") && n.Message.Contains("(line 422) prints 万元"));

        var noUnitLine = Parse(NanpingText.Replace(CardUnitLine, CardUnitLine.Replace("单位：万元", ""))
            .Replace(CardBudgetLine, "当年预算（元）\t4,059,100.00\t"));
        Assert.Equal(405.91m, FirstCard(noUnitLine).Budget);
        Assert.DoesNotContain(noUnitLine.Notes, n => n.Line == 418 && n.Message.Contains("prints no unit"));
    }

    [Fact]
    public void A_split_label_naming_another_unit_than_the_cards_unit_line_is_read_in_it_with_a_note()
    {
        // chaoyang's first card (line 467, "单位：万元" at line 471), line 475 "当年预算（万元）	100.00		本级安排（万元）	100.00":
        // 本级安排 relabelled in 元. The label stands by the figure, as the budget's does; before, without a note.
        var chaoyang = Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Chaoyang));
        const string line475 = "当年预算（万元）\t100.00\t\t本级安排（万元）\t100.00";
        Assert.Contains(line475, chaoyang);
        var doc = Parse(chaoyang.Replace(line475, "当年预算（万元）\t100.00\t\t本级安排（元）\t1,000,000.00"));
        var card = doc.Projects.Single(p => p.StartLine == 467);
        Assert.Equal(("本级安排", 100.00m), (card.Splits[0].Label, card.Splits[0].Amount!.Value));
        Assert.Contains(doc.Notes, n => n.Line == 475 && n.Message.Contains("'本级安排': its label prints 元 but the table's unit line (line 471) prints 万元"));
        Assert.DoesNotContain(seeds[SeedDocuments.Chaoyang].Notes, n => n.Message.Contains("its label prints"));
    }

    [Fact]
    public void A_project_card_printing_two_different_unit_lines_is_refused_naming_both()
    {
        // "编制单位：…办事处单位：元" (line 420) above the card's "单位：万元" (line 422). Before, the first line won silently:
        // 405.91 read as 元, 0.040591 万元.
        var text = NanpingText;
        Assert.Contains(CardUnitLine, text);
        var edited = CardUnitLine.Replace("南坪街道办事处\n", "南坪街道办事处单位：元\n");
        var error = Assert.Throws<DisclosureParseException>(() => Parse(text.Replace(CardUnitLine, edited)));
        Assert.Equal(422, error.Line);
        Assert.Equal("'2024年重庆市南岸区人民政府南坪街道办事处项目绩效目标表（一级项目）' prints two different units of measure: "
            + "'编制单位：307-重庆市南岸区人民政府南坪街道办事处单位：元' (line 420) prints 元, '单位：万元' (line 422) prints 万元; "
            + "which one its amounts are in cannot be known.", error.Reason);
    }

    [Fact]
    public void A_project_card_keeps_the_unit_it_prints_and_none_when_it_prints_none()
    {
        Assert.Equal("万元", FirstCard(Parse(NanpingText)).PrintedUnit);
        var noUnitLine = NanpingText.Replace(CardUnitLine, CardUnitLine.Replace("单位：万元", ""));
        Assert.Null(FirstCard(Parse(noUnitLine)).PrintedUnit);
        var labelOnly = Parse(noUnitLine.Replace(CardBudgetLine, "当年预算（元）\t4,059,100.00\t"));
        Assert.Equal(("元", 405.91m), (FirstCard(labelOnly).PrintedUnit, FirstCard(labelOnly).Budget));
    }

    [Fact]
    public void A_three_public_costs_header_extracted_line_by_line_keeps_an_empty_figure_in_its_column()
    {
        // nanping 表五 (lines 233–236) with its merged header cells on lines of their own and its figures in the order
        // of the leaves (合计, 出国, 接待, 小计, 购置费, 运行费): 公务用车购置费 is empty.
        const string original = "2024年预算数\t\t\t\t\t\n合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n\t\t小计\t公务用车购置费\t公务用车运行费\t\n18.00\t\t17.50\t\t17.50\t0.50\n";
        const string extracted = "2024年预算数\n合计\t因公出国（境）费\t公务接待费\n公务用车购置及运行费\n小计\t公务用车购置费\t公务用车运行费\n18.00\t0.00\t0.50\t17.50\t\t17.50\n";
        Assert.Contains(original, NanpingText);
        var costs = Parse(NanpingText.Replace(original, extracted)).ThreePublicCosts!;
        Assert.Equal((18.00m, 0.00m, 0.50m, 17.50m, (decimal?)null, 17.50m, 237),
            (costs.Total, costs.OverseasTravel, costs.OfficialReception, costs.VehicleSubtotal, costs.VehiclePurchase, costs.VehicleOperation, costs.Line));
    }

    [Fact]
    public void A_three_public_costs_table_printed_down_the_page_is_read_by_its_row_labels()
    {
        // nanping 表五 (lines 233–236) printed as a row per figure: before, no header cell named a figure and every
        // amount was stored empty, with no note.
        const string original = "2024年预算数\t\t\t\t\t\n合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n\t\t小计\t公务用车购置费\t公务用车运行费\t\n18.00\t\t17.50\t\t17.50\t0.50\n";
        const string vertical = "项目\t预算数\n合计\t18.00\n因公出国（境）费\t\n公务用车购置及运行费\t17.50\n其中：公务用车购置费\t\n公务用车运行费\t17.50\n公务接待费\t0.50\n";
        Assert.Contains(original, NanpingText);
        var doc = Parse(NanpingText.Replace(original, vertical));
        var costs = doc.ThreePublicCosts!;
        Assert.Equal((18.00m, (decimal?)null, 0.50m, 17.50m, (decimal?)null, 17.50m, 234),
            (costs.Total, costs.OverseasTravel, costs.OfficialReception, costs.VehicleSubtotal, costs.VehiclePurchase, costs.VehicleOperation, costs.Line));
        Assert.Contains(doc.Notes, n => n.Line == 234 && n.Message.Contains("printed down the page"));
    }

    [Fact]
    public void A_cell_wrapped_onto_the_next_line_is_joined_to_its_row()
    {
        var original = "2010399\t其他政府办公厅（室）及相关机构事务支出\t47.59\t47.59\t\n";
        var wrapped = "2010399\t其他政府办公厅（室）及相关\n机构事务支出\t47.59\t47.59\t\n";
        var text = NanpingText;
        var at = text.IndexOf(original, StringComparison.Ordinal); // first occurrence: 表二, line 122
        var doc = Parse(text[..at] + wrapped + text[(at + original.Length)..]);

        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(63, table.Rows.Count);
        var row = table.Subject("2010399");
        Assert.Equal(("其他政府办公厅（室）及相关机构事务支出", 47.59m, 47.59m, (decimal?)null, 122), (row.Name, row.Total, row.Basic, row.Project, row.Line));
        Assert.Contains(doc.Notes, n => n.Line == 123 && n.Message.Contains("wrapped"));
    }

    [Fact]
    public void A_table_restarting_after_a_page_break_with_its_header_repeated_keeps_all_rows()
    {
        var text = NanpingText.Replace(
            "2080502\t事业单位离退休\t2.66\t2.66\t\n\n2080505",
            "2080502\t事业单位离退休\t2.66\t2.66\t\n\n科目编码\t科目名称\t总计\t基本支出\t项目支出\n2080505");
        var doc = Parse(text);

        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(63, table.Rows.Count);
        Assert.Equal(124.16m, table.Subject("2080505").Total);
        Assert.Contains(doc.Notes, n => n.Line == 138);
    }

    [Fact]
    public void A_town_disclosure_with_numbered_titles_and_reordered_columns_is_read_by_its_headers()
    {
        const string text = """
            重庆市綦江区古南镇人民政府
            2025年部门预算情况说明
            一、单位基本情况
            （一）职能职责
            负责全镇经济社会事务。
            （二）单位构成
            本单位由 3 个内设机构构成。
            二、部门收支总体情况
            部门预算公开联系人：张三 联系电话：023-12345678
            表 2
            一般公共预算财政拨款支出预算表
            单位：万元
            科目编码	科目名称	基本支出	项目支出	合计
            合计		6.00	4.00	10.00
            201	一般公共服务支出	6.00	4.00	10.00
            20103	政府办公厅（室）及相关机构事务	6.00	4.00	10.00
            2010301	行政运行	6.00		6.00
            2010302	一般行政管理事务		4.00	4.00
            表3
            “三公”经费预算表
            单位：万元
            合计	公务接待费	因公出国（境）费	公务用车购置及运行费		
            			小计	公务用车运行费	公务用车购置费
            2.50	0.50		2.00	2.00	
            """;
        var doc = Parse(text);

        Assert.Equal(("重庆市綦江区古南镇人民政府", "古南镇", "綦江区"), (doc.Unit.OfficialName, doc.Unit.ShortName, doc.Unit.District));
        Assert.Null(doc.Unit.UnitCode);
        Assert.Equal("负责全镇经济社会事务。", doc.Unit.FunctionsText);
        Assert.Equal("本单位由 3 个内设机构构成。", doc.Unit.StructureText);
        Assert.Equal("部门预算公开联系人：张三 联系电话：023-12345678", doc.Unit.ContactLine);
        Assert.Equal(2025, doc.FiscalYear);

        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal("表2", table.TableNumber);
        Assert.Equal(new SubjectAmounts(10.00m, 6.00m, 4.00m), table.Total);
        Assert.Equal(new FunctionalSubjectRow("2010302", "一般行政管理事务", 4.00m, null, 4.00m, 18), table.Subject("2010302"));

        var costs = doc.ThreePublicCosts!;
        Assert.Equal((2.50m, 0.50m, (decimal?)null, 2.00m, 2.00m, (decimal?)null),
            (costs.Total, costs.OfficialReception, costs.OverseasTravel, costs.VehicleSubtotal, costs.VehicleOperation, costs.VehiclePurchase));
    }

    [Fact]
    public void A_financial_table_printed_one_cell_per_line_reads_like_its_tab_separated_form()
    {
        // Re-print 表二 of nanping (lines 111-184) in the layout of 001/002: each cell on its own tab-led line,
        // "\t" alone for an empty cell, an empty line after each row.
        var lines = NanpingText.Split('\n');
        var cover = string.Join("\n", lines[..88]);
        var table = new StringBuilder("\t" + lines[110] + "\n\n");
        foreach (var row in lines[111..184].Where(l => l.Length > 0))
            table.Append(string.Concat(row.Split('\t').Select(cell => "\t" + cell + "\n"))).Append('\n');

        var doc = Parse(cover + "\n" + table);

        var expected = seeds[SeedDocuments.Nanping].Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        var actual = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Remark, actual.Remark);
        Assert.Equal(
            expected.Rows.Select(r => (r.Code, r.Name, r.Total, r.Basic, r.Project)),
            actual.Rows.Select(r => (r.Code, r.Name, r.Total, r.Basic, r.Project)));
    }

    [Fact]
    public void A_foreign_fragment_inside_a_table_is_split_off_and_the_table_resumes_after_it()
    {
        // Move the headerless 部门收入总表 tail (lines 265-310) into the page break of 表二 (after the blank line 137).
        var lines = NanpingText.Split('\n').ToList();
        var fragment = lines.GetRange(264, 46);
        lines.RemoveRange(263, 47); // the fragment and the blank line before it
        lines.InsertRange(137, fragment.Append(""));
        var doc = Parse(string.Join("\n", lines));

        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(63, table.Rows.Count);
        Assert.Equal(new SubjectAmounts(4851.31m, 1733.30m, 3118.01m), table.Total);
        Assert.Equal(185, table.Subject("2080505").Line); // after the fragment and its blank line
        var income = doc.IncomeTable!;
        Assert.Equal(45, income.Rows.Count);
        Assert.Equal(("2080502", 138), (income.Rows[0].Code, income.Rows[0].Line));
        Assert.True(income.IsPartial);
    }

    [Fact]
    public void A_table_number_printed_on_the_title_line_is_read_as_the_number()
    {
        var text = Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Jiangbeicheng))
            .Replace("表二\n\n一般公共预算财政拨款支出预算表", "表二 一般公共预算财政拨款支出预算表")
            .Replace("表八\n\n部门支出总表", "表8：部门支出总表");
        var doc = Parse(text);

        var table2 = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(("表二", "一般公共预算财政拨款支出预算表", 85), (table2.TableNumber, table2.Title, table2.Rows.Count));
        var table8 = doc.Functional(FunctionalTableKind.DepartmentExpenditure);
        Assert.Equal(("表8", "部门支出总表", 79), (table8.TableNumber, table8.Title, table8.Rows.Count));
    }

    [Fact]
    public void Performance_titles_end_the_financial_table_above_them()
    {
        // 表十 (整体绩效目标表) follows 表九 directly: the procurement table must not swallow the performance tables.
        var doc = seeds[SeedDocuments.Jiangbeicheng];
        var procurement = Assert.Single(doc.ProcurementTables);
        Assert.Single(procurement.Rows);
        var raw = doc.RawTables.Single(t => t.TableNumber == "表九");
        Assert.Equal((467, 473), (raw.StartLine, raw.EndLine));
        Assert.DoesNotContain(doc.RawTables.Where(t => t.StartLine < 477), t => t.Title.Contains("绩效"));
    }
}
