namespace BudgetGraph.Parsing.Performance;

/// <summary>Normalises the 指标性质 (comparison operator) of an indicator.</summary>
internal static class OperatorText
{
    public const string Qualitative = "定性";

    /// <summary>
    /// ≥ ≤ = &gt; &lt; or 定性 for the forms met in these tables (full-width ＝, ≧, "&gt;=", 大于等于, 定量 …); null
    /// for an empty cell or an unknown form (the caller keeps the raw text and notes it).
    /// </summary>
    public static string? Normalize(string raw)
    {
        var text = raw.Replace("\n", "").Replace(" ", "").Replace("\u3000", "");
        return text switch
        {
            "≥" or "≧" or ">=" or "＞＝" or "大于等于" or "不低于" or "不少于" => "≥",
            "≤" or "≦" or "<=" or "＜＝" or "小于等于" or "不高于" or "不多于" or "不超过" => "≤",
            "=" or "＝" or "==" or "等于" => "=",
            ">" or "＞" or "大于" => ">",
            "<" or "＜" or "小于" => "<",
            Qualitative or "定性指标" => Qualitative,
            _ => null,
        };
    }

    /// <summary>A target printed with its operator in front ("≥95", "≤ 1"): the operator and the rest, else null.</summary>
    public static (string Raw, string Operator, string Value)? SplitLeading(string target)
    {
        foreach (var raw in new[] { ">=", "<=", "≥", "≤", "≧", "≦", "=", ">", "<" })
        {
            if (!target.StartsWith(raw, StringComparison.Ordinal) || target.Length == raw.Length) continue;
            return (raw, Normalize(raw)!, target[raw.Length..].Trim());
        }
        return null;
    }
}
