using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Completeness;

/// <summary>
/// The tables a disclosure says it contains, by title: the entries of its 目录 (table of contents), and the tables its
/// 说明 text names (《…表》, "详见…表", "附表：…表"). The 表N numbering is the third source; it is read from the
/// tables themselves by <see cref="TableInventoryBuilder"/>.
/// </summary>
internal static partial class TableAnnouncements
{
    public static IReadOnlyList<AnnouncedTable> Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks)
    {
        var firstTable = blocks.Where(b => b.HasPrintedTitle && b.Rows.Count > 0).Select(b => b.StartLine).DefaultIfEmpty(int.MaxValue).Min();
        var announced = new List<AnnouncedTable>();
        announced.AddRange(Contents(lines));
        announced.AddRange(Explanation(lines, firstTable));
        return announced;
    }

    /// <summary>
    /// The lines of the 目录's entries. A title listed there is not a table: the segmenter's block starting at such a
    /// line is dropped before anything reads it (see <see cref="DisclosureParser"/>).
    /// </summary>
    public static IReadOnlySet<int> ContentsLines(IReadOnlyList<SourceLine> lines) => ContentsEntries(lines).Select(e => e.Entry.Line).ToHashSet();

    /// <summary>The 目录's entries that announce a table: every entry but the sections grouping tables (<see cref="GroupsTables"/>).</summary>
    private static IEnumerable<AnnouncedTable> Contents(IReadOnlyList<SourceLine> lines) =>
        ContentsEntries(lines).Where(e => !e.GroupsTables).Select(e => e.Entry);

    /// <summary>Entries after a "目录" line: table titles, each possibly numbered and followed by dots and a page number.</summary>
    private static IEnumerable<(AnnouncedTable Entry, bool GroupsTables)> ContentsEntries(IReadOnlyList<SourceLine> lines)
    {
        var start = -1;
        for (var i = 0; i < lines.Count && i < 400; i++)
            if (lines[i].Text.Contains('目') && IsContentsHeading(lines[i].Text)) { start = i; break; }
        if (start < 0) yield break;

        var titles = new HashSet<string>();
        var misses = 0;
        for (var i = start + 1; i < lines.Count && i < start + 120; i++)
        {
            if (lines[i].IsBlank) continue;
            var entry = PageReference().Replace(CellText.Normalize(lines[i].Text.Replace('\t', ' ')), "");
            entry = EntryOrdinal().Replace(entry, "");
            var (number, title) = TableTitles.SplitLeadingNumber(entry);
            if (TableTitles.TryRecognize(title, out _, out _))
            {
                // The body starts where a title listed already comes again.
                if (!titles.Add(title)) yield break;
                misses = 0;
                yield return (new AnnouncedTable(number, title, AnnouncementSource.Contents, lines[i].Number, null), GroupsTables(title));
            }
            else if (DocumentSections(entry)) continue;   // the 目录 lists the 说明's sections too
            else if (++misses >= 2 || lines[i].Text.Contains('\t')) yield break;
        }
    }

    // "目录", also spaced out by the extraction: "目 录", "目\u3000录", "目 \t录" (wanli: a tab between the two characters).
    private static bool IsContentsHeading(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))) is "目录" or "目次";

    /// <summary>Tables named in the text before the first table: 《政府采购预算明细表》, 详见部门收支总表, 附表…表.</summary>
    private static IEnumerable<AnnouncedTable> Explanation(IReadOnlyList<SourceLine> lines, int firstTable)
    {
        var titles = new HashSet<string>();
        foreach (var line in lines)
        {
            if (line.Number >= firstTable) yield break;
            foreach (Match match in NamedTable().Matches(line.Text))
            {
                var title = match.Groups["title"].Value.Trim();
                var number = match.Groups["number"].Success ? match.Groups["number"].Value.Replace(" ", "") : null;
                if (!TableTitles.TryRecognize(title, out var kind, out _) || kind == TableKind.Other) continue;
                if (titles.Add(title)) yield return new AnnouncedTable(number, title, AnnouncementSource.Explanation, line.Number, null);
            }
        }
    }

    /// <summary>
    /// "五、部门预算表": a section of the 目录 that groups the tables listed under it (chengguanju's lines 10–18, "1. 2026年部门
    /// 财务收支预算总表" …), not a table — counted as one, it was announced and never found, a false "missing" note and
    /// finding. Told by its name, which says only that tables follow (部门预算表, 2026年部门预算公开表, 预算表), where every
    /// table's title names what it holds: "一、部门收支总表" in a 目录 numbering its tables like sections stays a table.
    /// The entry is still a 目录 line (<see cref="ContentsLines"/>): no block starting there is read as a table.
    /// </summary>
    private static bool GroupsTables(string title) => GroupHeading().IsMatch(title);

    private static bool DocumentSections(string entry) => Units.DocumentSections.IsHeading(entry) || entry.StartsWith("第") || entry.Length > 60;

    // "……3", "...... 12", "·····5", trailing page number after spaces
    [GeneratedRegex(@"\s*([.…·．。]{2,}|\s)\s*\d{1,3}\s*$|\s*[.…·．]{2,}\s*$")]
    private static partial Regex PageReference();

    // "1.", "1、", "（一）" before an entry
    [GeneratedRegex(@"^(\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]+[）)])\s*")]
    private static partial Regex EntryOrdinal();

    // "五、部门预算表", "（五）2026年部门预算公开表", "预算表": a section ordinal, a year, then no table's name
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*(\d{4}\s*年度?)?\s*(部门|单位)?(预算)?(公开)?表$")]
    private static partial Regex GroupHeading();

    // 《表二 一般公共预算财政拨款支出预算表》, 详见一般公共预算财政拨款支出预算表, 见附表3部门收支总表
    [GeneratedRegex(@"《\s*(?<number>表\s*[一二三四五六七八九十\d]+)?\s*[:：、.．]?\s*(?<title>[^《》，。；]{2,40}?表)\s*》|(详见|参见|见附表|附表)\s*(?<number>表?\s*[一二三四五六七八九十\d]+)?\s*[:：、.．]?\s*(?<title>[^，。；、《》（）()]{2,40}?表)(?=[，。；、）)]|$)")]
    private static partial Regex NamedTable();
}
