using System.Buffers;
using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Text;

/// <summary>
/// Page furniture: what a PDF or Word converter prints at page breaks — page numbers and break markers — which is
/// neither data nor text of the disclosure. Removed once, before anything else reads the lines: a furniture line
/// becomes an empty line with the same number (an empty line is how the rest of the parser sees a page break, and
/// line numbers stay those of the file). A form feed character is dropped from the line it is on.
/// <para>Recognised forms (the whole line, tabs and spaces around it ignored): <c>— 9 —</c>, <c>- 9 -</c>,
/// <c>–9–</c>, <c>-- 9 of 33 --</c>, <c>第9页</c>, <c>第 9 页 共 33 页</c>, <c>第9页/共33页</c>, <c>共33页 第9页</c>,
/// <c>Page 9</c>, <c>Page 9 of 33</c>, <c>-- PAGE_BREAK --</c>, <c>[pagebreak]</c>, <c>&lt;!-- page 9 --&gt;</c>.
/// To add a form, add one pattern to <see cref="Forms"/> and a line of that form to the page-furniture tests; a form
/// must not match a table cell (a bare number such as <c>9</c> or <c>9/33</c> is never furniture: it can be a value).</para>
/// </summary>
public static partial class PageFurniture
{
    private static readonly Regex[] Forms =
    [
        DashedNumber(),
        DashedNumberOfTotal(),
        ChinesePage(),
        EnglishPage(),
        BreakMarker(),
    ];

    /// <summary>True when the whole line (tabs, spaces and full-width spaces around it ignored) is page furniture.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Contains('\f') ? line.Replace('\f', ' ').AsSpan().Trim() : line.AsSpan().Trim();
        if (text.Length is 0 or > 40) return false;
        // Every form starts with one of these characters (most lines of a table start with none of them).
        if (!FirstCharacters.Contains(text[0])) return false;
        foreach (var form in Forms)
            if (form.IsMatch(text)) return true;
        return false;
    }

    /// <summary>The first character of every form of <see cref="Forms"/> (after trimming): dashes, 第, 共, page, markers.</summary>
    private static readonly SearchValues<char> FirstCharacters = SearchValues.Create("-－—–−=*<![第共分pP");

    /// <summary>
    /// A rule printed across a table: every cell of the line only dashes or box-drawing strokes, in two or more cells
    /// (<c>--\t---------\t----</c>). A single dash cell is not a rule: it can stand for "no value" in a row.
    /// </summary>
    public static bool IsRule(string line)
    {
        var cells = 0;
        foreach (var range in line.AsSpan().Split('\t'))
        {
            var cell = line.AsSpan(range).Trim();
            if (cell.Length == 0) continue;
            if (!IsDashes(cell)) return false;
            cells++;
        }
        return cells >= 2;
    }

    private static bool IsDashes(ReadOnlySpan<char> cell) => cell.Length > 0 && !cell.ContainsAnyExcept(Dashes);

    private static readonly SearchValues<char> Dashes = SearchValues.Create("-—─━–_=");

    /// <summary>
    /// The lines with every furniture line emptied (same numbers), and how many lines were emptied. Besides the page
    /// furniture of <see cref="IsFurniture"/>, a rule across a table (<see cref="IsRule"/>) is emptied, also when printed
    /// one cell per line (a stretch between empty lines of two or more tab-led cells that are all dashes).
    /// </summary>
    public static (IReadOnlyList<SourceLine> Lines, int Removed) Remove(IReadOnlyList<SourceLine> lines)
    {
        var result = new SourceLine[lines.Count];
        var removed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsFurniture(line.Text) || IsRule(line.Text))
            {
                result[i] = new SourceLine(line.Number, "");
                removed++;
            }
            else result[i] = line.Text.Contains('\f') ? new SourceLine(line.Number, line.Text.Replace("\f", "")) : line;
        }

        // One cell per line: a row (stretch between empty lines) whose every cell is a rule.
        for (var start = 0; start < result.Length;)
        {
            if (IsRowSeparator(result[start])) { start++; continue; }
            var end = start;
            while (end < result.Length && !IsRowSeparator(result[end])) end++;
            if (end - start >= 2 && Enumerable.Range(start, end - start).All(j => result[j].Text.StartsWith('\t') && IsDashes(result[j].Text.AsSpan().Trim())))
            {
                for (var j = start; j < end; j++) result[j] = new SourceLine(result[j].Number, "");
                removed += end - start;
            }
            start = end;
        }
        return (result, removed);
    }

    private static bool IsRowSeparator(SourceLine line) => line.Text.Length == 0 || (line.IsBlank && !line.Text.Contains('\t'));

    // — 9 —, - 9 -, –9–, −9−, ——9——
    [GeneratedRegex(@"^[-－—–−]{1,2}\s*\d{1,4}\s*[-－—–−]{1,2}$")]
    private static partial Regex DashedNumber();

    // -- 9 of 33 --, — 9 / 33 —
    [GeneratedRegex(@"^[-－—–−]{1,2}\s*\d{1,4}\s*(of|/|／)\s*\d{1,4}\s*[-－—–−]{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DashedNumberOfTotal();

    // 第9页, 第 9 页 共 33 页, 第9页/共33页, 共33页 第9页, 第9页，共33页
    [GeneratedRegex(@"^((共\s*\d{1,4}\s*页)\s*[,，/／]?\s*)?第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$")]
    private static partial Regex ChinesePage();

    // Page 9, Page 9 of 33, page 9/33
    [GeneratedRegex(@"^page\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPage();

    // -- PAGE_BREAK --, [pagebreak], <!-- page 9 -->, ===== Page Break =====
    [GeneratedRegex(@"^([-=—*<!\[\s]*)(page[ _-]?break|分页符|<!--\s*page\s*\d*\s*-->)([-=—*>\]\s]*)$|^<!--\s*page\s*\d*\s*-->$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakMarker();
}
