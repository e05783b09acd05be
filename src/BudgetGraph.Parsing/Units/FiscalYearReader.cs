using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Performance;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Units;

/// <summary>
/// The fiscal year the document labels itself with, from the most explicit place that has one: the cover title
/// ("2024 年部门预算情况说明"), a table title ("2024年…财政拨款收支总表"), the year label of the performance cards
/// ("2024年预算", for documents that are only cards), a column header ("2025年预算数"), the narrative ("2025 年年初预算数").
/// A table title printing another year is checked against it (<see cref="CheckTableTitles"/>).
/// </summary>
internal static partial class FiscalYearReader
{
    public static (int Year, int Line)? Read(ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks,
        PerformanceResult performance)
    {
        if (Find(lines, blocks, performance) is not { } found) return null;
        CheckTableTitles(context, blocks, found);
        return (found.Year, found.Line);
    }

    /// <summary>The year, its line, and the table whose title it was read from (null: read from elsewhere).</summary>
    private sealed record Found(int Year, int Line, SegmentedBlock? TitledBlock = null);

    private static Found? Find(IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks, PerformanceResult performance)
    {
        foreach (var line in lines)
        {
            // CoverTitle needs 年 and 部门预算, which normalising (folding, trimming, removing markup) never adds.
            if (!line.Text.Contains('年') || !line.Text.Contains('算')) continue;
            var text = CellText.Normalize(line.Text);
            if (text.Length <= 60 && CoverTitle().Match(text) is { Success: true } cover) return new(Year(cover), line.Number);
        }
        foreach (var block in blocks.Where(b => b.HasPrintedTitle))
            if (TitleYearOf(block) is { } year) return new(year, block.StartLine, block);

        if (performance.YearLabel is { } label) return new(label, performance.YearLabelLine);

        foreach (var line in lines)
            foreach (var cell in line.Cells())
                if (HeaderYear().Match(cell) is { Success: true } header) return new(Year(header), line.Number);

        foreach (var line in lines)
            if (NarrativeYear().Match(line.Text) is { Success: true } narrative) return new(Year(narrative), line.Number);
        return null;
    }

    /// <summary>
    /// A table titled with another year than the document's ("2023年部门收支总表" in the 2024 budget of a document whose
    /// cover says 2024) is a misprint of the title, or a table of another year pasted in: it is read as the document's
    /// year and a parser note names both, so that nobody takes its figures for certain. When no cover title states the
    /// year, the table titles are what it was read from: titles that disagree leave the whole document's year unknown,
    /// and the document is refused naming both (taking the first, or the most frequent, could date every figure wrongly).
    /// </summary>
    private static void CheckTableTitles(ParseContext context, IReadOnlyList<SegmentedBlock> blocks, Found documentYear)
    {
        foreach (var block in blocks.Where(b => b.HasPrintedTitle))
        {
            if (TitleYearOf(block) is not { } titled || titled == documentYear.Year) continue;
            if (documentYear.TitledBlock is { } first)
                throw context.Fail(block.StartLine,
                    $"the fiscal year is uncertain: no cover title (such as \"{documentYear.Year}年部门预算\") states it and the table titles disagree: "
                    + $"'{first.Title}' (line {first.StartLine}) says {documentYear.Year}, '{block.Title}' (line {block.StartLine}) says {titled}.");
            context.Note(block.StartLine,
                $"'{block.Title}' (line {block.StartLine}) is titled {titled}年 but the document's fiscal year is {documentYear.Year} (line {documentYear.Line}): "
                + $"its figures are read as the {documentYear.Year} budget's; the title's year may be a misprint.");
        }
    }

    /// <summary>
    /// The year a table's title prints ("2024年…财政拨款收支总表" → 2024), or null; a range ("2024-2026年…", a medium-term
    /// table) states no single year.
    /// </summary>
    private static int? TitleYearOf(SegmentedBlock block) =>
        !YearRange().IsMatch(block.Title) && TitleYear().Match(block.Title) is { Success: true } match ? Year(match) : null;

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value);

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*(度\s*)?(区级|市级|县级|省级)?\s*部门预算")]
    private static partial Regex CoverTitle();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"20\d{2}\s*年?\s*[-—–－~～至到]\s*20\d{2}")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<year>20\d{2})\s*年\s*(预算数?|基本支出)$")]
    private static partial Regex HeaderYear();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*年初预算")]
    private static partial Regex NarrativeYear();
}
