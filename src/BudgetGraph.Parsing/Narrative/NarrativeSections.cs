using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// Finds the narrative sections (headings "二、部门收支总体情况" …) before the tables start, and joins the lines of
/// their paragraphs. A paragraph that does not end a sentence (no 。 at its end) wrapped onto the next one, across
/// the blank line the extraction put between them (e.g. "…主要原因" / "是调出三人…"), unless the next starts a
/// sub-heading such as "（二）".
/// </summary>
internal static partial class NarrativeSections
{
    public static IReadOnlyList<NarrativeParagraph> Paragraphs(IReadOnlyList<SourceLine> lines, IReadOnlySet<string> sections)
    {
        var paragraphs = new List<NarrativeParagraph>();
        string? section = null;
        var text = new StringBuilder();
        var starts = new List<(int, int)>();

        void Flush()
        {
            if (text.Length > 0 && section is not null && sections.Contains(section))
                paragraphs.Add(new NarrativeParagraph(section, text.ToString(), starts.ToList()));
            text.Clear();
            starts.Clear();
        }

        var previousBlank = true;
        foreach (var line in lines)
        {
            if (IsTableRow(line) || IsTableNumber(line.Text)) break;   // the tables begin: the narrative is over
            var content = CellText.Normalize(line.Text);
            if (content.Length == 0) { previousBlank = true; continue; }

            var heading = SectionHeading().Match(content);
            if (heading.Success)
            {
                Flush();
                section = heading.Groups[1].Value;
                previousBlank = true;
                continue;
            }

            var continues = text.Length > 0 && (!previousBlank || !EndsSentence(text) && !SubHeading().IsMatch(content));
            if (!continues) Flush();
            starts.Add((text.Length, line.Number));
            text.Append(content);
            previousBlank = false;
        }
        Flush();
        return paragraphs;
    }

    /// <summary>The sub-heading topic of a paragraph: "（一）收入预算：…" → 收入预算; "（三）绩效目标设置情况。…" → 绩效目标设置情况.</summary>
    public static string? TopicOf(string paragraph)
    {
        var match = Topic().Match(paragraph);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    /// <summary>A line of a tab-separated table: two or more filled cells.</summary>
    private static bool IsTableRow(SourceLine line) => line.Text.Contains('\t') && Tables.RowShapes.NonEmptyCount(line.Cells()) >= 2;

    private static bool EndsSentence(StringBuilder text) => text[^1] is '。' or '！' or '？' or '!' or '?';

    private static bool IsTableNumber(string line) => line.Contains('表') && TableNumberLine().IsMatch(CellText.Normalize(line));

    [GeneratedRegex(@"^([一二三四五六七八九十]+)\s*[、．.]")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十\d]+\s*[）)]")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^[（(]\s*[一二三四五六七八九十\d]+\s*[）)]\s*([^：:。，,]{1,20})[：:。]")]
    private static partial Regex Topic();

    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)$")]
    private static partial Regex TableNumberLine();
}
