using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Text;

/// <summary>Reads amounts as printed: "4,851.31", "1 556.73", "1629.08　", "20%", "" (empty: no amount).</summary>
public static partial class AmountText
{
    /// <summary>
    /// True when <paramref name="cell"/> is empty (amount null) or a number (thousands separators and a trailing
    /// percent sign allowed). False for anything else, e.g. "abc" or "12..5": the caller reports file, line, reason.
    /// A thousands separator is a comma or a space (also no-break or full-width, see <see cref="CellText.Normalize(string)"/>)
    /// between groups of three digits, one kind per figure ("4,851.31", "1 556.73"); any other use of one ("1556,73", a
    /// decimal comma; "1,55,6.73") is no number, never read as the digits without it.
    /// </summary>
    public static bool TryParse(string cell, out decimal? amount)
    {
        amount = null;
        var text = CellText.Normalize(cell);
        if (text.EndsWith('%')) text = text[..^1].TrimEnd();
        if (text.Length == 0 || text is "-" or "—" or "——") return true;
        if (text.AsSpan().ContainsAny(Separators))
        {
            if (!Grouped().IsMatch(text)) return false;
            text = text.Replace(",", "").Replace("，", "").Replace(" ", "");
        }
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when the cell is a percentage ("47.59%", "47.59 %", "47.59％"): <see cref="TryParse"/> reads it as the number
    /// (a weight, a target), but it is never an amount of money — readers of money refuse it.
    /// </summary>
    public static bool IsPercentage(string cell) => CellText.Normalize(cell).EndsWith('%');

    /// <summary>True when the cell holds a number (not empty, not text).</summary>
    public static bool IsNumber(string cell)
    {
        // Asked of almost every cell: text whose first character (after spaces and commas, which TryParse drops or
        // refuses too) cannot start a number is refused without normalising it; anything else is parsed.
        var text = cell.AsSpan().Trim().TrimStart(",，");
        if (text.Length == 0 || !NumberStarts.Contains(text[0])) return false;
        return TryParse(cell, out var amount) && amount is not null;
    }

    /// <summary>A digit, sign or decimal point (also full width, which <see cref="CellText.Normalize(string)"/> folds), or markup.</summary>
    private static readonly System.Buffers.SearchValues<char> NumberStarts =
        System.Buffers.SearchValues.Create("0123456789+-.\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF0B\uFF0D\uFF0E<");

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",， ");

    /// <summary>
    /// "约100", "近 100", "100万", "100.00万元", "100.00（万元）": a number with a word of approximation before it or a
    /// unit after it — a figure that cannot be read as an amount, never a label (as "003-预算科", a code and a name, is).
    /// Where labels and values share a row (a project card's splits), this tells such a figure from the next label.
    /// </summary>
    internal static bool IsFigureInWords(string cell) => FigureInWords().IsMatch(CellText.Normalize(cell));

    [GeneratedRegex(@"^(约|大约|近|约合|合计|共计?)?\s*[+-]?\d[\d,，.\s]*(\s*[（(]?(亿元|万元|千元|元|亿|万)[）)]?)?$")]
    private static partial Regex FigureInWords();

    /// <summary>
    /// A figure in running text (regex source, no groups), its thousands separated by commas or by spaces: "1 234.56 万元"
    /// is read whole — matched from its second group on, it lost its first (234.56 万元); a number of one to three digits
    /// then a group of three is no other phrasing of a sentence. Shared by the narrative parser and the reconciliation
    /// rules that read the narrative's reasons (BudgetGraph.Data's NarrativeChangeParts), so both read a figure alike.
    /// </summary>
    public const string InTextPattern = @"(?:\d{1,3}(?:[ \u00A0\u3000]\d{3})+|\d[\d,]*)(?:\.\d+)?";

    /// <summary>The value of a figure <see cref="InTextPattern"/> matched, its separators dropped.</summary>
    public static decimal ParseInText(string figure) =>
        decimal.Parse(InTextSeparator().Replace(figure, ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>
    /// A figure <see cref="InTextPattern"/> matched and the unit printed after it (<see cref="Model.MoneyUnit.PrintedPattern"/>,
    /// "元", "万元"…), in 万元 exactly: the one way a narrative figure is read, by the narrative parser and by the
    /// reconciliation rules that read the narrative's reasons.
    /// </summary>
    public static decimal WanYuanInText(string figure, string printedUnit) =>
        (Model.MoneyUnit.FromPrinted(printedUnit) ?? throw new ArgumentException($"'{printedUnit}' is no unit of money.", nameof(printedUnit)))
        .ToWanYuan(ParseInText(figure));

    [GeneratedRegex(@"[,\s]")]
    private static partial Regex InTextSeparator();

    // Groups of three digits after the first, separated by one kind of separator throughout.
    [GeneratedRegex(@"^[+-]?\d{1,3}(?<sep>[,， ])\d{3}(?:\k<sep>\d{3})*(?:\.\d*)?$")]
    private static partial Regex Grouped();
}
