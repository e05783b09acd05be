using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Narrative;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// Reads the performance tables of a whole disclosure: the overall table (部门（单位）整体（支出）绩效目标表) and every
/// project card (项目绩效目标表, 部门专项绩效目标申报表, 一般性项目绩效目标表, 项目支出绩效目标表, 重点专项资金绩效目标表 …),
/// in the tab-separated layout and in the one-cell-per-line layout. Fields and indicator columns are found by their
/// labels, never by position.
/// </summary>
/// <remarks>
/// A malformed indicator row or amount (e.g. a weight that is not a number) throws
/// <see cref="DisclosureParseException"/> naming the line; pass the file name to have it in the exception too.
/// </remarks>
public static partial class PerformanceParser
{
    public static PerformanceResult Parse(IReadOnlyList<SourceLine> lines) => Parse(lines, fileName: "");

    public static PerformanceResult Parse(IReadOnlyList<SourceLine> lines, string fileName) =>
        Parse(lines, fileName, new Tables.TableBlockReader(new ParseContext(fileName)).Read(lines));

    /// <summary>
    /// The performance tables among <paramref name="segments"/>, the blocks of the one table segmenter.
    /// <paramref name="documentUnit"/>: the unit most of the document's financial tables print, which a card printing no
    /// unit is read in (as a table printing none is, <see cref="Tables.TableUnits"/>); 万元 when null.
    /// </summary>
    internal static PerformanceResult Parse(IReadOnlyList<SourceLine> lines, string fileName, IReadOnlyList<Tables.SegmentedBlock> segments,
        MoneyUnit? documentUnit = null)
    {
        var notes = new List<ParseNote>();
        var blocks = TableBlockFinder.Find(lines, segments, notes);

        OverallPerformanceGoal? overall = null;
        var projects = new List<ProjectCard>();
        var unitLabels = new List<string>();
        int? yearLabel = null;
        var yearLabelLine = 0;
        var previousWasOverall = false;
        var printedUnits = new Dictionary<int, string?>();

        foreach (var block in blocks)
        {
            if (block.IsSpaceSeparated && block.Kind == TableKind.ProjectPerformance)
            {
                // Extracted without cell separators: cells cannot be read by position (see SpacedCardReader).
                projects.Add(SpacedCardReader.Read(block, fileName, notes, documentUnit));
                printedUnits[block.TitleLine] = projects[^1].PrintedUnit;
                previousWasOverall = false;
                continue;
            }
            var (fieldRows, columns, indicatorRows) = SplitAtIndicatorHeader(block);
            var fields = CardFieldReader.Read(fieldRows.Select(r => r.ToRaw()), fileName, notes, block.Title, block.TitleLine, documentUnit);
            var indicators = ReadIndicators(indicatorRows, columns, fields, fileName, notes);
            printedUnits[block.TitleLine] = fields.PrintedUnit?.Printed;

            foreach (var label in fields.UnitLabels.Where(l => !unitLabels.Contains(l))) unitLabels.Add(label);
            if (yearLabel is null && fields.BudgetYear is { } budgetYear)
            {
                yearLabel = budgetYear;
                yearLabelLine = fields.BudgetLine;
            }

            if (IsContinuation(fields, indicators) && (previousWasOverall ? overall is not null : projects.Count > 0))
            {
                // The title was repeated over the rest of the indicators after a page break.
                if (previousWasOverall) overall = overall! with { Indicators = [.. overall.Indicators, .. indicators] };
                else projects[^1] = projects[^1] with { Indicators = [.. projects[^1].Indicators, .. indicators] };
                notes.Add(new ParseNote(block.TitleLine, "Repeated title with indicators only: read as the previous table's continuation."));
                continue;
            }
            previousWasOverall = block.Kind == TableKind.OverallPerformance && overall is null;
            if (previousWasOverall)
                overall = ToOverall(block, fields, indicators);
            else
            {
                if (block.Kind == TableKind.OverallPerformance)
                    notes.Add(new ParseNote(block.TitleLine, "A second overall performance table was read as a project card."));
                projects.Add(ToCard(block, fields, indicators));
            }
        }

        // Without a "2024年预算" label, the year the tables' titles carry ("2024年…绩效目标表").
        if (yearLabel is null)
        {
            foreach (var block in blocks)
            {
                var match = LeadingYear().Match(block.Title);
                if (!match.Success) continue;
                yearLabel = int.Parse(match.Groups[1].Value);
                yearLabelLine = block.TitleLine;
                break;
            }
        }

        var rawTables = blocks.Select(b => new RawTable(b.Title, b.TableNumber, b.TitleLine, b.EndLine, b.Rows.Select(r => r.ToRaw()).ToList())).ToList();
        return new PerformanceResult(overall, projects, rawTables, yearLabel, yearLabelLine, unitLabels, notes)
        {
            YearMentions = PlannedYears(blocks, lines),
            PrintedUnits = printedUnits,
        };
    }

    /// <summary>
    /// Year mentions in the planning texts of the tables (项目概况, 当年绩效目标): read from the source lines the cell
    /// spans, so each mention names its own line. 立项依据 is left out: it only cites documents.
    /// </summary>
    private static List<YearMention> PlannedYears(IReadOnlyList<TableBlock> blocks, IReadOnlyList<SourceLine> lines)
    {
        var byNumber = new Dictionary<int, string>();
        foreach (var line in lines) byNumber.TryAdd(line.Number, line.Text);
        var mentions = new List<YearMention>();
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Rows.Count; i++)
            {
                var label = block.Rows[i].Cells.FirstOrDefault(c => c.Length > 0);
                if (label is null || CardFieldLabels.KindOf(label) is not (CardField.Overview or CardField.Goal)) continue;
                var last = i + 1 < block.Rows.Count ? block.Rows[i + 1].Line - 1 : block.EndLine;
                for (var number = block.Rows[i].Line; number <= last; number++)
                {
                    if (byNumber.TryGetValue(number, out var text)) mentions.AddRange(YearMentionFinder.Find(text, number));
                }
            }
        }
        return mentions;
    }

    private static (IReadOnlyList<BlockRow> Fields, IndicatorColumns? Columns, IReadOnlyList<BlockRow> Indicators)
        SplitAtIndicatorHeader(TableBlock block)
    {
        for (var i = 0; i < block.Rows.Count; i++)
        {
            if (IndicatorColumns.TryRead(block.Rows[i].Cells) is { } columns)
                return (block.Rows.Take(i).ToList(), columns, block.Rows.Skip(i + 1).ToList());
        }
        return (block.Rows, null, []);
    }

    private static List<Indicator> ReadIndicators(
        IReadOnlyList<BlockRow> rows, IndicatorColumns? columns, CardFields fields, string fileName, List<ParseNote> notes)
    {
        var indicators = new List<Indicator>();
        if (columns is null) return indicators;
        foreach (var row in rows)
        {
            if (CardFieldReader.TryRemark(row.Cells, out var remark)) { fields.Remark = remark; continue; }
            if (IndicatorColumns.TryRead(row.Cells) is not null)
            {
                notes.Add(new ParseNote(row.Line, "Indicator header repeated after a page break skipped."));
                continue;
            }
            if (IndicatorReader.Read(row, columns, fileName, notes) is { } indicator) indicators.Add(indicator);
        }
        return indicators;
    }

    private static bool IsContinuation(CardFields fields, List<Indicator> indicators) =>
        indicators.Count > 0 && fields[CardField.Name] is null && fields.Budget is null && fields[CardField.Goal] is null;

    private static OverallPerformanceGoal ToOverall(TableBlock block, CardFields fields, List<Indicator> indicators) => new()
    {
        Title = block.Title,
        TableNumber = block.TableNumber,
        StartLine = block.TitleLine,
        UnitLabel = fields[CardField.UnitName] ?? fields[CardField.Department],
        Budget = fields.Budget,
        PrintedUnit = fields.PrintedUnit?.Printed,
        Goal = fields[CardField.Goal],
        Indicators = indicators,
    };

    private static ProjectCard ToCard(TableBlock block, CardFields fields, List<Indicator> indicators)
    {
        var (code, name) = SplitProjectCode(fields[CardField.Name]);
        var isEmpty = name is null && fields.Budget is null && indicators.Count == 0;
        return new ProjectCard
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.TitleLine,
            IsEmpty = isEmpty,
            Remark = fields.Remark,
            Name = name,
            Code = code,
            Category = fields[CardField.Category],
            Department = fields[CardField.Department],
            Budget = fields.Budget,
            PrintedUnit = fields.PrintedUnit?.Printed,
            Splits = fields.Splits,
            ExecutionRateWeight = fields.ExecutionRateWeight,
            Overview = fields[CardField.Overview],
            Basis = fields[CardField.Basis],
            AnnualGoal = fields[CardField.Goal],
            Indicators = indicators,
        };
    }

    /// <summary>"50010922T000000095557-清扫保洁服务外包" → code 50010922T000000095557, name 清扫保洁服务外包.</summary>
    internal static (string? Code, string? Name) SplitProjectCode(string? printed)
    {
        if (printed is null) return (null, null);
        var match = ProjectCode().Match(printed);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value.Trim()) : (null, printed);
    }

    [GeneratedRegex(@"^([0-9A-Z]{12,})\s*[-—－]\s*(.+)$", RegexOptions.Singleline)]
    private static partial Regex ProjectCode();

    [GeneratedRegex(@"^((?:19|20)\d\d)\s*年")]
    private static partial Regex LeadingYear();
}
