using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// How a figure is read from its cell, and which cell it is read from: seeds edited in one line the way other
/// extractions print a cell. A figure is read exactly when its printing says which figure and which column it is;
/// otherwise the document is refused naming the line and why (never a figure read one column off or a digit group lost).
/// </summary>
public sealed class TableCellTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private string NanpingText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Nanping));
    private string ChaoyangText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Chaoyang));
    private string JiangbeichengText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Jiangbeicheng));
    private static string WanliText => File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Wanli));
    private static string ChengguanjuText => File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));

    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    private static DisclosureParseException Rejects(string text) =>
        Assert.Throws<DisclosureParseException>(() => Parse(text));

    /// <summary><paramref name="text"/> with the first <paramref name="printed"/> replaced (asserting it is there).</summary>
    private static string ReplaceFirst(string text, string printed, string replacement)
    {
        var at = text.IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{printed}' is not in the seed");
        return text[..at] + replacement + text[(at + printed.Length)..];
    }

    private static decimal? Wan(string yuan) => yuan.Length == 0 ? null : decimal.Parse(yuan.Replace(",", "")) / 10_000m;

    // nanping 表二 (line 117) and 表三 (line 194): the 合计 rows, code cell "合计", name cell empty.
    private const string FunctionalTotal = "合计\t\t4,851.31\t1,733.30\t3,118.01\n";
    private const string EconomicTotal = "合计\t\t1,733.30\t1,450.83\t282.47\n";

    [Fact]
    public void A_total_row_missing_its_empty_name_cell_is_read_in_its_columns()
    {
        // The extraction merged code and name of 合计 into one cell: the row has one cell fewer than the subject rows
        // and exactly one figure per amount column. Before, 合计 read 总计 1,733.30, 基本支出 3,118.01, 项目支出 empty.
        var doc = Parse(ReplaceFirst(ReplaceFirst(NanpingText, FunctionalTotal, "合计\t4,851.31\t1,733.30\t3,118.01\n"),
            EconomicTotal, "合计\t1,733.30\t1,450.83\t282.47\n"));

        var table = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal((new SubjectAmounts(4851.31m, 1733.30m, 3118.01m), (int?)117), (table.Total, table.TotalLine));
        var economic = doc.EconomicTable!.Total!;
        Assert.Equal((1733.30m, 1450.83m, 282.47m, 194), (economic.Total, economic.Personnel, economic.Public, economic.Line));
    }

    [Fact]
    public void A_total_row_missing_its_empty_name_cell_is_read_in_its_columns_one_cell_per_line()
    {
        // nanping 表二 (lines 111-184) re-printed one cell per line (as LayoutVariationTests does), its 合计 row (line 117)
        // without the "\t" line of its empty name cell.
        var lines = NanpingText.Split('\n');
        var table = new StringBuilder("\t" + lines[110] + "\n\n");
        foreach (var row in lines[111..184].Where(l => l.Length > 0))
        {
            var cells = row.Split('\t');
            if (cells[0] == "合计") cells = [cells[0], .. cells[2..]];
            table.Append(string.Concat(cells.Select(cell => "\t" + cell + "\n"))).Append('\n');
        }
        var doc = Parse(string.Join("\n", lines[..88]) + "\n" + table);

        Assert.Equal(new SubjectAmounts(4851.31m, 1733.30m, 3118.01m), doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).Total);
    }

    [Fact]
    public void An_income_total_row_missing_its_empty_name_cell_is_read_in_its_columns()
    {
        // jiangbeicheng 表七, line 291: 合计 | | 3,636.80 (总计) | 3,634.33 (一般公共预算) | | 2.47 (国有资本经营) | …
        const string printed = "合计\t\t3,636.80\t3,634.33\t\t2.47\t";
        var income = Parse(ReplaceFirst(JiangbeichengText, printed, "合计\t3,636.80\t3,634.33\t\t2.47\t")).IncomeTable!.Total!;
        Assert.Equal((3636.80m, 3634.33m, 2.47m, 291),
            (income.Total, income.BySource[FundSource.GeneralPublicBudget], income.BySource[FundSource.StateCapital], income.Line));
    }

    [Fact]
    public void A_total_row_with_its_name_cell_is_read_in_place_in_a_table_read_in_template_order()
    {
        // wanli's 部门支出预算总表 (header not printed cell for cell, split codes): its 合计 (line 389) is printed
        // without a name cell. Printed with one, the figures must not move one column to the left either.
        const string printed = "合计 \t156,211,123 \t99,706,020 \t56,505,103";
        var doc = Parse(ReplaceFirst(WanliText, printed, "合计 \t\t156,211,123 \t99,706,020 \t56,505,103"));
        var total = doc.FunctionalTables.Single(t => t.TotalLine == 389).Total!;
        Assert.Equal(new SubjectAmounts(Wan("156,211,123"), Wan("99,706,020"), Wan("56,505,103")), total);
    }

    [Fact]
    public void A_total_row_whose_cells_do_not_tell_the_missing_one_is_refused()
    {
        // The name cell is missing (a figure where the name is) but the row has as many cells as the subject rows:
        // four figures for three amount columns. Before, it was read 总计 1,733.30, 基本支出 3,118.01, 项目支出 0.00.
        var error = Rejects(ReplaceFirst(NanpingText, FunctionalTotal, "合计\t4,851.31\t1,733.30\t3,118.01\t0.00\n"));
        Assert.Equal(117, error.Line);
        Assert.Contains("合计", error.Reason);
        Assert.Contains("'4,851.31'", error.Reason);
        Assert.Contains("name", error.Reason);
    }

    [Theory]
    [InlineData(SeedDocuments.Nanping, "2010301\t行政运行\t480.70\t480.70\t", "2010301\t480.70\t480.70\t", 120, "'480.70'")]
    [InlineData(SeedDocuments.Nanping, "30101\t基本工资\t", "30101\t", 196, "30101")]
    [InlineData(SeedDocuments.Jiangbeicheng, "201\t一般公共服务支出\t1,570.09\t1,570.09\t", "201\t1,570.09\t1,570.09\t", 292, "'1,570.09'")]
    public void A_subject_row_printing_a_figure_in_its_name_cell_is_refused(string seed, string printed, string edited, int line, string named)
    {
        // The name cell dropped: before, 行政运行 (表二) was stored with the name '480.70' and its figures one column to the
        // left; the same for 基本工资 (表三) and the 部门收入总表 row 201.
        var text = Encoding.UTF8.GetString(seeds.Bytes(seed));
        var error = Rejects(ReplaceFirst(text, printed, edited));
        Assert.Equal(line, error.Line);
        Assert.Contains("name cell", error.Reason);
        Assert.Contains(named, error.Reason);
    }

    [Fact]
    public void A_procurement_total_row_missing_its_empty_name_cell_is_read_in_its_column_or_refused()
    {
        // jiangbeicheng 表九, line 472: 合计 | | 954.58 (总计) | 954.58 (一般公共预算) | … (10 amount columns).
        const string printed = "合计\t\t954.58\t954.58\t\t\t\t\t\t\t\t\n";
        var table = Assert.Single(Parse(ReplaceFirst(JiangbeichengText, printed, "合计\t954.58\t954.58\t\t\t\t\t\t\t\t\n")).ProcurementTables);
        Assert.Equal(954.58m, table.Total);

        // As many cells as the rows, a figure where the name is: eleven cells after 合计 for ten columns. Before, read 954.58.
        var error = Rejects(ReplaceFirst(JiangbeichengText, printed, "合计\t954.58\t954.58\t\t\t\t\t\t\t\t\t\n"));
        Assert.Equal(472, error.Line);
        Assert.Contains("合计", error.Reason);
    }

    [Theory]
    [InlineData("1 556.73")]
    [InlineData("1\u00A0556.73")]   // a no-break space, as spreadsheets print it
    [InlineData("1\u3000556.73")]   // a full-width space
    [InlineData("1\u202F556.73")]   // a narrow no-break space (U+202F), the separator of ISO 31-0 and some spreadsheets
    [InlineData("1\u2009556.73")]   // a thin space
    public void A_figure_grouped_by_spaces_in_a_tab_separated_cell_is_read_exactly(string printed)
    {
        // nanping 表二, line 121: 2010302 一般行政管理事务 1,556.73 | | 1,556.73
        var doc = Parse(ReplaceFirst(NanpingText, "2010302\t一般行政管理事务\t1,556.73\t\t1,556.73",
            $"2010302\t一般行政管理事务\t{printed}\t\t{printed}"));
        var row = doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).Subject("2010302");
        Assert.Equal((1556.73m, (decimal?)null, 1556.73m, 121), (row.Total, row.Basic, row.Project, row.Line));
    }

    [Fact]
    public void A_summary_figure_grouped_by_spaces_in_a_short_row_stays_a_figure()
    {
        // nanping 表一, line 98 without its trailing empty cells: the realigned row must keep "4 788.65" a figure,
        // not take it for an expenditure label.
        var doc = Parse(ReplaceFirst(NanpingText, "一般公共预算资金\t4,788.65\t一般公共服务支出\t2,085.02\t2,085.02\t\t",
            "一般公共预算资金\t4 788.65"));
        var line = doc.Summary(SummaryTableKind.FiscalAppropriation).Line(SummarySide.Income, "一般公共预算资金");
        Assert.Equal((4788.65m, 98), (line.Amount, line.Line));
    }

    [Theory]
    [InlineData("1,55,6.73")]    // groups that are not thousands
    [InlineData("1556,73")]      // a decimal comma: read as 155,673 before
    [InlineData("1 556,73")]
    [InlineData("1,556 730")]    // two kinds of separator in one figure
    public void A_figure_whose_separators_are_not_thousands_groups_is_refused(string printed)
    {
        var error = Rejects(ReplaceFirst(NanpingText, "2010302\t一般行政管理事务\t1,556.73", $"2010302\t一般行政管理事务\t{printed}"));
        Assert.Equal(121, error.Line);
        Assert.Contains($"the 总计 cell (column 3) holds '{printed}'", error.Reason);
    }

    [Fact]
    public void A_figure_grouped_by_spaces_in_a_space_separated_row_is_refused()
    {
        // chengguanju prints its cells separated by spaces: "33 775 592" is one figure or three, the text cannot say.
        // Before, the row was read 总计 33 元, 基本支出 775 元, 项目支出 592 元. Line 147: 212 01 04 城管执法 33,775,592 22,783,399 10,992,193.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "212 01 04 城管执法 33,775,592 22,783,399", "212 01 04 城管执法 33 775 592 22,783,399"));
        Assert.Equal(147, error.Line);
        Assert.Contains("'33 775'", error.Reason);
        Assert.Contains("separated by spaces", error.Reason);
    }

    [Fact]
    public void Small_figures_side_by_side_in_a_space_separated_subject_row_are_read_apart_when_only_so_the_row_adds_up()
    {
        // Line 147 (212 01 04 城管执法, 元, under 合计 基本支出 项目支出) as "800 500 300": "500 300" may be 500,300 or 500 and 300.
        // Read apart, 800 = 500 + 300; read as one (800, 500300) the row's 合计 would have one split, unequal to it.
        // Before, the document was refused.
        var doc = Parse(ReplaceFirst(ChengguanjuText, "212 01 04 城管执法 33,775,592 22,783,399 10,992,193", "212 01 04 城管执法 800 500 300"));
        var row = doc.Functional(FunctionalTableKind.DepartmentExpenditure).Subject("2120104");
        Assert.Equal((147, 0.08m, 0.05m, 0.03m), (row.Line, row.Total, row.Basic, row.Project));
        Assert.Contains(doc.Notes, n => n.Line == 147 && n.Message.Contains("合计 800 = 基本支出 500 + 项目支出 300"));

        // The income table (line 107, "208 社会保障和就业支出 6,397,096 6,397,096") is no subject table of two splits: refused.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "208 社会保障和就业支出 6,397,096 6,397,096", "208 社会保障和就业支出 800 500 300"));
        Assert.Equal(107, error.Line);
        Assert.Contains("cannot say which", error.Reason);
    }

    [Theory]
    [InlineData("800 500 301", "'800 500'")]   // 800 ≠ 500 + 301: nothing tells the readings apart
    [InlineData("500 300", "'500 300'")]       // 合计 500 and one split 300, or 500,300 alone
    [InlineData("800 -500 1 300", "'1 300'")]  // a negative figure: the sums prove nothing
    public void Small_figures_side_by_side_that_the_sums_cannot_tell_apart_are_refused(string printed, string groups)
    {
        var error = Rejects(ReplaceFirst(ChengguanjuText, "212 01 04 城管执法 33,775,592 22,783,399 10,992,193", $"212 01 04 城管执法 {printed}"));
        Assert.Equal(147, error.Line);
        Assert.Contains(groups, error.Reason);
        Assert.Contains("cannot say which", error.Reason);
    }

    [Theory]
    [InlineData("47.59%")]
    [InlineData("47.59 %")]
    [InlineData("47.59％")]
    public void A_percentage_in_an_amount_column_is_refused(string printed)
    {
        // nanping 表二, line 122: 2010399 其他政府办公厅（室）及相关机构事务支出 47.59 | 47.59 | (万元). Before, read as 47.59 万元.
        var error = Rejects(ReplaceFirst(NanpingText, "机构事务支出\t47.59\t47.59\t", $"机构事务支出\t{printed}\t47.59\t"));
        Assert.Equal(122, error.Line);
        Assert.StartsWith($"row '2010399': the 总计 cell (column 3) holds '{printed.Replace('％', '%')}'", error.Reason);
        Assert.Contains("percentage", error.Reason);
    }

    [Fact]
    public void A_percentage_in_a_summary_amount_is_refused()
    {
        var error = Rejects(ReplaceFirst(NanpingText, "一般公共预算资金\t4,788.65", "一般公共预算资金\t98.71%"));
        Assert.Equal(98, error.Line);
        Assert.Contains("'98.71%'", error.Reason);
        Assert.Contains("percentage", error.Reason);
    }

    [Theory]
    [InlineData("12.3万")]
    [InlineData("约100")]
    [InlineData("47.59元")]
    [InlineData("(47.59)")]
    [InlineData("4.759e1")]
    public void Other_text_in_an_amount_column_is_refused_never_read_as_another_number(string printed)
    {
        var error = Rejects(ReplaceFirst(NanpingText, "机构事务支出\t47.59\t47.59\t", $"机构事务支出\t{printed}\t47.59\t"));
        Assert.Equal(122, error.Line);
        Assert.StartsWith($"row '2010399': the 总计 cell (column 3) holds '{printed}', which is not a number", error.Reason);
    }

    [Theory]
    [InlineData("约100")]
    [InlineData("12.3万")]
    public void Text_among_the_figures_of_a_space_separated_row_is_refused(string printed)
    {
        // chengguanju line 147: 212 01 04 城管执法 33,775,592 22,783,399 10,992,193 (元). With its 基本支出 replaced, the row
        // has two figures for three columns: before, its total was read, the text skipped without a word, and 10,992,193
        // left to the sums.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "城管执法 33,775,592 22,783,399 10,992,193", $"城管执法 33,775,592 {printed} 10,992,193"));
        Assert.Equal(147, error.Line);
        Assert.Contains($"'{printed}'", error.Reason);
        Assert.Contains("no amount", error.Reason);
    }

    [Fact]
    public void A_percentage_as_a_project_cards_budget_is_refused()
    {
        // nanping's first project card, line 425: 当年预算 405.91 (单位：万元). Before, read as a budget of 405.91 万元.
        var error = Rejects(ReplaceFirst(NanpingText, "当年预算\t405.91\t", "当年预算\t405.91%\t"));
        Assert.Equal(425, error.Line);
        Assert.Contains("'405.91%'", error.Reason);
        Assert.Contains("percentage", error.Reason);
    }

    [Theory]
    [InlineData("3 498 000.00", "'3 498'")]
    [InlineData("34.98%", "percentage")]
    public void A_space_separated_cards_amount_that_is_no_figure_is_refused(string printed, string reason)
    {
        // chengguanju's project card (财政项目支出绩效目标申报表, cells separated by spaces), line 352:
        // 项目资金总额 10,308,000.00 年度资金申请总额 3,498,000.00 (元). Before, the card's budget read 3 元, or 34.98 元.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "年度资金申请总额 3,498,000.00", $"年度资金申请总额 {printed}"));
        Assert.Equal(352, error.Line);
        Assert.Contains("年度资金申请总额", error.Reason);
        Assert.Contains(reason, error.Reason);
    }

    // chaoyang's first project card, line 475: "当年预算（万元）\t100.00\t\t本级安排（万元）\t100.00", line 476: "上级补助（万元）"
    // with nothing after it.
    private const string CardSplit = "本级安排（万元）\t100.00";

    [Theory]
    [InlineData("约100")]
    [InlineData("100万")]
    [InlineData("100.00（万元）")]
    public void Text_in_a_project_cards_split_cell_is_refused(string printed)
    {
        // Before, the split 本级安排 read no amount without a word, and the text became a split of its own.
        var error = Rejects(ReplaceFirst(ChaoyangText, CardSplit, $"本级安排（万元）\t{printed}"));
        Assert.Equal(("variant.txt", 475), (error.FileName, error.Line));
        Assert.Equal($"'本级安排（万元）': the amount cell holds '{printed}', which is not a number", error.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("/")]
    public void An_empty_or_dashed_split_cell_of_a_project_card_is_no_amount(string printed)
    {
        Assert.Equal([("本级安排", (decimal?)100.00m, 475), ("上级补助", null, 476)],
            seeds[SeedDocuments.Chaoyang].Projects[0].Splits.Select(s => (s.Label, s.Amount, s.Line)));
        var doc = Parse(ReplaceFirst(ChaoyangText, CardSplit, $"本级安排（万元）\t{printed}"));
        Assert.Equal([("本级安排", (decimal?)null, 475), ("上级补助", null, 476)], doc.Projects[0].Splits.Select(s => (s.Label, s.Amount, s.Line)));
        Assert.Equal(100.00m, doc.Projects[0].Budget);
    }

    [Theory]
    [InlineData("约3,498,000.00")]
    [InlineData("349.8万")]
    public void Text_in_a_space_separated_cards_split_is_refused(string printed)
    {
        // chengguanju's project card, line 353: "其中：当年财政拨款 3,498,000.00" (元). Before, the split 当年财政拨款 was
        // dropped without a word.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "其中：当年财政拨款 3,498,000.00", $"其中：当年财政拨款 {printed}"));
        Assert.Equal(353, error.Line);
        Assert.Equal($"'财政项目支出绩效目标申报表': 当年财政拨款: the amount cell holds '{printed}', which is not a number", error.Reason);
    }

    [Theory]
    [InlineData("349.8 万", "万元")]
    [InlineData("0.03498 亿元", "亿元")]
    public void A_space_separated_cards_split_printing_another_unit_after_the_figure_is_refused(string printed, string unit)
    {
        // chengguanju's card, line 353 (元). Split at its space, "349.8 万" was read as 349.8 元, the card's unit.
        var error = Rejects(ReplaceFirst(ChengguanjuText, "其中：当年财政拨款 3,498,000.00", $"其中：当年财政拨款 {printed}"));
        Assert.Equal(353, error.Line);
        Assert.Equal($"'财政项目支出绩效目标申报表': 当年财政拨款 '{printed}' prints {unit} after the figure, but the card's amounts are "
            + "in 元: in which unit it is meant cannot be told.", error.Reason);
    }

    [Fact]
    public void A_space_separated_cards_split_printing_the_cards_own_unit_after_the_figure_is_read()
    {
        var doc = Parse(ReplaceFirst(ChengguanjuText, "其中：当年财政拨款 3,498,000.00", "其中：当年财政拨款 3,498,000.00 元"));
        Assert.Contains(doc.Projects[0].Splits, s => s.Label == "当年财政拨款" && s.Amount == 349.80m);
    }

}
