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

    public static MoneyUnit? FromPrinted(string printed) => All.FirstOrDefault(u => u.Printed == printed.Trim());

    /// <summary>
    /// The unit a table states in a label ("单位：元", "金额单位：万元", "单位:万元", "编制部门：… 单位：元"), or null.
    /// "编制单位：…" names the publishing unit, not a unit of measure (no unit name follows its colon; "编制单位：…办事处单位：万元"
    /// states both).
    /// </summary>
    public static MoneyUnit? FromLabel(string text)
    {
        var match = Label().Match(text);
        return match.Success ? FromPrinted(match.Groups["unit"].Value) : null;
    }

    /// <summary>The unit a header cell states in brackets: "预算数（万元）", "(元)", "项目资金（元）"; or null.</summary>
    public static MoneyUnit? FromHeaderCell(string text)
    {
        var match = Bracketed().Match(text);
        return match.Success ? FromPrinted(match.Groups["unit"].Value) : null;
    }

    /// <summary>The regular-expression alternation of the printed names, longest first (for narrative figures).</summary>
    public const string PrintedPattern = "百万元|千元|万元|亿元|元";

    public override string ToString() => Printed;

    [GeneratedRegex(@"单位\s*[:：]\s*(?<unit>" + PrintedPattern + @")(?![\u4e00-\u9fff])")]
    private static partial Regex Label();

    [GeneratedRegex(@"[（(]\s*(?<unit>" + PrintedPattern + @")\s*[)）]")]
    private static partial Regex Bracketed();
}
