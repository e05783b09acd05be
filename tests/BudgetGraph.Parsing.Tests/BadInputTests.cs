using System.Text;

namespace BudgetGraph.Parsing.Tests;

/// <summary>Input that cannot be read is rejected with file, line and reason; nothing is guessed.</summary>
public sealed class BadInputTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private static DisclosureParseException Rejects(string fileName, byte[] content) =>
        Assert.Throws<DisclosureParseException>(() => DisclosureParser.Parse(fileName, content));

    private string NanpingText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Nanping));

    [Theory]
    [InlineData("480.7000001", "finer than one fen (0.01 元)")]
    [InlineData("9999999999999.99", "more than 10¹² 万元")]
    public void Parse_rejects_an_amount_no_budget_can_hold_naming_its_line(string printed, string reason)
    {
        // nanping 表二, line 120: "2010301	行政运行	480.70	480.70	" (万元).
        const string row = "2010301\t行政运行\t480.70\t480.70\t";
        Assert.Contains(row, NanpingText);
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(NanpingText.Replace(row, row.Replace("480.70", printed))));
        Assert.Equal(120, error.Line);
        Assert.StartsWith($"row '2010301': the 总计 cell (column 3) holds '{printed}' (万元), ", error.Reason);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Parse_rejects_an_empty_file()
    {
        var error = Rejects("empty.txt", []);
        Assert.Equal(("empty.txt", 0), (error.FileName, error.Line));
        Assert.Contains("empty", error.Reason);
        Assert.Contains("empty", Rejects("blank.txt", "\n\n  \t\n"u8.ToArray()).Reason);
    }

    [Fact]
    public void Parse_rejects_garbage_bytes_that_are_neither_utf8_nor_gb18030()
    {
        var garbage = new byte[256];
        new Random(7).NextBytes(garbage);
        for (var i = 0; i < garbage.Length; i++) garbage[i] |= 0x80; // no NUL, no ASCII: no valid text in either encoding
        var error = Rejects("garbage.bin", garbage);
        Assert.Equal(("garbage.bin", 1), (error.FileName, error.Line));
        Assert.Contains("neither UTF-8 nor GB18030", error.Reason);
    }

    [Fact]
    public void Parse_rejects_binary_content_with_nul_bytes_naming_the_line()
    {
        var content = Encoding.UTF8.GetBytes("表一\n财政拨款收支总表\n").Concat(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 }).ToArray();
        var error = Rejects("archive.zip", content);
        Assert.Equal(3, error.Line);
        Assert.Contains("binary", error.Reason);
    }

    [Fact]
    public void Parse_rejects_control_characters_as_binary_content()
    {
        var content = Encoding.UTF8.GetBytes(NanpingText.Replace("单位：万元", "单位：\u0001万元"));
        var error = Rejects("nanping-2024.txt", content);
        Assert.Equal(93, error.Line);
        Assert.Contains("control character U+0001", error.Reason);
    }

    [Theory]
    [InlineData('\u0008')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public void Parse_rejects_every_control_character_but_line_breaks_tabs_and_form_feeds(char control)
    {
        var content = Encoding.UTF8.GetBytes(NanpingText.Replace("单位：万元", $"单位：{control}万元"));
        var error = Rejects("nanping-2024.txt", content);
        Assert.Equal(93, error.Line);
        Assert.Contains($"control character U+{(int)control:X4}", error.Reason);
    }

    [Fact]
    public void Parse_rejects_utf16_with_or_without_byte_order_mark()
    {
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(NanpingText)).ToArray();
        var error = Rejects("nanping-utf16.txt", withBom);
        Assert.Equal(("nanping-utf16.txt", 0), (error.FileName, error.Line));
        Assert.Contains("UTF-16", error.Reason);

        var bigEndianNoBom = Encoding.BigEndianUnicode.GetBytes(NanpingText);
        Assert.Contains("UTF-16", Rejects("nanping-utf16be.txt", bigEndianNoBom).Reason);
    }

    [Fact]
    public void Parse_rejects_utf32()
    {
        var utf32 = Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(NanpingText)).ToArray();
        var error = Rejects("nanping-utf32.txt", utf32);
        Assert.Equal(0, error.Line);
        Assert.Contains("UTF-32", error.Reason);
    }

    [Fact]
    public void Parse_rejects_text_that_is_not_a_disclosure()
    {
        var error = Rejects("notes.txt", Encoding.UTF8.GetBytes("会议纪要\n\n今天讨论了三件事情。\n1.预算\n2.人员\n"));
        Assert.Equal(("notes.txt", 0), (error.FileName, error.Line));
        Assert.Contains("not a budget disclosure", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_table_row_with_a_non_numeric_amount_naming_line_and_cell()
    {
        // Line 179 of nanping-2024.txt: 2120501 城乡社区环境卫生 455.30 (总计) | (基本支出) | 455.30 (项目支出)
        var edited = NanpingText.Replace("2120501\t城乡社区环境卫生\t455.30\t\t455.30", "2120501\t城乡社区环境卫生\t45x.30\t\t455.30");
        Assert.NotEqual(NanpingText, edited);
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(edited));
        Assert.Equal(("nanping-2024.txt", 179), (error.FileName, error.Line));
        Assert.Contains("2120501", error.Reason);
        Assert.Contains("总计", error.Reason);
        Assert.Contains("'45x.30'", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_non_numeric_amount_in_a_summary_table()
    {
        var edited = NanpingText.Replace("一般公共预算资金\t4,788.65", "一般公共预算资金\t四千七百");
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(edited));
        Assert.Equal(98, error.Line);
        Assert.Contains("一般公共预算资金", error.Reason);
        Assert.Contains("预算数", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_non_numeric_three_public_costs_figure()
    {
        // Line 236: 18.00 | | 17.50 | | 17.50 | 0.50 — the letter O typed for a zero in 公务用车运行费.
        var edited = NanpingText.Replace("18.00\t\t17.50\t\t17.50\t0.50", "18.00\t\t17.50\t\t17.5O\t0.50");
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(edited));
        Assert.Equal(236, error.Line);
        Assert.Contains("公务用车运行费", error.Reason);
        Assert.Contains("'17.5O'", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_document_truncated_in_the_middle_of_a_table_row()
    {
        // Cut inside line 333 (表八: 2080199 … 69.47 | 62.97 | 6.50) right after "69.4".
        var text = NanpingText;
        var row = text.IndexOf("2080199\t其他人力资源和社会保障管理事务支出\t69.47\t62.97\t6.50", text.IndexOf("表八", StringComparison.Ordinal), StringComparison.Ordinal);
        var cut = text[..(row + "2080199\t其他人力资源和社会保障管理事务支出\t69.4".Length)];
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(cut));
        Assert.Equal(333, error.Line);
        Assert.Contains("truncated", error.Reason);
        Assert.Contains("部门支出总表", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_document_truncated_inside_a_multibyte_character()
    {
        var bytes = seeds.Bytes(SeedDocuments.Nanping);
        var titleLine = Encoding.UTF8.GetBytes(NanpingText[..NanpingText.IndexOf("表三", StringComparison.Ordinal)]).Length;
        var cut = bytes[..(titleLine + 1)]; // the first byte of 表 (3 bytes in UTF-8)
        var error = Rejects("nanping-2024.txt", cut);
        Assert.Equal(186, error.Line);
        Assert.Contains("truncated", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_gb18030_document_truncated_inside_a_character()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var head = NanpingText[..NanpingText.IndexOf("表三", StringComparison.Ordinal)];
        var cut = gb18030.GetBytes(head).Append(gb18030.GetBytes("表")[0]).ToArray();
        var error = Rejects("nanping-gb18030.txt", cut);
        Assert.Equal(186, error.Line);
        Assert.Contains("truncated", error.Reason);
    }

    [Fact]
    public void Form_feed_page_breaks_are_whitespace_not_binary()
    {
        var withPageBreaks = NanpingText.Replace("\n表三\n", "\n\f\n表三\n");
        var doc = DisclosureParser.Parse("nanping-2024.txt", Encoding.UTF8.GetBytes(withPageBreaks));
        Assert.Equal("表三", doc.EconomicTable!.TableNumber);
        Assert.Equal(32, doc.EconomicTable.Rows.Count);
    }

    [Fact]
    public void A_disclosure_whose_tables_are_all_missing_is_refused_as_such_not_as_no_disclosure()
    {
        // chengguanju cut before its first table (line 86): its 目录 announces the nine tables of lines 10–18 (not the
        // section "五、部门预算表" of line 9 that groups them). Before, this was refused as "not a budget disclosure",
        // sending the reader after the wrong file.
        var lines = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju)).Split('\n');
        Assert.Equal("2026年部门财务收支预算总表", lines[85]);
        var error = Rejects("chengguanju.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines[..85])));
        Assert.Equal(10, error.Line);
        Assert.DoesNotContain("not a budget disclosure", error.Reason);
        Assert.Equal("no table was found, but the document announces 9 (line 10: '2026年部门财务收支预算总表', "
            + "line 11: '2026年部门收入预算总表', line 12: '2026年部门支出预算总表', …): its tables are not in the file (cut off, or not exported)", error.Reason);
    }

    [Fact]
    public void A_text_announcing_no_table_is_refused_as_no_budget_disclosure()
    {
        var error = Rejects("notes.txt", "会议纪要\n一、会议议题\n讨论年度工作安排。\n"u8.ToArray());
        Assert.Equal(0, error.Line);
        Assert.StartsWith("not a budget disclosure: no table title", error.Reason);
    }

    [Fact]
    public void Parse_rejects_a_document_that_ends_with_a_table_title()
    {
        var text = NanpingText;
        var cut = text[..(text.IndexOf("表三", StringComparison.Ordinal) + "表三".Length)] + "\n";
        var error = Rejects("nanping-2024.txt", Encoding.UTF8.GetBytes(cut));
        Assert.Equal(186, error.Line);
        Assert.Contains("truncated", error.Reason);
    }
}
