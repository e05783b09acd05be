using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Remarks under tables come as "备注：…", "（备注：…）" or "注：…"; the fact is the text after the label.</summary>
internal static partial class RemarkLabel
{
    public static string Strip(string text)
    {
        var match = Bracketed().Match(text);
        if (!match.Success) match = Labelled().Match(text);
        return match.Success ? match.Groups["text"].Value.Trim() : text.Trim();
    }

    public static bool HasLabel(string text) => Bracketed().IsMatch(text) || Labelled().IsMatch(text);

    [GeneratedRegex(@"^[（(]\s*(备注|注)\s*[:：]\s*(?<text>.*?)\s*[）)]$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(备注|注)\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex Labelled();
}
