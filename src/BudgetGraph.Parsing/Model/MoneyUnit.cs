using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Model;

/// <summary>
/// A unit of measure of money as a disclosure prints it (单位：元, 单位：万元, （千元）, 亿元) and its exact factor to 万元,
/// the unit every amount of the model is in. Conversion is decimal arithmetic (a shift of the decimal point), never
/// floating point: 3,296,600 元 is exactly 329.66 万元, 123,456.78 元 is 12.345678 万元.
/// To add a unit: add one static instance and list it in <see cref="All"/>; the readers find it by its printed name.
/// </summary>
public sealed partial record MoneyUnit(string Printed, decimal WanYuanPerUnit)
{
    public static readonly MoneyUnit Yuan = new("元", 0.0001m);
    public static readonly MoneyUnit ThousandYuan = new("千元", 0.1m);
    public static readonly MoneyUnit WanYuan = new("万元", 1m);
    public static readonly MoneyUnit MillionYuan = new("百万元", 100m);
    public static readonly MoneyUnit YiYuan = new("亿元", 10_000m);

    /// <summary>Every known unit, longest printed name first so that 万元 is never read as 元.</summary>
    public static readonly IReadOnlyList<MoneyUnit> All = [MillionYuan, ThousandYuan, WanYuan, YiYuan, Yuan];

    /// <summary>An amount printed in this unit, in 万元 (exact).</summary>
    public decimal ToWanYuan(decimal amount) => amount * WanYuanPerUnit;

    public decimal? ToWanYuan(decimal? amount) => amount is { } value ? ToWanYuan(value) : null;

    /// <summary>
    /// The largest amount of the model, 10¹² 万元 (10¹⁶ 元, beyond any budget): with <see cref="WanYuanDecimals"/> it
    /// keeps every amount exact where it is stored (a 64-bit integer of millionths of 万元).
    /// </summary>
    public const decimal MaxWanYuan = 1_000_000_000_000m;

    /// <summary>Six decimals of 万元 are one fen (0.01 元), the finest amount money is counted in.</summary>
    public const int WanYuanDecimals = 6;

    /// <summary>
    /// <paramref name="amount"/>, printed in this unit, in 万元; or false and why it is no amount of money the model can
    /// hold exactly (finer than one fen, e.g. "480.7000001" 万元; or larger than <see cref="MaxWanYuan"/>).
    /// </summary>
    public bool TryToWanYuan(decimal amount, out decimal wanYuan, out string whyNot)
    {
        wanYuan = 0;
        whyNot = "";
        // Compared in the printed unit first: converting a huge figure of 亿元 could overflow decimal itself.
        if (Math.Abs(amount) > MaxWanYuan / Math.Max(WanYuanPerUnit, 1m) || Math.Abs(amount * WanYuanPerUnit) > MaxWanYuan)
        {
            whyNot = "more than 10¹² 万元 (10¹⁶ 元), larger than any budget";
            return false;
        }
        wanYuan = ToWanYuan(amount);
        var millionths = wanYuan * 1_000_000m;
        if (millionths != decimal.Truncate(millionths))
        {
            whyNot = $"finer than one fen (0.01 元): more than {WanYuanDecimals} decimals of 万元";
            return false;
        }
        return true;
    }

    public static MoneyUnit? FromPrinted(string printed) => All.FirstOrDefault(u => u.Printed == printed.Trim());

    /// <summary>
    /// The unit a table states in a label ("单位：元", "金额单位：万元", "单位:万元", "编制部门：… 单位：元"), or null.
    /// Publishers also write the label with brackets or a space instead of the colon and name the currency with the
    /// unit: "单位（元）", "单位 元", "（单位：元）", "单位：人民币元", "单位：RMB元", "单位：人民币 元", "单位：元(人民币)".
    /// "编制单位：…" names the publishing unit, not a unit of measure (no unit name follows its colon; "编制单位：…办事处单位：万元"
    /// states both).
    /// </summary>
    public static MoneyUnit? FromLabel(string text)
    {
        var match = Label().Match(text);
        return match.Success ? FromPrinted(match.Groups["unit"].Value) : null;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a label of the unit of measure ("单位：", "金额单位：", "货币单位（", "单位 元"),
    /// whether or not it names a unit this parser knows; not "编制单位：…" or "单位名称", which name the publishing unit.
    /// A label that <see cref="FromLabel"/> cannot read is reported, never taken for no label at all.
    /// </summary>
    public static bool IsMeasureLabel(string text) => FromLabel(text) is not null || MeasureLabel().IsMatch(text);

    /// <summary>The unit-of-measure label within <paramref name="text"/> as printed ("单位：美元"), or null.</summary>
    public static string? MeasureLabelText(string text)
    {
        var match = MeasureLabel().Match(text);
        return match.Success ? match.Value.Trim() : null;
    }

    /// <summary>The unit a header cell states in brackets: "预算数（万元）", "(元)", "项目资金（元）"; or null.</summary>
    public static MoneyUnit? FromHeaderCell(string text)
    {
        var match = Bracketed().Match(text);
        return match.Success ? FromPrinted(match.Groups["unit"].Value) : null;
    }

    /// <summary>"本级安排（万元）" → "本级安排": <paramref name="text"/> without the bracketed unit <see cref="FromHeaderCell"/> reads.</summary>
    public static string WithoutBracketedUnit(string text) => Bracketed().Replace(text, "");

    /// <summary>The regular-expression alternation of the printed names, longest first (for narrative figures).</summary>
    public const string PrintedPattern = "百万元|千元|万元|亿元|元";

    public override string ToString() => Printed;

    // 单位 then a colon, an opening bracket or a space; the currency may be named before or after the unit
    // (人民币元, RMB元, 元(人民币)); no other word may follow the unit ("编制单位：元宝山街道" is a name, not 元).
    [GeneratedRegex(@"单位\s*(?:[:：]|[（(]|\s)\s*(?:(?:人民币|RMB|CNY)\s*[（(]?\s*)?(?<unit>" + PrintedPattern + @")(?:(?![\u4e00-\u9fff])|(?=人民币))",
        RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // A label of the unit of measure: 单位 at the start of the text or after a space or bracket, or after 金额/货币,
    // followed by a colon or bracket, and its value up to the next space or the end ("单位（项目）名称" is a header).
    [GeneratedRegex(@"(?:^|(?<=[\s（(]))(?:金额|货币)?单位\s*(?:[:：]|[（(])\s*[^\s）)]*[）)]?(?=\s|$)")]
    private static partial Regex MeasureLabel();

    [GeneratedRegex(@"[（(]\s*(?<unit>" + PrintedPattern + @")\s*[)）]")]
    private static partial Regex Bracketed();
}
