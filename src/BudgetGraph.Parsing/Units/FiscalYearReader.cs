using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Performance;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Units;

/// <summary>
/// The fiscal year the document labels itself with, from the most explicit place that has one: the cover title
/// ("2024 年部门预算情况说明"), a table title ("2024年…财政拨款收支总表"), the year label of the performance cards
/// ("2024年预算", for documents that are only cards), a column header ("2025年预算数"), the narrative ("2025 年年初预算数").
/// </summary>
internal static partial class FiscalYearReader
{
    public static (int Year, int Line)? Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks, PerformanceResult performance)
    {
        foreach (var line in lines)
        {
            // CoverTitle needs 年 and 部门预算, which normalising (folding, trimming, removing markup) never adds.
            if (!line.Text.Contains('年') || !line.Text.Contains('算')) continue;
            var text = CellText.Normalize(line.Text);
            if (text.Length <= 60 && CoverTitle().Match(text) is { Success: true } cover) return (Year(cover), line.Number);
        }
        foreach (var block in blocks.Where(b => b.HasPrintedTitle))
            if (TitleYear().Match(block.Title) is { Success: true } title) return (Year(title), block.StartLine);

        if (performance.YearLabel is { } label) return (label, performance.YearLabelLine);

        foreach (var line in lines)
            foreach (var cell in line.Cells())
                if (HeaderYear().Match(cell) is { Success: true } header) return (Year(header), line.Number);

        foreach (var line in lines)
            if (NarrativeYear().Match(line.Text) is { Success: true } narrative) return (Year(narrative), line.Number);
        return null;
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value);

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*(度\s*)?(区级|市级|县级|省级)?\s*部门预算")]
    private static partial Regex CoverTitle();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^(?<year>20\d{2})\s*年\s*(预算数?|基本支出)$")]
    private static partial Regex HeaderYear();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*年初预算")]
    private static partial Regex NarrativeYear();
}
