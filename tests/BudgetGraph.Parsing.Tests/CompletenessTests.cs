using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// Which tables a disclosure announces (目录, 表N numbering, 说明) and which are found, missing, cut or printed twice
/// (<see cref="Disclosure.Inventory"/>).
/// </summary>
public sealed class CompletenessTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private string Text(string seed) => Encoding.UTF8.GetString(seeds.Bytes(seed));

    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_found_performance_table_reports_the_unit_it_is_served_with()
    {
        // ciqikou's 部门整体绩效目标表 (line 2) prints no 单位 line, only "部门支出预算总量（万元）" (line 6); chengguanju's
        // card (line 343) prints "（元）" (line 356). Before, the inventory (the import check's "unit not printed") read
        // 单位 lines only and disagreed with the printedUnit served for the same table.
        var ciqikou = seeds[SeedDocuments.Ciqikou];
        Assert.Equal(("万元", "万元"), (ciqikou.Inventory.Found.Single(t => t.StartLine == 2).PrintedUnit, ciqikou.OverallPerformance!.PrintedUnit));
        var chengguanju = DisclosureParser.ParseFile(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));
        Assert.Equal("元", chengguanju.Inventory.Found.Single(t => t.StartLine == 343).PrintedUnit);
    }

    [Fact]
    public void Nanping_numbers_some_tables_and_every_number_up_to_its_last_is_found()
    {
        var inventory = seeds[SeedDocuments.Nanping].Inventory;

        Assert.Equal(13, inventory.Found.Count);
        Assert.Equal(
            ["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十"],
            inventory.Announced.Where(a => a.Source == AnnouncementSource.Numbering).Select(a => a.Number));
        Assert.Empty(inventory.Missing);
        Assert.Empty(inventory.Duplicates);
        // 表二 is printed without its number: counted from 表一 before it.
        var table2 = inventory.Found[1];
        Assert.Equal(("表二", true, 111, 184), (table2.Number, table2.NumberIsInferred, table2.StartLine, table2.EndLine));
        // 表七 survives only as a headerless fragment.
        var table7 = inventory.Found[6];
        Assert.Equal(("部门收入总表", "表七", 265, 310, false, true), (table7.Title, table7.Number, table7.StartLine, table7.EndLine, table7.HasPrintedTitle, table7.IsPartial));
        Assert.Equal("万元", inventory.Found[0].PrintedUnit);
    }

    [Fact]
    public void A_table_listed_in_the_contents_but_not_printed_is_missing_with_a_note()
    {
        var text = Text(SeedDocuments.Nanping).Replace("2024 年部门预算情况说明\n",
            "2024 年部门预算情况说明\n目录\n表一 财政拨款收支总表……………3\n表二 一般公共预算财政拨款支出预算表\n国有资本经营预算支出表 ...... 12\n一、单位基本情况\n\n");
        var doc = Parse(text);

        var contents = doc.Inventory.Announced.Where(a => a.Source == AnnouncementSource.Contents).ToList();
        Assert.Equal(["财政拨款收支总表", "一般公共预算财政拨款支出预算表", "国有资本经营预算支出表"], contents.Select(a => a.Title));
        Assert.Equal([97, 117, null], contents.Select(a => a.FoundLine));
        var missing = Assert.Single(doc.Inventory.Missing);
        Assert.Equal(("国有资本经营预算支出表", 9), (missing.Title, missing.Line));
        Assert.Contains(doc.Notes, n => n.Line == 9 && n.Message == "The 目录 lists '国有资本经营预算支出表' but no such table was found.");
        // The contents entries are not tables: the financial tables are those of the seed.
        Assert.Equal(seeds[SeedDocuments.Nanping].SummaryTables.Count, doc.SummaryTables.Count);
    }

    [Fact]
    public void A_contents_section_grouping_tables_is_not_a_table_but_tables_numbered_一_二_are()
    {
        // A 目录 numbering its tables 一、二、 like sections, with a generic "三、部门预算表" grouping the table listed under it.
        var text = Text(SeedDocuments.Nanping).Replace("2024 年部门预算情况说明\n",
            "2024 年部门预算情况说明\n目录\n一、财政拨款收支总表……………3\n二、一般公共预算财政拨款支出预算表……5\n三、部门预算表……7\n"
            + "1. 国有资本经营预算支出表 ...... 12\n四、单位基本情况\n\n");
        var doc = Parse(text);

        var contents = doc.Inventory.Announced.Where(a => a.Source == AnnouncementSource.Contents).ToList();
        Assert.Equal(
            [("一、财政拨款收支总表", 7, (int?)98), ("二、一般公共预算财政拨款支出预算表", 8, 118), ("国有资本经营预算支出表", 10, null)],
            contents.Select(a => (a.Title, a.Line, a.FoundLine)));
        var missing = Assert.Single(doc.Inventory.Missing);
        Assert.Equal(("国有资本经营预算支出表", 10), (missing.Title, missing.Line));
        Assert.DoesNotContain(doc.Notes, n => n.Message.Contains("部门预算表"));
        // The group heading is still a 目录 line, not the title of a table.
        Assert.Equal(seeds[SeedDocuments.Nanping].Inventory.Found.Count, doc.Inventory.Found.Count);
    }

    [Fact]
    public void A_table_named_in_the_explanation_but_not_printed_is_missing()
    {
        var text = Text(SeedDocuments.Nanping).Replace("政府采购货物预算 0 万元", "详见《国有资本经营预算支出表》。政府采购货物预算 0 万元");
        var missing = Assert.Single(Parse(text).Inventory.Missing);
        Assert.Equal(("国有资本经营预算支出表", AnnouncementSource.Explanation), (missing.Title, missing.Source));
    }

    [Fact]
    public void A_numbering_gap_is_a_missing_table()
    {
        // Remove 表八 部门支出总表 (its number line 312 to its last row 384) from nanping: 表九 follows 表六/表七.
        var lines = Text(SeedDocuments.Nanping).Split('\n').ToList();
        lines.RemoveRange(311, 73);
        var doc = Parse(string.Join("\n", lines));

        // The unnumbered tables before 表九 count up to 表七, so 表八 is the one missing.
        var missing = Assert.Single(doc.Inventory.Missing);
        Assert.Equal(("表八", AnnouncementSource.Numbering), (missing.Number, missing.Source));
    }

    [Fact]
    public void A_file_cut_at_a_row_boundary_inside_table_2_marks_it_partial()
    {
        var lines = Text(SeedDocuments.Nanping).Split('\n');
        var doc = Parse(string.Join("\n", lines[..150]) + "\n");

        var table2 = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.True(table2.IsPartial);
        Assert.Equal(32, table2.Rows.Count);
        Assert.Contains(doc.Notes, n => n.Line == 150 && n.Message.Contains("is cut") && n.Message.Contains("3198.68 of its 合计 4851.31"));
        Assert.True(doc.Inventory.Found[1].IsPartial);
        // The complete seed's 表二 is not partial.
        Assert.False(seeds[SeedDocuments.Nanping].Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).IsPartial);
    }

    [Fact]
    public void A_file_cut_after_a_category_row_before_its_subjects_marks_the_table_partial()
    {
        // Line 129 is the 类 row 208 社会保障和就业支出 946.04: cut right after it.
        var lines = Text(SeedDocuments.Nanping).Split('\n');
        Assert.StartsWith("208\t", lines[128]);
        var doc = Parse(string.Join("\n", lines[..129]) + "\n");
        Assert.True(doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).IsPartial);
    }

    [Fact]
    public void Table_2_printed_twice_is_read_once()
    {
        var lines = Text(SeedDocuments.Chaoyang).Split('\n');
        var doc = Parse(string.Join("\n", [.. lines[..198], "", .. lines[85..198], .. lines[198..]]));

        var table2 = Assert.Single(doc.FunctionalTables, t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal(3394.41m, table2.Total!.Total);
        Assert.Equal(seeds[SeedDocuments.Chaoyang].Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).Rows.Count, table2.Rows.Count);
        var copy = Assert.Single(doc.Inventory.Duplicates);
        Assert.Equal(("表二", 200, 312), (copy.Number, copy.StartLine, copy.EndLine));
    }

    // nanping 表二: its title at line 111, its last row at line 184; printed again after the last line (477) under
    // another title: the copy's title at line 479, its rows at lines 480–552.
    private string NanpingWithTable2Again(string copyTitle, Func<string, string>? editCopy = null)
    {
        var lines = Text(SeedDocuments.Nanping).Split('\n');
        Assert.Equal(("2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款支出预算表", 477), (lines[110], lines.Length));
        var copy = string.Join("\n", lines[111..184]);
        return string.Join("\n", [.. lines, "", copyTitle, editCopy is null ? copy : editCopy(copy)]);
    }

    [Fact]
    public void Table_2_printed_again_under_another_title_is_read_once_naming_both_places()
    {
        var doc = Parse(NanpingWithTable2Again("附表：2024年南坪街道办事处一般公共预算财政拨款支出预算表"));

        var table2 = Assert.Single(doc.FunctionalTables, t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal((111, 4851.31m), (table2.StartLine, table2.Total!.Total));
        var copy = Assert.Single(doc.Inventory.Duplicates);
        Assert.Equal(("附表：2024年南坪街道办事处一般公共预算财政拨款支出预算表", 479, 552), (copy.Title, copy.StartLine, copy.EndLine));
        Assert.Contains(doc.Notes, n => n.Line == 479 && n.Message.Contains("printed again at lines 479–552 with the same 66 rows as at line 111")
            && n.Message.Contains("titled '2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款支出预算表' there, lines 111–184"));
    }

    [Fact]
    public void Table_2_printed_again_with_another_figure_is_refused_naming_both_places()
    {
        // 2010301 行政运行 480.70 (line 120) printed 490.70 in the copy (line 488).
        var text = NanpingWithTable2Again("2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款支出预算表",
            copy => copy.Replace("2010301\t行政运行\t480.70\t480.70\t", "2010301\t行政运行\t490.70\t490.70\t"));

        var error = Assert.Throws<DisclosureParseException>(() => Parse(text));
        Assert.Equal(488, error.Line);
        Assert.Contains("(lines 479–552) prints the rows of", error.Reason);
        Assert.Contains("(lines 111–184) again with other figures: line 488 prints '490.70' where line 120 prints '480.70'", error.Reason);
    }

    [Fact]
    public void Table_2_rows_printed_again_under_another_title_with_another_figure_are_read_with_a_note()
    {
        var text = NanpingWithTable2Again("附表：2024年南坪街道办事处一般公共预算财政拨款支出预算表",
            copy => copy.Replace("2010301\t行政运行\t480.70\t480.70\t", "2010301\t行政运行\t490.70\t490.70\t"));

        var doc = Parse(text);
        Assert.Equal(2, doc.FunctionalTables.Count(t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure));
        Assert.Contains(doc.Notes, n => n.Line == 488 && n.Message.Contains("(lines 111–184) again with other figures: line 488 prints '490.70' where line 120 prints '480.70'")
            && n.Message.Contains("Both are read"));
    }

    [Fact]
    public void A_full_disclosure_printed_one_cell_per_line_reads_its_headerless_income_fragment()
    {
        // The example: nanping with every tab-separated row printed one cell per line.
        var text = new StringBuilder();
        foreach (var line in Text(SeedDocuments.Nanping).Split('\n'))
        {
            if (!line.Contains('\t')) { text.Append(line).Append('\n'); continue; }
            foreach (var cell in line.Split('\t')) text.Append('\t').Append(cell).Append('\n');
            text.Append('\n');
        }
        var doc = Parse(text.ToString());

        var expected = seeds[SeedDocuments.Nanping].IncomeTable!;
        var income = doc.IncomeTable!;
        Assert.True(income.IsPartial);
        Assert.Equal(expected.Rows.Select(r => (r.Code, r.Name, r.Total)), income.Rows.Select(r => (r.Code, r.Name, r.Total)));
        Assert.Equal(("2080502", "事业单位离退休", 2.66m), (income.Rows[0].Code, income.Rows[0].Name, income.Rows[0].Total));
        Assert.Equal(seeds[SeedDocuments.Nanping].Notes.Count, doc.Notes.Count);
    }
}
