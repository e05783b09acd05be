using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Headings of the narrative printed after the tables (Shanghai's "其他相关情况说明", "项目经费情况说明",
/// "一、2024年“三公”经费预算情况说明"): such a line ends the table above it, so the narrative never becomes a remark.
/// </summary>
internal static partial class SectionHeadings
{
    public static bool EndsTables(string text) => text.Length <= 40 && Heading().IsMatch(text);

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[^，。；：:]{0,30}(情况说明|说明)$")]
    private static partial Regex Heading();
}
