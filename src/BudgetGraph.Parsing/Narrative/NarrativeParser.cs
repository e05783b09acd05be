using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// Reads the narrative sections 二–五 of a disclosure (before its tables): every figure stated in 万元 and every
/// "this year vs last year" statement, with its signed change, compared year and stated reason.
/// Also returns the years the narrative plans for (<see cref="YearMention"/>), leaving out comparison years.
/// </summary>
public static class NarrativeParser
{
    private static readonly HashSet<string> FigureSections = ["二", "三", "四", "五"];

    public static NarrativeResult Parse(IReadOnlyList<SourceLine> lines, int fiscalYear)
    {
        var statements = new List<NarrativeStatement>();
        var mentions = new List<YearMention>();
        foreach (var paragraph in NarrativeSections.Paragraphs(lines, FigureSections))
        {
            foreach (var statement in NarrativeFigureReader.Read(paragraph, fiscalYear)) Add(statements, statement);
            foreach (var (offset, line) in paragraph.LineStarts)
            {
                var end = paragraph.LineStarts.Where(s => s.Offset > offset).Select(s => s.Offset).DefaultIfEmpty(paragraph.Text.Length).Min();
                mentions.AddRange(YearMentionFinder.Find(paragraph.Text[offset..end], line));
            }
        }
        return new NarrativeResult(statements, mentions);
    }

    /// <summary>
    /// A change stated apart from its figure ("年初预算数4851.31万元…。收入比2023年减少355.71万元…") completes the
    /// latest statement of the same section that measures the same thing and has no change yet.
    /// </summary>
    private static void Add(List<NarrativeStatement> statements, NarrativeStatement statement)
    {
        if (statement is { Amount: null, Direction: not null } && statement.Metric != NarrativeMetric.Other)
        {
            var index = statements.FindLastIndex(s =>
                s.Section == statement.Section && s.Metric == statement.Metric && s.Direction is null && s.Amount is not null);
            if (index >= 0)
            {
                var figure = statements[index];
                statements[index] = figure with
                {
                    Direction = statement.Direction,
                    Change = statement.Change,
                    ComparedYear = statement.ComparedYear,
                    Reason = statement.Reason,
                    Sentence = figure.Sentence + statement.Sentence,
                };
                return;
            }
        }
        statements.Add(statement);
    }
}
