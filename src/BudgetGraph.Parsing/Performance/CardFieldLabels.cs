using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Performance;

/// <summary>The fields a performance table labels in its upper part (above the indicators).</summary>
internal enum CardField
{
    Name,                 // 项目名称 / 专项资金名称
    Department,           // 主管部门 / 业务主管部门
    UnitName,             // 部门名称 / 部门(单位)名称 (整体绩效目标表)
    CompilingUnit,        // 编制单位
    Budget,               // 当年预算 / 2024年预算 / 部门支出预算数 / 部门支出预算总量 / 部门支出预算总额
    Category,             // 项目分类
    ExecutionRateWeight,  // 预算执行率权重
    Overview,             // 项目概况 / 项目概述
    Basis,                // 立项依据
    Goal,                 // 当年绩效目标 / 当年整体绩效目标
    IndicatorsLabel,      // 绩效指标 (the row label in front of the indicator rows)
}

/// <summary>Recognises field labels by name, whatever column they stand in.</summary>
internal static partial class CardFieldLabels
{
    /// <summary>A field, not a char list in the call (which allocates an array on every call).</summary>
    private static readonly char[] Colons = ['：', ':'];

    /// <summary>
    /// The label with spaces, colons and a unit suffix ("（万元）", "（元）" — the unit is read from it separately, see
    /// <see cref="Model.MoneyUnit.FromHeaderCell"/>) removed, brackets folded to ASCII.
    /// </summary>
    public static string Canonical(string cell)
    {
        var text = cell.Replace(" ", "").Replace("（", "(").Replace("）", ")").TrimEnd(Colons);
        return UnitSuffix().Replace(text, "");
    }

    [GeneratedRegex(@"\((" + Model.MoneyUnit.PrintedPattern + @")\)")]
    private static partial Regex UnitSuffix();

    public static CardField? KindOf(string cell)
    {
        if (cell.Length is 0 or > 20) return null;
        var label = Canonical(cell);
        return label switch
        {
            "项目名称" or "专项资金名称" or "专项名称" or "资金名称" => CardField.Name,
            "主管部门" or "业务主管部门" => CardField.Department,
            "部门名称" or "部门(单位)名称" or "单位名称" => CardField.UnitName,
            "编制单位" => CardField.CompilingUnit,
            _ when BudgetLabel().IsMatch(label) => CardField.Budget,
            "项目分类" or "项目类别" => CardField.Category,
            "预算执行率权重" => CardField.ExecutionRateWeight,
            "项目概况" or "项目概述" or "项目简介" => CardField.Overview,
            "立项依据" => CardField.Basis,
            "当年绩效目标" or "当年整体绩效目标" or "整体绩效目标" or "年度绩效目标" => CardField.Goal,
            "绩效指标" => CardField.IndicatorsLabel,
            _ when YearBudget().IsMatch(label) => CardField.Budget,
            _ => null,
        };
    }

    /// <summary>The year of a "2024年预算" label, else null.</summary>
    public static int? YearOfBudgetLabel(string cell)
    {
        var match = YearBudget().Match(Canonical(cell));
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>当年预算, 年度预算数, 预算金额, 部门支出预算数 / 总量 / 总额, 部门预算支出总额 …</summary>
    [GeneratedRegex(@"^(?:(?:当年|年度|本年)?预算(?:数|金额|资金)?|部门(?:支出)?预算(?:支出)?(?:数|总量|总额|总计))$")]
    private static partial Regex BudgetLabel();

    [GeneratedRegex(@"^((?:19|20)\d\d)年(?:度)?预算(?:数|金额)?$")]
    private static partial Regex YearBudget();
}
