using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>A table title printing another fiscal year than the document's: noted, or refused when the document's year rests on the titles.</summary>
public sealed class TitleYearTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    private string[] Lines(string seed) => Encoding.UTF8.GetString(seeds.Bytes(seed)).Split('\n');

    [Fact]
    public void A_table_titled_with_another_year_than_the_cover_is_noted_and_read()
    {
        // nanping: cover "2024 年部门预算情况说明" (line 5); 表一's title (line 91) misprinted 2023.
        var lines = Lines(SeedDocuments.Nanping);
        Assert.Equal("2024年重庆市南岸区人民政府南坪街道办事处财政拨款收支总表", lines[90]);
        lines[90] = lines[90].Replace("2024年", "2023年");
        var doc = Parse(string.Join('\n', lines));

        Assert.Equal((2024, 5), (doc.FiscalYear, doc.FiscalYearLine));
        Assert.Equal(4851.31m, doc.Summary(SummaryTableKind.FiscalAppropriation).Line(SummarySide.Income, "收入合计").Amount);
        var note = Assert.Single(doc.Notes, n => n.Line == 91 && n.Message.Contains("2023年"));
        Assert.Contains("the document's fiscal year is 2024 (line 5)", note.Message);
        Assert.DoesNotContain(seeds[SeedDocuments.Nanping].Notes, n => n.Message.Contains("document's fiscal year"));
    }

    [Theory]
    [InlineData("2024-2026年")]
    [InlineData("2024年—2026年")]
    [InlineData("2024至2026年")]
    public void A_table_titled_with_a_range_of_years_states_no_other_year(string range)
    {
        // A medium-term table ("2024-2026年…") covers the document's year; it contradicts nothing.
        var lines = Lines(SeedDocuments.Nanping);
        lines[90] = lines[90].Replace("2024年", range);
        var doc = Parse(string.Join('\n', lines));
        Assert.Equal(2024, doc.FiscalYear);
        Assert.DoesNotContain(doc.Notes, n => n.Line == 91);
    }

    [Fact]
    public void Table_titles_disagreeing_on_the_year_when_no_cover_states_it_are_refused()
    {
        // jiangbeicheng prints no cover title: its year is read from 表十's title "2025年重点专项资金绩效目标表（一级项目）"
        // (line 492); a card's title (line 509) printing 2024 leaves the document's year unknown.
        var lines = Lines(SeedDocuments.Jiangbeicheng);
        Assert.Equal("2025年一般性项目绩效目标表（一级项目）", lines[508]);
        lines[508] = lines[508].Replace("2025年", "2024年");
        var error = Assert.Throws<DisclosureParseException>(() => Parse(string.Join('\n', lines)));
        Assert.Equal(509, error.Line);
        Assert.Contains("'2025年重点专项资金绩效目标表（一级项目）' (line 492) says 2025", error.Reason);
        Assert.Contains("'2024年一般性项目绩效目标表（一级项目）' (line 509) says 2024", error.Reason);
    }

    [Fact]
    public void A_document_stating_no_year_anywhere_is_refused_naming_every_place_looked_at()
    {
        // Before, the reason named only a cover title and a card label, though table titles, column headers and the
        // narrative are read too: whoever fixes the file was sent to look in two places of five.
        const string text = "重庆市綦江区古南镇人民政府\n部门预算情况说明\n表2\n一般公共预算财政拨款支出预算表\n单位：万元\n"
            + "科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t10.00\t6.00\t4.00\n201\t一般公共服务支出\t10.00\t6.00\t4.00\n";
        var error = Assert.Throws<DisclosureParseException>(() => Parse(text));
        Assert.Equal(0, error.Line);
        Assert.Equal("no fiscal year found: no cover title (\"2024年部门预算\"), table title (\"2024年…表\"), card label (\"2024年预算\"), "
            + "column header (\"2024年预算数\") or narrative (\"2024年年初预算\") states one", error.Reason);
    }
}
