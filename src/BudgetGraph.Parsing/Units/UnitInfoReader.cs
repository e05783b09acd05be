using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Performance;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Units;

/// <summary>
/// Reads the publishing unit. Its name appears in several places, none of them in every document: the cover line,
/// the prefix of table titles, code labels such as "307-重庆市…" (整体绩效目标表, 编制单位, 主管部门), the labels the
/// performance tables print, and the 单位构成 paragraph. The fullest name wins as the official name; the unit code
/// is the shortest code printed in front of the unit's name ("502" rather than "502001-…（本级）").
/// </summary>
internal sealed partial class UnitInfoReader(ParseContext context)
{
    private static readonly string[] LabelHeaders =
        ["业务主管部门", "主管部门", "预算主管部门", "部门名称", "部门(单位)名称", "部门（单位）名称", "单位名称", "编制单位", "编制部门"];

    /// <summary>The dashes <see cref="UnitNames.SplitCode"/> accepts between a code and a name.</summary>
    private static readonly System.Buffers.SearchValues<char> CodeDashes = System.Buffers.SearchValues.Create("-—－–");

    /// <summary>The first characters of <see cref="LabelHeaders"/> (a cell is trimmed, so a header starts with one).</summary>
    private static readonly System.Buffers.SearchValues<char> LabelFirstCharacters = System.Buffers.SearchValues.Create("业主预部单编");

    public UnitInfo Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks, PerformanceResult performance)
    {
        var firstTableLine = blocks.Count == 0 ? int.MaxValue : blocks.Min(b => b.StartLine);
        var candidates = new List<Candidate>();
        candidates.AddRange(CoverNames(lines, firstTableLine));
        candidates.AddRange(blocks.Where(b => b.UnitPrefix is not null).Select(b => new Candidate(UnitNames.Clean(b.UnitPrefix!), b.StartLine, null)));
        candidates.AddRange(LabelledNames(lines));
        candidates.AddRange(performance.UnitLabels.Select(label => FromLabel(label, 0)).OfType<Candidate>());

        var structure = DocumentSections.Find(lines, firstTableLine, "单位构成", "机构设置");
        var functions = DocumentSections.Find(lines, firstTableLine, "职能职责", "主要职能", "部门职责");
        if (structure is { } s)
            candidates.AddRange(UnitNames.QualifiedNamesIn(s.Text).Select(name => new Candidate(name, s.Line, null)));

        var names = candidates.Where(c => UnitNames.IsUnitName(c.Name)).ToList();
        if (names.Count == 0)
        {
            var nearest = candidates.Where(c => c.Name.Length > 0).OrderBy(c => c.Line == 0 ? int.MaxValue : c.Line).FirstOrDefault();
            throw context.Fail(nearest?.Line ?? 0,
                "the publishing unit's name was not found (no cover line, titled table or 预算主管部门/编制部门/编制单位/主管部门/部门名称/单位名称 label "
                + "naming a body such as …街道办事处, …局, …委员会, …中心)"
                + (nearest is null ? "" : $"; nearest candidate: line {nearest.Line} '{nearest.Name}', which does not end like the name of a government body"));
        }

        // The fullest form is the official one ("…人民政府朝阳街道办事处" over "…朝阳街道办事处"); earliest on ties.
        var official = names.OrderByDescending(c => c.Name.Length).ThenBy(c => c.Line == 0 ? int.MaxValue : c.Line).First();
        var shortName = UnitNames.ShortNameOf(official.Name);
        var unitCode = names
            .Where(c => c.Code is not null && UnitNames.ShortNameOf(c.Name) == shortName)
            .Select(c => c.Code!)
            .OrderBy(code => code.Length).ThenBy(code => code, StringComparer.Ordinal)
            .FirstOrDefault();

        return new UnitInfo
        {
            OfficialName = official.Name,
            ShortName = shortName,
            District = District(names.Select(c => c.Name), lines),
            UnitCode = unitCode,
            FunctionsText = functions?.Text,
            StructureText = structure?.Text,
            ContactLine = ContactLine(lines),
            Line = official.Line,
        };
    }

    private string? District(IEnumerable<string> names, IReadOnlyList<SourceLine> lines)
    {
        var fromName = names.Select(UnitNames.DistrictOf).FirstOrDefault(d => d is not null);
        if (fromName is not null) return fromName;

        // No name says it; the district whose organs the texts cite most (e.g. 重庆市沙坪坝区财政局) is where the unit is.
        var mentions = lines.SelectMany(l => UnitNames.DistrictsMentionedIn(l.Text))
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ToList();
        if (mentions.Count == 0 || mentions[0].Count() < 2) return null;
        context.Note(0, $"The unit's name does not state its district; {mentions[0].Key} is inferred from {mentions[0].Count()} mentions of 重庆市{mentions[0].Key} in the text.");
        return mentions[0].Key;
    }

    /// <summary>The lines before the first heading and table: the cover, "重庆市…办事处" possibly followed by "2023年部门预算…".</summary>
    private static IEnumerable<Candidate> CoverNames(IReadOnlyList<SourceLine> lines, int firstTableLine)
    {
        foreach (var line in lines)
        {
            if (line.Number >= firstTableLine) yield break;
            if (line.IsBlank) continue;
            var text = CellText.Normalize(line.Text);
            if (DocumentSections.IsHeading(text)) yield break;
            var name = YearTitle().Replace(text, "").Trim();
            if (name.Length > 0) yield return new Candidate(UnitNames.Clean(name), line.Number, null);
        }
    }

    /// <summary>Code labels anywhere ("806—重庆市…") and the cells printed after 编制单位/主管部门/部门名称 headers.</summary>
    private static IEnumerable<Candidate> LabelledNames(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Cells();
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                // InlineLabel's labels start with one of the header characters too.
                var afterColon = cell.Length > 0 && LabelFirstCharacters.Contains(cell[0]) ? InlineLabel().Match(cell) : Match.Empty;
                if (afterColon.Success)
                {
                    // "编制部门：普陀区城市管理行政执法局 单位：元" also states the unit of measure.
                    var inlineValue = TrailingMeasureLabel().Replace(afterColon.Groups["value"].Value, "");
                    if (FromLabel(inlineValue, lines[i].Number) is { } inline) yield return inline;
                    continue;
                }
                // Cheap test first (every cell of the document comes here): a code label starts with a digit.
                // (and has a dash: "307-…"; an amount has none) — FromLabel keeps only a coded label here.
                if (cell.AsSpan().TrimStart() is [var first, ..] && char.IsAsciiDigit(first) && cell.AsSpan().ContainsAny(CodeDashes)
                    && FromLabel(cell, lines[i].Number) is { Code: not null } coded)
                    yield return coded;
                if (cell.Length == 0 || !LabelFirstCharacters.Contains(cell[0]) || !LabelHeaders.Contains(cell.Replace(" ", ""))) continue;

                // The value is the next non-empty cell on the line, or (one cell per line) the next non-blank line.
                var value = cells.Skip(c + 1).FirstOrDefault(v => v.Length > 0);
                var valueLine = lines[i].Number;
                if (value is null && i + 1 < lines.Count && !lines[i + 1].IsBlank)
                {
                    value = CellText.Normalize(lines[i + 1].Text);
                    valueLine = lines[i + 1].Number;
                }
                if (value is not null && FromLabel(value, valueLine) is { } labelled) yield return labelled;
            }
        }
    }

    private static Candidate? FromLabel(string label, int line)
    {
        var text = label.Trim();
        if (text.Length == 0) return null;
        return UnitNames.SplitCode(text) is { } coded
            ? new Candidate(coded.Name, line, coded.Code)
            : new Candidate(UnitNames.Clean(text), line, null);
    }

    private static string? ContactLine(IReadOnlyList<SourceLine> lines) =>
        // Normalising removes characters, never adds one: a line without 联 cannot hold 联系人.
        lines.Where(l => l.Text.Contains('联')).Select(l => CellText.Normalize(l.Text))
            .FirstOrDefault(t => t.Contains("联系人") && (t.Contains("电话") || t.Contains("联系方式")) && t.Length <= 120);

    private sealed record Candidate(string Name, int Line, string? Code);

    [GeneratedRegex(@"\s*\d{4}\s*年.*$")]
    private static partial Regex YearTitle();

    [GeneratedRegex(@"^(编制单位|单位名称|编制部门|预算主管部门|业务主管部门|主管部门|部门名称|预算单位)\s*[:：]\s*(?<value>.+)$")]
    private static partial Regex InlineLabel();

    // "单位：元", also "单位（元）" and "单位 元" (a bracket or space only when a unit follows: "…单位（本级）" is a name).
    [GeneratedRegex(@"\s*(金额|货币)?单位\s*([:：].*|[（(\s]\s*(人民币|RMB)?\s*(" + MoneyUnit.PrintedPattern + @").*)$")]
    private static partial Regex TrailingMeasureLabel();
}
