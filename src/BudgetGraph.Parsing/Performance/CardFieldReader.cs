using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// Reads label/value pairs from the rows above the indicators. A value is the next filled cell after its label,
/// wherever the columns fall. Between the budget label and the next text field (项目概况 …) every other label with
/// a number or nothing after it is a split of the budget (区级支出, 补助街镇, 本级安排, 上级补助 …); an empty split
/// is kept with a null amount.
/// Amounts are returned in 万元, converted from the unit the card prints: the label's own ("当年预算（元）"), else the
/// card's unit line ("单位：元"); a card printing neither is read in the unit the document's tables print (万元 when none
/// does), as a table without a unit is (<see cref="Tables.TableUnits"/>), and a parser note says so.
/// </summary>
internal static class CardFieldReader
{
    /// <param name="documentUnit">The unit most of the document's financial tables print, if any.</param>
    public static CardFields Read(IEnumerable<RawRow> rows, string fileName, List<ParseNote> notes,
        string title = "", int titleLine = 0, MoneyUnit? documentUnit = null)
    {
        var fields = new CardFields();
        var inBudgetArea = false;
        foreach (var row in rows)
        {
            var cells = row.Cells;
            if (TryRemark(cells, out var remark)) { fields.Remark = remark; continue; }

            var consumed = new bool[cells.Count];
            for (var i = 0; i < cells.Count; i++)
            {
                if (consumed[i] || cells[i].Length == 0) continue;
                var cell = cells[i];

                if (cell.StartsWith("编制单位"))
                {
                    // "编制单位：806-…办事处单位：万元" also states the unit of the card's amounts.
                    ReadUnitOfAmounts(fields, cell, row.Line);
                    var value = CompilingUnitValue(cell, cells, i, consumed);
                    if (value is not null) AddUnitLabel(fields, value);
                    continue;
                }
                if (IsUnitOfAmounts(cell))
                {
                    ReadUnitOfAmounts(fields, cell, row.Line);
                    continue;
                }

                var kind = CardFieldLabels.KindOf(cell);
                switch (kind)
                {
                    case CardField.Budget:
                        fields.Budget = NumberAfter(cells, i, consumed, fileName, row.Line, cell, isMoney: true);
                        fields.BudgetLabelUnit = MoneyUnit.FromHeaderCell(cell);
                        fields.BudgetYear ??= CardFieldLabels.YearOfBudgetLabel(cell);
                        fields.BudgetLine = row.Line;
                        inBudgetArea = true;
                        break;
                    case CardField.ExecutionRateWeight:
                        fields.ExecutionRateWeight = NumberAfter(cells, i, consumed, fileName, row.Line, cell, isMoney: false);
                        break;
                    case CardField.IndicatorsLabel:
                        break;
                    case { } textField:
                        var text = TextAfter(cells, i, consumed);
                        fields.Text.TryAdd(textField, (text, row.Line));
                        if (text is not null && textField is CardField.Department or CardField.UnitName) AddUnitLabel(fields, text);
                        if (textField is CardField.Overview or CardField.Basis or CardField.Goal) inBudgetArea = false;
                        break;
                    case null when inBudgetArea && !AmountText.IsNumber(cell):
                        fields.Splits.Add(new BudgetSplit(SplitLabel(cell), SplitAmount(cells, i, consumed, fileName, row.Line, cell), row.Line));
                        fields.SplitLabelUnits.Add(MoneyUnit.FromHeaderCell(cell));
                        break;
                    case null:
                        break;
                }
            }
        }
        // Two unit lines stating different units leave the card's unit unknown: refused, as a table's would be.
        var stated = Tables.UnitStatement.Agreed(fields.UnitLines, title.Length > 0 ? title : "a performance table",
            (line, reason) => new DisclosureParseException(fileName, line, reason));
        if (stated is not null) (fields.Unit, fields.UnitLine) = (stated.Unit, stated.Line);
        ConvertAmounts(fields, notes, title, titleLine, documentUnit, fileName);
        return fields;
    }

    /// <summary>"单位：万元" (any form <see cref="MoneyUnit.FromLabel"/> reads); a label it cannot read is kept to be reported.</summary>
    private static void ReadUnitOfAmounts(CardFields fields, string cell, int line)
    {
        if (Tables.UnitStatement.In(cell, line, orHeaderCell: false) is { } unitLine) fields.UnitLines.Add(unitLine);
        else if (MoneyUnit.MeasureLabelText(cell) is { } unread) fields.UnreadUnitLabel ??= (unread, line);
    }

    /// <summary>
    /// The budget and its splits, as printed, into 万元: each in its label's unit, else the card's, else the assumed one
    /// (noted). A label contradicting the card's unit line is read as the label says — it stands by the figure — and
    /// noted.
    /// </summary>
    private static void ConvertAmounts(CardFields fields, List<ParseNote> notes, string title, int titleLine, MoneyUnit? documentUnit, string fileName)
    {
        var name = title.Length > 0 ? title : "a performance table";
        var assumed = documentUnit ?? MoneyUnit.WanYuan;
        var needsAssumption = (fields.Budget is not null && fields.BudgetLabelUnit is null)
            || fields.Splits.Where((s, i) => s.Amount is not null && fields.SplitLabelUnits[i] is null).Any();
        if (fields.Unit is null && needsAssumption)
        {
            var readIn = documentUnit is null ? "万元, the template's unit" : $"{assumed}, the unit the document's tables print";
            notes.Add(fields.UnreadUnitLabel is { } unread
                ? new ParseNote(unread.Line, $"'{name}' prints the unit label '{unread.Text}' (line {unread.Line}), which names no unit of measure this parser knows "
                    + $"({string.Join(", ", MoneyUnit.All.Select(u => u.Printed))}): its amounts are read in {readIn}.")
                : new ParseNote(titleLine, $"'{name}' prints no unit for its amounts (no 单位 line, no unit in its labels): they are read in {readIn}."));
        }
        var cardUnit = fields.Unit ?? assumed;

        if (fields.BudgetLabelUnit is { } labelUnit && fields.Unit is { } lineUnit && labelUnit != lineUnit)
            notes.Add(new ParseNote(fields.BudgetLine,
                $"'{name}': the budget's label prints {labelUnit} but the table's unit line (line {fields.UnitLine}) prints {lineUnit}; the budget is read in {labelUnit}, as its label says."));
        fields.Budget = ToWanYuan(fields.Budget, fields.BudgetLabelUnit ?? cardUnit, fields.BudgetLine, "the budget", fileName);
        for (var i = 0; i < fields.Splits.Count; i++)
        {
            var split = fields.Splits[i];
            if (fields.SplitLabelUnits[i] is { } splitUnit && fields.Unit is { } cardLineUnit && splitUnit != cardLineUnit && split.Amount is not null)
                notes.Add(new ParseNote(split.Line,
                    $"'{name}': '{split.Label}': its label prints {splitUnit} but the table's unit line (line {fields.UnitLine}) prints {cardLineUnit}; it is read in {splitUnit}, as its label says."));
            fields.Splits[i] = split with { Amount = ToWanYuan(split.Amount, fields.SplitLabelUnits[i] ?? cardUnit, split.Line, $"'{split.Label}'", fileName) };
        }
    }

    /// <summary>An amount into 万元, refused (file, line, reason) when no amount of money can be it.</summary>
    private static decimal? ToWanYuan(decimal? printed, MoneyUnit unit, int line, string what, string fileName)
    {
        if (printed is not { } amount) return null;
        if (unit.TryToWanYuan(amount, out var wanYuan, out var whyNot)) return wanYuan;
        throw new DisclosureParseException(fileName, line, $"{what} of the performance table is {amount} {unit}, {whyNot}");
    }

    /// <summary>"（备注：本部门无此项收支，故此表无数据。）" → "本部门无此项收支，故此表无数据。".</summary>
    public static bool TryRemark(IReadOnlyList<string> cells, out string remark)
    {
        remark = "";
        if (Tables.RowShapes.NonEmptyCount(cells) != 1) return false;
        var text = Tables.RowShapes.FirstNonEmpty(cells);
        if (!text.Contains("备注") && !text.Contains("无数据")) return false;
        text = text.Trim('（', '）', '(', ')');
        var colon = text.AsSpan().IndexOfAny('：', ':');
        if (text.StartsWith("备注") && colon >= 0) text = text[(colon + 1)..];
        remark = text.Trim();
        return true;
    }

    private static bool IsUnitOfAmounts(string cell) => cell.Replace(" ", "").StartsWith("单位：") || MoneyUnit.IsMeasureLabel(cell);

    private static string? CompilingUnitValue(string cell, IReadOnlyList<string> cells, int index, bool[] consumed)
    {
        var colon = cell.AsSpan().IndexOfAny('：', ':');
        var value = colon >= 0 ? cell[(colon + 1)..].Trim() : "";
        // "编制单位：806-…办事处单位：万元" prints the unit of amounts in the same cell.
        var unitOfAmounts = value.IndexOf("单位：", StringComparison.Ordinal);
        if (unitOfAmounts >= 0) value = value[..unitOfAmounts].Trim();
        if (value.Length > 0) return value;
        return TextAfter(cells, index, consumed);
    }

    private static void AddUnitLabel(CardFields fields, string label)
    {
        if (!fields.UnitLabels.Contains(label)) fields.UnitLabels.Add(label);
    }

    /// <summary>The next filled cell that is not itself a label; null when a label or the row end comes first.</summary>
    private static string? TextAfter(IReadOnlyList<string> cells, int index, bool[] consumed)
    {
        for (var j = index + 1; j < cells.Count; j++)
        {
            if (cells[j].Length == 0) continue;
            if (CardFieldLabels.KindOf(cells[j]) is not null || IsUnitOfAmounts(cells[j])) return null;
            consumed[j] = true;
            return cells[j];
        }
        return null;
    }

    /// <summary>
    /// The number after a numeric label. Null when the next filled cell is a label (an empty value). Text right
    /// next to the label is a malformed amount and stops the parse; so does a percentage after a label of money
    /// (<paramref name="isMoney"/>: the budget), which a weight may be.
    /// </summary>
    private static decimal? NumberAfter(IReadOnlyList<string> cells, int index, bool[] consumed, string fileName, int line, string label, bool isMoney)
    {
        for (var j = index + 1; j < cells.Count; j++)
        {
            if (cells[j].Length == 0) continue;
            if (isMoney) RefusePercentage(cells[j], fileName, line, label);
            if (AmountText.TryParse(cells[j], out var amount))
            {
                consumed[j] = true;
                return amount;
            }
            if (j == index + 1 && CardFieldLabels.KindOf(cells[j]) is null)
                throw new DisclosureParseException(fileName, line, $"'{label}': '{cells[j]}' is not an amount.");
            return null;
        }
        return null;
    }

    /// <summary>
    /// The amount of a split: the next filled cell. A dash ("-", "—", "/") is no amount, as an empty cell is. A figure
    /// written with words ("约100", "100万": <see cref="AmountText.IsFigureInWords"/>) cannot be read and stops the
    /// parse — before, the split read no amount, without a word. Any other text is the next label, and the split is
    /// empty ("上级补助" before "项目概况"; "归口管理科室" before "003-预算科" on an overall table): a split's cell cannot
    /// be refused for any text.
    /// </summary>
    private static decimal? SplitAmount(IReadOnlyList<string> cells, int index, bool[] consumed, string fileName, int line, string label)
    {
        for (var j = index + 1; j < cells.Count; j++)
        {
            if (cells[j].Length == 0) continue;
            RefusePercentage(cells[j], fileName, line, label);
            if (CellText.Normalize(cells[j]) is "/" or "／")
            {
                consumed[j] = true;
                return null;
            }
            if (!AmountText.TryParse(cells[j], out var amount))
            {
                if (AmountText.IsFigureInWords(cells[j]))
                    throw new DisclosureParseException(fileName, line, $"'{label}': the amount cell holds '{cells[j]}', which is not a number");
                return null;
            }
            consumed[j] = true;
            return amount;
        }
        return null;
    }

    /// <summary>A percentage is no amount of money (<see cref="AmountText.IsPercentage"/>): "47.59%" is not 47.59 of the card's unit.</summary>
    private static void RefusePercentage(string cell, string fileName, int line, string label)
    {
        if (AmountText.IsPercentage(cell))
            throw new DisclosureParseException(fileName, line, $"'{label}': '{cell}' is a percentage, not an amount of money.");
    }

    /// <summary>"本级安排（万元）" → "本级安排": the unit is read from it (<see cref="MoneyUnit.FromHeaderCell"/>), it is not part of the name.</summary>
    private static string SplitLabel(string cell) =>
        MoneyUnit.WithoutBracketedUnit(cell).TrimEnd('：', ':').Trim();
}
