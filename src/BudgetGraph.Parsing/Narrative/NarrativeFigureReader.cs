using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// Reads the figures of one paragraph. The paragraph is cut into sentences at 。 and into clauses at ；, because
/// one sentence often lists several figures each with its own change ("其中：因公出国（境）费用 0 万元，比 2023 年
/// 减少 0 万元，主要原因是…；公务接待费 0.5 万元，…"). In each clause:
/// <list type="bullet">
/// <item>a change is "比/较/与 2023 年(上年) 增加/减少 X 万元" or "… 持平"; it belongs to the figure before it, or, when
/// there is none, to the thing named just before it ("收入比2023年减少355.71万元" → 收入);</item>
/// <item>its reason is what follows "主要是 / 主要原因是 / 主要原因为 …", up to "主要用于" or the clause end;</item>
/// <item>every other "X 万元" is a figure, labelled by the words since the last comma, colon, "其中" or "(含".</item>
/// </list>
/// Amounts inside a change or a reason are part of them, not figures of their own.
/// </summary>
internal static partial class NarrativeFigureReader
{
    // Trim sets as fields: a char list written in the call allocates an array on every call.
    private static readonly char[] ReasonLead = ['，', ',', ' '];
    private static readonly char[] ReasonEnd = ['。', '；', ';', '，', ','];

    private static readonly string[] LabelDelimiters = ["，", ",", "。", "；", ";", "：", ":", "、", "(含", "（含", "其中"];

    public static List<NarrativeStatement> Read(NarrativeParagraph paragraph, int fiscalYear)
    {
        var statements = new List<NarrativeStatement>();
        var topic = NarrativeSections.TopicOf(paragraph.Text);
        var previousClauseGaveReason = false;
        foreach (var (clause, offset) in Clauses(paragraph.Text))
        {
            var line = paragraph.LineAt(offset + (clause.Length - clause.TrimStart().Length));
            var sentence = clause.Trim();

            // A reason listing several changes can run on past a "；" ("…增加 8 万元；社会保障和就业经费拨款减少 508.11 万元，…").
            if (previousClauseGaveReason && !ChangePhrase().IsMatch(sentence) && BareChange().IsMatch(sentence))
            {
                var last = statements[^1];
                statements[^1] = last with { Reason = last.Reason + "；" + ReasonText(sentence, 0), Sentence = last.Sentence + sentence };
                continue;
            }
            var countBefore = statements.Count;

            // A clause that only gives the reason of the previous clause's change ("…减少 0 万元；主要原因是…").
            if (LeadingReason().Match(sentence) is { Success: true } lone && statements.Count > 0
                && statements[^1] is { Direction: not null, Reason: null } previous && !ChangePhrase().IsMatch(sentence))
            {
                statements[^1] = previous with { Reason = ReasonText(sentence, lone.Length) };
                continue;
            }

            statements.AddRange(ReadClause(clause, sentence, line, paragraph.Section, topic, fiscalYear));
            previousClauseGaveReason = statements.Count > countBefore && statements[^1].Reason is not null
                && !sentence.EndsWith('。');
        }
        return statements;
    }

    private static IEnumerable<NarrativeStatement> ReadClause(
        string clause, string sentence, int line, string section, string? topic, int fiscalYear)
    {
        var masked = new List<(int Start, int End)>();
        var events = new List<(int Position, NarrativeStatement? Figure, Match? Change, string? Reason)>();

        foreach (Match change in ChangePhrase().Matches(clause))
        {
            var reasonStart = change.Index + change.Length;
            var rest = clause[reasonStart..];
            var reasonMatch = LeadingReason().Match(rest.TrimStart(ReasonLead));
            string? reason = null;
            var end = reasonStart;
            if (reasonMatch.Success)
            {
                var skipped = rest.Length - rest.TrimStart(ReasonLead).Length;
                var reasonBody = rest[(skipped + reasonMatch.Length)..];
                var cut = UsedFor().Match(reasonBody);
                var length = cut.Success ? cut.Index : reasonBody.Length;
                reason = ReasonText(reasonBody[..length], 0);
                end = reasonStart + skipped + reasonMatch.Length + length;
            }
            masked.Add((change.Index, end));
            events.Add((change.Index, null, change, reason));
        }

        var labelFloor = 0;
        foreach (Match figure in Amount().Matches(clause))
        {
            if (masked.Any(m => figure.Index >= m.Start && figure.Index < m.End)) continue;
            var floor = Math.Max(labelFloor, masked.Where(m => m.End <= figure.Index).Select(m => m.End).DefaultIfEmpty(0).Max());
            var label = LabelBefore(clause, floor, figure.Index);
            labelFloor = figure.Index + figure.Length;
            events.Add((figure.Index, new NarrativeStatement
            {
                Metric = NarrativeMetrics.Classify(label, topic),
                Label = label,
                Amount = AmountText.WanYuanInText(figure.Groups[1].Value, figure.Groups["unit"].Value),
                Sentence = sentence,
                Section = section,
                Line = line,
            }, null, null));
        }

        NarrativeStatement? pending = null;
        var results = new List<NarrativeStatement>();
        foreach (var (position, figure, change, reason) in events.OrderBy(e => e.Position))
        {
            if (figure is not null)
            {
                if (pending is not null) results.Add(pending);
                pending = figure;
                continue;
            }
            var (direction, amount, year) = ReadChange(change!, fiscalYear);
            if (pending is null)
            {
                // "收入比2023年减少…": the measured thing is named just before the comparison, with no figure of its own.
                var label = LabelBefore(clause, 0, position);
                pending = new NarrativeStatement
                {
                    Metric = NarrativeMetrics.Classify(label, topic), Label = label, Sentence = sentence, Section = section, Line = line,
                };
            }
            results.Add(pending with { Direction = direction, Change = amount, ComparedYear = year, Reason = reason });
            pending = null;
        }
        if (pending is not null) results.Add(pending);
        return results;
    }

    private static (ChangeDirection Direction, decimal Change, int Year) ReadChange(Match change, int fiscalYear)
    {
        var year = change.Groups["year"].Success ? int.Parse(change.Groups["year"].Value) : fiscalYear - 1;
        if (change.Groups["flat"].Success) return (ChangeDirection.Flat, 0m, year);
        var amount = AmountText.WanYuanInText(change.Groups["amount"].Value, change.Groups["unit"].Value);
        return change.Groups["verb"].Value is "减少" or "下降" or "降低"
            ? (ChangeDirection.Decrease, -amount, year)
            : (ChangeDirection.Increase, amount, year);
    }

    /// <summary>The words naming a figure: from the last delimiter (not before <paramref name="floor"/>) up to the figure.</summary>
    private static string LabelBefore(string clause, int floor, int position)
    {
        var start = floor;
        foreach (var delimiter in LabelDelimiters)
        {
            var index = clause.LastIndexOf(delimiter, Math.Max(position - 1, 0), StringComparison.Ordinal);
            if (index >= floor && index + delimiter.Length <= position) start = Math.Max(start, index + delimiter.Length);
        }
        var label = clause[start..position].Replace(" ", "");
        label = LeadingYear().Replace(label, "");
        label = LeadingFiller().Replace(label, "");
        return TrailingFiller().Replace(label, "");
    }

    private static string ReasonText(string text, int skip) => text[skip..].Trim().TrimEnd(ReasonEnd).Trim();

    private static IEnumerable<(string Clause, int Offset)> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '；' or ';')) continue;
            yield return (text[start..(i + 1)], start);
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return (text[start..], start);
    }

    // A figure, its thousands separated by commas or by spaces ("1 234.56 万元" read whole: see AmountText.InTextPattern).
    private const string Number = AmountText.InTextPattern;

    [GeneratedRegex(@"(?<![\d.])(" + Number + @")\s*(?<unit>" + MoneyUnit.PrintedPattern + @")")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:比|较|与|同)\s*(?:(?<year>(?:19|20)\d\d)\s*年度?|上年度?|去年|上一年度?)\s*(?:相比)?\s*[，,]?\s*(?:(?<verb>增加|减少|增长|下降|降低)\s*(?<amount>" + Number + @")\s*(?<unit>" + MoneyUnit.PrintedPattern + @")|(?<flat>持平))")]
    private static partial Regex ChangePhrase();

    [GeneratedRegex(@"^(?:主要原因是|主要原因为|主要原因：|主要原因:|主要是|原因是|主要由于|主要因为|主要系)")]
    private static partial Regex LeadingReason();

    [GeneratedRegex(@"(?:增加|减少|增长|下降|降低)\s*" + Number + @"\s*(?:" + MoneyUnit.PrintedPattern + ")")]
    private static partial Regex BareChange();

    [GeneratedRegex(@"[，,]?\s*主要用于")]
    private static partial Regex UsedFor();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]+[）)])?(?:本部门|本单位|街道|所属各预算单位)?(?:(?:19|20)\d\d年度?)?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^(?:涉及|其中|含|安排)")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:为|是|共计|合计|共)$")]
    private static partial Regex TrailingFiller();
}
