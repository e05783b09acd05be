using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Units;

/// <summary>Finds the text of a narrative section such as "（一）职能职责" up to the next heading.</summary>
internal static partial class DocumentSections
{
    public static bool IsHeading(string text) => Heading().IsMatch(text);

    /// <summary>
    /// The paragraphs after the first heading containing one of <paramref name="names"/>, up to the next heading or
    /// table. A paragraph that does not end a sentence was cut by a page break and is joined to the next one.
    /// </summary>
    public static (string Text, int Line)? Find(IReadOnlyList<SourceLine> lines, int stopLine, params string[] names)
    {
        var start = -1;
        for (var i = 0; i < lines.Count && lines[i].Number < stopLine; i++)
        {
            var text = CellText.Normalize(lines[i].Text);
            if (IsHeading(text) && names.Any(text.Contains) && text.Length <= 20) { start = i; break; }
        }
        if (start < 0) return null;

        var paragraphs = new List<string>();
        var firstLine = 0;
        for (var i = start + 1; i < lines.Count && lines[i].Number < stopLine; i++)
        {
            if (lines[i].IsBlank) continue;
            var text = CellText.Normalize(lines[i].Text);
            if (IsHeading(text) || text.Contains("联系人")) break;
            if (firstLine == 0) firstLine = lines[i].Number;
            if (paragraphs.Count > 0 && !EndsSentence(paragraphs[^1])) paragraphs[^1] += text;
            else paragraphs.Add(text);
        }
        return paragraphs.Count == 0 ? null : (string.Join("\n", paragraphs), firstLine);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && "。；;！？!?：:".Contains(text[^1]);

    // "一、单位基本情况", "(一) 职能职责", "（二）单位构成"
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[）)])")]
    private static partial Regex Heading();
}
