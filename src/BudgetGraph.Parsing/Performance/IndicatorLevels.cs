namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// Splits an indicator name that carries its levels as a prefix, e.g. "产出-数量-购买电脑数量" →
/// level 1 产出, level 2 数量, name 购买电脑数量; "满意度-满意度" → level 1 满意度, name 满意度.
/// Only a first segment that is a level-1 category (产出, 效益, 满意度, 成本, with or without 指标) counts, so a
/// name such as "3-5级严重精神障碍患者管控率" stays whole.
/// </summary>
internal static class IndicatorLevels
{
    private static readonly HashSet<string> Level1Names =
        ["产出", "效益", "满意度", "成本", "产出指标", "效益指标", "满意度指标", "成本指标"];

    public static (string? Level1, string? Level2, string Name) Split(string rawName)
    {
        var parts = rawName.Split('-', '－', '—').Select(p => p.Trim()).ToArray();
        if (parts.Length < 2 || !Level1Names.Contains(parts[0]) || parts.Any(p => p.Length == 0))
            return (null, null, rawName);
        return parts.Length == 2
            ? (parts[0], null, parts[1])
            : (parts[0], parts[1], string.Join("-", parts[2..]));
    }
}
