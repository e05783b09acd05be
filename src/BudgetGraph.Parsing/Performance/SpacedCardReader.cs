using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// Reads a project card extracted without cell separators (财政项目支出绩效目标申报表 as Shanghai prints it, see
/// tests/fixtures/other/shanghai-putuo-chengguanju-2026.txt): cells are split at spaces, empty cells are dropped and a
/// merged cell is printed on a line of its own, in the middle of the rows it spans, or wrapped over the lines above
/// and below its label. Nothing is read by position; every value is found from its label or its level:
/// <list type="bullet">
/// <item><b>fields</b>: the token after a label (项目名称 拆违经费); a line of labels only (主管部门 实施单位) takes its
/// values from the lines above and below it, wrapped halves joined cell by cell;</item>
/// <item><b>amounts</b> in the unit the card prints (项目资金（元）, 单位：元; when none, with a note, the unit the document's
/// tables print, 万元 when none does): the card's budget is
/// the year's amount (年度资金申请总额 / 年度资金总额) and its splits the year's sources (当年财政拨款, 上年结转资金, 其他资金).
/// The template prints the whole project (项目资金总额, 财政资金, 其他资金) on the left and the year on the right: a line
/// with two label–amount pairs is left then right; a lone pair is placed by its label, and a lone 其他资金 (either side)
/// is not placed (note). The project's multi-year figures have no place in the model: a note states them, the raw
/// table keeps them;</item>
/// <item><b>indicators</b> under the 一级/二级/三级指标 + 指标值 header: the last token is the target, a leading level-1
/// name (产出/效益/满意度/成本指标) is the level 1, the next token the level 2 when one more is left, the rest the level
/// 3. A row without its level 1 (a merged cell printed on another row) takes the one the national indicator framework
/// puts its level 2 under, when the table prints that level 1; a level-2 cell wrapped onto the lines around a row
/// (服务对象满意度 / 指标) is joined. The table has no weight, operator or core columns: those stay null; an operator
/// printed in front of the target (=100.00(%)) and a unit in brackets after it are split off.</item>
/// </list>
/// The goal texts (项目总体目标, 年度总体目标) are printed side by side with their lines interleaved; they are kept in the
/// raw table and not read (note).
/// </summary>
internal static partial class SpacedCardReader
{
    private static readonly HashSet<string> Level1Names = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    /// <summary>The level 2 names of the national framework (财预〔2020〕10号) under each level 1.</summary>
    private static readonly Dictionary<string, string> FrameworkLevel1 = new()
    {
        ["数量指标"] = "产出指标", ["质量指标"] = "产出指标", ["时效指标"] = "产出指标",
        ["经济效益指标"] = "效益指标", ["社会效益指标"] = "效益指标", ["生态效益指标"] = "效益指标", ["可持续影响指标"] = "效益指标",
        ["服务对象满意度指标"] = "满意度指标",
        ["经济成本指标"] = "成本指标", ["社会成本指标"] = "成本指标", ["生态环境成本指标"] = "成本指标",
    };

    private static readonly HashSet<string> YearTotalLabels = ["年度资金申请总额", "年度资金总额", "年度预算资金总额"];
    private static readonly HashSet<string> ProjectTotalLabels = ["项目资金总额", "项目总额"];
    private static readonly HashSet<string> YearOnlySplits = ["当年财政拨款", "上年结转资金", "上年结转"];
    private static readonly HashSet<string> ProjectOnlySplits = ["财政资金"];
    private static readonly HashSet<string> EitherSideSplits = ["其他资金"];
    /// <summary>Labels with no place in the model: recognised so that they are never read as a value.</summary>
    private static readonly HashSet<string> OtherLabels =
        ["实施单位", "项目性质", "计划开始日期", "计划完成日期", "项目资金", "项目总体目标", "年度总体目标", "项目绩效目标"];

    public static ProjectCard Read(TableBlock block, string fileName, List<ParseNote> notes, MoneyUnit? documentUnit = null)
    {
        var header = -1;
        IndicatorColumns? columns = null;
        for (var i = 0; i < block.Rows.Count && columns is null; i++)
        {
            columns = IndicatorColumns.TryRead(block.Rows[i].Cells);
            if (columns is not null) header = i;
        }
        var fieldRows = header >= 0 ? block.Rows.Take(header).ToList() : [.. block.Rows];
        var indicatorRows = header >= 0 ? block.Rows.Skip(header + 1).ToList() : [];

        var unit = UnitOf(fieldRows, block.Title, fileName);
        // As a table printing no unit: the unit the document's tables print, 万元 when none does (TableUnits).
        if (unit is null)
            notes.Add(new ParseNote(block.TitleLine, documentUnit is null
                ? $"'{block.Title}' prints no unit for its amounts and no table of the document does: read in 万元, the template's unit."
                : $"'{block.Title}' prints no unit for its amounts: read in {documentUnit}, the unit the document's tables print."));
        var fields = ReadFields(block, fieldRows, unit ?? documentUnit ?? MoneyUnit.WanYuan, fileName, notes);
        var indicators = ReadIndicators(indicatorRows, notes);
        if (fieldRows.Any(r => r.Cells.Any(c => c is "项目总体目标" or "年度总体目标")))
            notes.Add(new ParseNote(block.TitleLine,
                $"'{block.Title}': 项目总体目标 and 年度总体目标 are printed side by side with their lines interleaved; the texts are kept in the raw table, not read as the card's goal."));

        return new ProjectCard
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.TitleLine,
            IsEmpty = fields.Name is null && fields.Budget is null && indicators.Count == 0,
            Name = fields.Name,
            Category = fields.Category,
            Department = fields.Department,
            Budget = fields.Budget,
            PrintedUnit = unit?.Printed,
            Splits = fields.Splits,
            Indicators = indicators,
        };
    }

    private sealed class Fields
    {
        public string? Name;
        public string? Category;
        public string? Department;
        public decimal? Budget;
        public List<BudgetSplit> Splits { get; } = [];
    }

    /// <summary>
    /// The figure after an amount label is no amount when it is a percentage, a figure written with words ("约100",
    /// "100万": before, the split was dropped without a word), or when it may be the first group of a figure printed
    /// with spaces between its thousands ("3 498 000.00" split at spaces): refused, never read as "3".
    /// </summary>
    private static void RefuseUnreadableAmount(string fileName, int line, string title, string label, string next, string? after, MoneyUnit cardUnit)
    {
        if (AmountText.IsPercentage(next))
            throw new DisclosureParseException(fileName, line, $"'{title}': {label} '{next}' is a percentage, not an amount of money.");
        if (AmountText.IsFigureInWords(next) && !AmountText.IsNumber(next))
            throw new DisclosureParseException(fileName, line, $"'{title}': {label}: the amount cell holds '{next}', which is not a number");
        // "100 万" split at its space: the figure would be read in the card's unit, the printed 万 left over as text.
        if (after is not null && AmountText.IsNumber(next) && UnitAfterFigure(after) is { } printedUnit && printedUnit != cardUnit)
            throw new DisclosureParseException(fileName, line, $"'{title}': {label} '{next} {after}' prints {printedUnit} after the figure, "
                + $"but the card's amounts are in {cardUnit}: in which unit it is meant cannot be told.");
        if (after is not null && Tables.SpaceSeparatedCells.MayBeOneFigure(next, after))
            throw new DisclosureParseException(fileName, line, $"'{title}': {label} '{next} {after}' is printed with spaces between cells: it is one "
                + $"figure with a space between its thousands ({next}{after}) or two figures, and the text cannot say which.");
    }

    /// <summary>A unit printed as a cell of its own after a figure ("100 万", "3,498,000.00 元"), or null.</summary>
    private static MoneyUnit? UnitAfterFigure(string cell) => CellText.Normalize(cell) switch
    {
        "万" => MoneyUnit.WanYuan,
        "亿" => MoneyUnit.YiYuan,
        var printed => MoneyUnit.FromPrinted(printed),
    };

    private static bool IsAmountLabel(string label) => YearTotalLabels.Contains(label) || ProjectTotalLabels.Contains(label)
        || YearOnlySplits.Contains(label) || ProjectOnlySplits.Contains(label) || EitherSideSplits.Contains(label);

    /// <summary>The unit the card prints ("单位：元", "（元）" under 项目资金); two different ones are refused, as a table's are.</summary>
    private static MoneyUnit? UnitOf(IReadOnlyList<BlockRow> rows, string title, string fileName) =>
        Tables.UnitStatement.Agreed(Statements(rows), title, (line, reason) => new DisclosureParseException(fileName, line, reason))?.Unit;

    private static IEnumerable<Tables.UnitStatement> Statements(IReadOnlyList<BlockRow> rows)
    {
        foreach (var row in rows)
            foreach (var cell in row.Cells)
                if (Tables.UnitStatement.In(cell, row.Line, orHeaderCell: true) is { } statement) yield return statement;
    }

    private static string Label(string cell) => CardFieldLabels.Canonical(cell).Replace("其中:", "").Replace("其中：", "");

    private static bool IsLabel(string cell)
    {
        var label = Label(cell);
        return CardFieldLabels.KindOf(cell) is not null || OtherLabels.Contains(label) || IsAmountLabel(label);
    }

    private static Fields ReadFields(TableBlock block, List<BlockRow> rows, MoneyUnit unit, string fileName, List<ParseNote> notes)
    {
        var fields = new Fields();
        var projectFigures = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            var line = rows[r].Line;
            var amounts = new List<(string Label, decimal Amount, string Printed)>();
            for (var i = 0; i < cells.Count; i++)
            {
                if (!IsLabel(cells[i])) continue;
                var label = Label(cells[i]);
                var next = i + 1 < cells.Count ? cells[i + 1] : null;
                if (next is not null && IsAmountLabel(label)) RefuseUnreadableAmount(fileName, line, block.Title, label, next, i + 2 < cells.Count ? cells[i + 2] : null, unit);
                if (next is not null && AmountText.TryParse(next, out var amount) && amount is { } value)
                {
                    amounts.Add((label, value, next));
                    i++;
                    continue;
                }
                var text = next is not null && !IsLabel(next) ? next : WrappedValue(rows, r, i);
                switch (CardFieldLabels.KindOf(cells[i]))
                {
                    case CardField.Name: fields.Name ??= text; break;
                    case CardField.Category: fields.Category ??= text; break;
                    case CardField.Department: fields.Department ??= text; break;
                }
            }

            for (var p = 0; p < amounts.Count; p++)
            {
                var (label, amount, printed) = amounts[p];
                var isYear = amounts.Count == 2 ? p == 1
                    : YearTotalLabels.Contains(label) || YearOnlySplits.Contains(label) ? true
                    : ProjectTotalLabels.Contains(label) || ProjectOnlySplits.Contains(label) ? false
                    : (bool?)null;
                var wan = unit.ToWanYuan(amount);
                if (isYear is null)
                {
                    notes.Add(new ParseNote(line, $"'{block.Title}': {label} {printed} {unit} stands alone on its line; whether it is the project's or the year's cannot be told, so it is not read (raw table only)."));
                    continue;
                }
                if (isYear == false)
                {
                    projectFigures.Add($"{label} {printed} {unit}, line {line}");
                    continue;
                }
                if (YearTotalLabels.Contains(label))
                {
                    fields.Budget ??= wan;
                    continue;
                }
                fields.Splits.Add(new BudgetSplit(label, wan, line));
            }
        }
        if (projectFigures.Count > 0)
            notes.Add(new ParseNote(block.TitleLine,
                $"'{block.Title}': the project's figures over all its years ({string.Join(", ", projectFigures)}) have no place in the model; the card's budget is the year's amount. They are kept in the raw table."));
        return fields;
    }

    /// <summary>
    /// A label on a line of labels only, between the two halves of its value: the cell at the same position of the lines
    /// above and below, when both have as many cells as the label line and hold no labels.
    /// </summary>
    private static string? WrappedValue(List<BlockRow> rows, int r, int index)
    {
        if (r == 0 || r + 1 >= rows.Count || !rows[r].Cells.All(IsLabel)) return null;
        var (above, below) = (rows[r - 1].Cells, rows[r + 1].Cells);
        if (above.Count != rows[r].Cells.Count || below.Count != rows[r].Cells.Count || above.Concat(below).Any(IsLabel)) return null;
        return above[index] + below[index];
    }

    private sealed record RowParts(int Line, string? Level1, string? Level2, string Level3, string Target);

    private static List<Indicator> ReadIndicators(List<BlockRow> rows, List<ParseNote> notes)
    {
        var parts = new List<RowParts>();
        var fragments = new List<(int Index, int Line, string Text)>();   // lone cells: wrapped level-2 text or the 绩效指标 row label
        foreach (var row in rows)
        {
            var cells = row.Cells;
            if (cells.Count == 1)
            {
                fragments.Add((parts.Count, row.Line, cells[0]));
                continue;
            }
            var k = 0;
            string? level1 = Level1Names.Contains(cells[0]) ? cells[k++] : null;
            string? level2 = cells.Count - 1 - k >= 2 ? cells[k++] : null;
            var level3 = string.Join(" ", cells.Skip(k).Take(cells.Count - 1 - k));
            parts.Add(new RowParts(row.Line, level1, level2, level3, cells[^1]));
        }

        // The row label 绩效指标, printed over two lines ("绩效" / "指标"), is no indicator text.
        for (var f = 0; f + 1 < fragments.Count; f++)
        {
            if (fragments[f].Text + fragments[f + 1].Text != "绩效指标" || fragments[f + 1].Line != fragments[f].Line + 1) continue;
            fragments.RemoveRange(f, 2);
            f--;
        }
        // A wrapped level-2 cell: the lines around a row without a level 2 (服务对象满意度 / row / 指标).
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].Level2 is not null) continue;
            var before = fragments.Where(f => f.Index == p && f.Line == parts[p].Line - 1).ToList();
            var after = fragments.Where(f => f.Index == p + 1 && f.Line == parts[p].Line + 1).ToList();
            if (before.Count + after.Count == 0) continue;
            parts[p] = parts[p] with { Level2 = string.Concat(before.Concat(after).Select(f => f.Text)) };
            foreach (var used in before.Concat(after)) fragments.Remove(used);
        }
        foreach (var (_, line, text) in fragments)
            notes.Add(new ParseNote(line, $"'{text}' stands alone among the indicator rows and belongs to no indicator; kept in the raw table."));

        var printedLevel1 = parts.Where(p => p.Level1 is not null).Select(p => p.Level1!).ToHashSet();
        var indicators = new List<Indicator>();
        foreach (var part in parts)
        {
            var level1 = part.Level1;
            if (level1 is null && part.Level2 is not null && FrameworkLevel1.TryGetValue(part.Level2, out var framework)
                && printedLevel1.Contains(framework))
                level1 = framework;
            if (level1 is null)
                notes.Add(new ParseNote(part.Line, $"Indicator '{part.Level3}': its 一级指标 (a merged cell) cannot be told; left empty."));

            var (op, operatorRaw, target) = OperatorText.SplitLeading(part.Target) is { } split
                ? (split.Operator, split.Raw, split.Value)
                : ((string?)null, (string?)null, part.Target);
            string? unitOfMeasure = null;
            if (BracketedUnit().Match(target) is { Success: true } bracketed)
                (target, unitOfMeasure) = (bracketed.Groups["value"].Value, bracketed.Groups["unit"].Value);
            var numeric = AmountText.TryParse(target, out var number) ? number : null;
            indicators.Add(new Indicator
            {
                Name = part.Level3,
                RawName = part.Level3,
                Level1 = level1,
                Level2 = part.Level2,
                Level3 = part.Level3,
                UnitOfMeasure = unitOfMeasure,
                Operator = op,
                OperatorRaw = operatorRaw,
                NumericTarget = numeric,
                TextTarget = numeric is null ? part.Target : null,
                Line = part.Line,
            });
        }
        return indicators;
    }

    /// <summary>"100.00(%)": a figure and its unit of measure in brackets.</summary>
    [GeneratedRegex(@"^(?<value>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[（(](?<unit>[^()（）]{1,6})[)）]$")]
    private static partial Regex BracketedUnit();
}
