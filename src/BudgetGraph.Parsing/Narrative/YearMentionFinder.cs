using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// Finds the years a text plans for ("2025年全年补贴发放", "2024年年初预算数"), leaving out mere references:
/// comparisons ("比2023年", "较上年"), dates ("截止 2023 年 12 月"), years inside cited titles or document numbers
/// (《…2022年工作要点》, 〔2022〕, "（2018年修订版）") and names of regulations ("关于明确2022年…标准的通知").
/// </summary>
public static partial class YearMentionFinder
{
    private const int ContextRadius = 12;

    public static IEnumerable<YearMention> Find(string text, int line)
    {
        foreach (Match match in Year().Matches(text))
        {
            if (IsReference(text, match)) continue;
            var from = Math.Max(0, match.Index - ContextRadius);
            var to = Math.Min(text.Length, match.Index + match.Length + ContextRadius);
            var context = text[from..to].Replace("\n", "").Replace("\t", " ").Trim();
            yield return new YearMention(int.Parse(match.Groups[1].Value), context, line);
        }
    }

    private static bool IsReference(string text, Match match)
    {
        var before = text[..match.Index].TrimEnd();
        var after = text[(match.Index + match.Length)..];
        if (Comparison().IsMatch(before)) return true;
        if (DateOrRevision().IsMatch(after)) return true;
        if (InsideBrackets(before)) return true;
        // A regulation cited without brackets: its name runs on to 通知 / 意见 / 办法 … before the clause ends.
        var clauseEnd = after.AsSpan().IndexOfAny("，,。；;\n");
        var clause = clauseEnd >= 0 ? after[..clauseEnd] : after;
        return RegulationName().IsMatch(clause);
    }

    /// <summary>True when an opening bracket of a title or document number is still open at this point.</summary>
    private static bool InsideBrackets(string before)
    {
        foreach (var (open, close) in new[] { ('《', '》'), ('〈', '〉'), ('<', '>'), ('〔', '〕'), ('[', ']'), ('【', '】'), ('﹝', '﹞') })
        {
            if (before.LastIndexOf(open) > before.LastIndexOf(close)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)\s*年(?!\s*\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:比|较|与|同|截止|截至|至|到)\s*$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^\s*(?:度\s*)?(?:\d{1,2}\s*月|修订|版)")]
    private static partial Regex DateOrRevision();

    [GeneratedRegex(@"(?:通知|意见|办法|方案|规定|条例|决定|要点|细则|标准的|指南)")]
    private static partial Regex RegulationName();
}
