using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Units;

/// <summary>
/// Rules for the names of publishing units: "重庆市南岸区人民政府南坪街道办事处" has the city, the district (南岸区) and
/// the short name (南坪街道); labels in tables add a unit code ("307-…", "806—…") or a "（本级）" suffix.
/// </summary>
internal static partial class UnitNames
{
    /// <summary>A unit's name ends like the name of a government body; "预算科" (a department of one) does not.</summary>
    public static bool IsUnitName(string name) =>
        name.Length is >= 3 and <= 40 && UnitName().IsMatch(name);

    /// <summary>Removes a "（本级）" suffix and surrounding spaces.</summary>
    public static string Clean(string name) => OwnLevel().Replace(name, "").Trim();

    /// <summary>"307-重庆市…" or "806—重庆市…" → code and name; null when the text has no code prefix.</summary>
    public static (string Code, string Name)? SplitCode(string text)
    {
        var match = CodeLabel().Match(text.Trim());
        return match.Success ? (match.Groups["code"].Value, Clean(match.Groups["name"].Value)) : null;
    }

    /// <summary>The district (区/县) of a fully qualified name "重庆市南岸区…", else null.</summary>
    public static string? DistrictOf(string name)
    {
        var match = QualifiedDistrict().Match(name);
        return match.Success ? match.Groups["district"].Value : null;
    }

    /// <summary>"重庆市南岸区人民政府南坪街道办事处" → "南坪街道"; "山洞街道办事处" → "山洞街道"; "XX镇人民政府" → "XX镇".</summary>
    public static string ShortNameOf(string name)
    {
        var rest = name;
        var qualified = QualifiedDistrict().Match(rest);
        if (qualified.Success) rest = rest[(qualified.Index + qualified.Length)..];
        if (rest.StartsWith("人民政府") && rest.Length > 4) rest = rest[4..];
        foreach (var suffix in new[] { "办事处", "人民政府" })
            if (rest.EndsWith(suffix) && rest.Length > suffix.Length) rest = rest[..^suffix.Length];
        return rest;
    }

    /// <summary>Districts named after a city in running text, e.g. "重庆市沙坪坝区财政局" → 沙坪坝区.</summary>
    public static IEnumerable<string> DistrictsMentionedIn(string text) =>
        MentionedDistrict().Matches(text).Select(m => m.Groups["district"].Value);

    /// <summary>Fully qualified unit names in running text (e.g. the 单位构成 paragraph).</summary>
    public static IEnumerable<string> QualifiedNamesIn(string text) =>
        QualifiedUnitName().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"^[\u4e00-\u9fff（）()]+(街道办事处|办事处|人民政府|街道|镇|乡|局|委员会|委|中心)$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"\s*[（(]本级[）)]\s*$")]
    private static partial Regex OwnLevel();

    [GeneratedRegex(@"^(?<code>\d{3,})\s*[-—－–]+\s*(?<name>[\u4e00-\u9fff（）()]+)$")]
    private static partial Regex CodeLabel();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,3}市(?<district>[\u4e00-\u9fff]{1,4}?[区县])")]
    private static partial Regex QualifiedDistrict();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2}市(?<district>[\u4e00-\u9fff]{1,4}?[区县])")]
    private static partial Regex MentionedDistrict();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2}市[\u4e00-\u9fff]{1,4}?[区县][\u4e00-\u9fff]{1,14}?(街道办事处|镇人民政府|乡人民政府)")]
    private static partial Regex QualifiedUnitName();
}
