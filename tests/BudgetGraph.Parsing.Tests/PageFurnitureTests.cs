using System.Text;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// Page furniture (page numbers, break markers, rules) is emptied before any reader sees the text
/// (<see cref="PageFurniture"/>): it never becomes a row, a label or remark text, and adds no parser note.
/// </summary>
public sealed class PageFurnitureTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    private string NanpingText => Encoding.UTF8.GetString(seeds.Bytes(SeedDocuments.Nanping));

    private static Disclosure Parse(string text) => DisclosureParser.Parse("variant.txt", Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("— 9 —")]
    [InlineData("-- 9 of 33 --")]
    [InlineData("第9页")]
    [InlineData("第 9 页 共 33 页")]
    [InlineData("共33页 第9页")]
    [InlineData("-- PAGE_BREAK --")]
    [InlineData("- 12 -")]
    [InlineData("\t— 11 —\t")]
    [InlineData("Page 9 of 33")]
    [InlineData("<!-- page 9 -->")]
    public void Common_forms_are_furniture(string line) => Assert.True(PageFurniture.IsFurniture(line));

    [Theory]
    [InlineData("9")]            // a cell value
    [InlineData("9/33")]         // a ratio
    [InlineData("-")]            // "no value"
    [InlineData("--")]
    [InlineData("2080502\t事业单位离退休\t2.66")]
    [InlineData("备注：本单位无政府性基金预算收支，故此表无数据。")]
    [InlineData("第一部分")]
    public void Values_and_text_are_not_furniture(string line) => Assert.False(PageFurniture.IsFurniture(line) || PageFurniture.IsRule(line));

    [Fact]
    public void A_rule_across_a_table_is_furniture_in_both_layouts()
    {
        Assert.True(PageFurniture.IsRule("--\t---------\t----\t---"));
        var lines = PageFurniture.Remove(SourceLines.Split("a\n\n\t--\n\t-----\n\t---\n\n\t-\n\tb\n")).Lines;
        Assert.Equal(["a", "", "", "", "", "", "\t-", "\tb"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Page_numbers_in_the_summary_table_and_under_a_remark_are_neither_items_nor_remark_text()
    {
        var text = NanpingText
            .Replace("财政专户管理资金\t\t社会保障和就业支出\t946.04\n", "财政专户管理资金\t\t社会保障和就业支出\t946.04\n\n— 9 —\n\n")
            .Replace("备注：本单位无政府性基金预算收支，故此表无数据。\n", "备注：本单位无政府性基金预算收支，故此表无数据。\n— 11 —\n— 11 —\n第11页\n-- PAGE_BREAK --\n");
        var original = seeds[SeedDocuments.Nanping];
        var doc = Parse(text);

        var summary = doc.Summary(SummaryTableKind.Department);
        Assert.Equal(original.Summary(SummaryTableKind.Department).Lines.Select(l => (l.Side, l.Label, l.Amount)),
            summary.Lines.Select(l => (l.Side, l.Label, l.Amount)));
        Assert.DoesNotContain(summary.Lines, l => l.Label.Contains('—'));
        Assert.Equal("本单位无政府性基金预算收支，故此表无数据。", doc.Functional(FunctionalTableKind.GovernmentFundExpenditure).Remark);
        // The same notes (their line numbers moved with the inserted lines).
        static string WithoutNumbers(string message) => System.Text.RegularExpressions.Regex.Replace(message, @"\d+", "#");
        Assert.Equal(original.Notes.Select(n => WithoutNumbers(n.Message)), doc.Notes.Select(n => WithoutNumbers(n.Message)));
    }
}
