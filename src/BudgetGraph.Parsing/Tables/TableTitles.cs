using BudgetGraph.Parsing.Model;
using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Recognises table title lines. Publishers print the same titles with or without a "2024年" + unit-name prefix
/// ("2024年重庆市南岸区人民政府南坪街道办事处部门收支总表", "部门收支总表"), so a title is matched by its ending, and the
/// text before that ending is returned as the unit prefix (a source for the unit's name).
/// </summary>
internal static partial class TableTitles
{
    // Order matters: the more specific ending first (基本支出预算表 before 支出预算表, 财政拨款收支 before 收支).
    // Each kind is listed under every name publishers give it (Chongqing's 部门收支总表, Shanghai's 财务收支预算总表 …).
    private static readonly (TableKind Kind, Regex Ending)[] Endings =
    [
        (TableKind.FiscalAppropriationSummary, new(@"财政拨款收支(预算)?总表$")),
        (TableKind.DepartmentSummary, new(@"(部门收支|财务收支|收支预算)(预算)?总表$")),
        (TableKind.DepartmentIncome, new(@"(部门)?收入(预算)?总表$")),
        (TableKind.DepartmentExpenditure, new(@"(部门)?支出(预算)?总表$")),
        (TableKind.BasicExpenditureEconomic, new(@"(一般公共预算)?(财政拨款)?基本支出(预算)?表$")),
        (TableKind.BasicExpenditureEconomic, new(@"基本支出.{0,12}经济分类(预算)?表$")),
        (TableKind.GeneralPublicBudgetExpenditure, new(@"一般公共预算(财政拨款)?支出(功能分类)?(预算)?表$")),
        (TableKind.ThreePublicCosts, new(@"(一般公共预算)?(财政拨款)?[“”""]?三公[“”""]?经费(和机关运行经费)?(支出|预算)*(明细)?表$")),
        (TableKind.GovernmentFundExpenditure, new(@"政府性基金(预算)?(财政拨款)?(收入)?支出(功能分类)?(预算)?表$")),
        (TableKind.StateCapitalExpenditure, new(@"国有资本经营(预算)?(财政拨款)?(收入)?支出(功能分类)?(预算)?表$")),
        (TableKind.Procurement, new(@"(政府)?采购(预算)?(明细)?表$")),
        // Every performance title; one that names 整体 (部门（单位）整体（支出）绩效目标表) is the overall table.
        (TableKind.ProjectPerformance, new(@"绩效目标(申报)?表$")),
    ];

    /// <summary>A line holding only a table number such as 表一, 表十二, 表 3.</summary>
    public static bool IsTableNumber(string text) => text.StartsWith('表') && TableNumber().IsMatch(text);

    /// <summary>"表二 一般公共预算…表" or "表2：部门收支总表": the number printed on the title line itself.</summary>
    public static (string? Number, string Title) SplitLeadingNumber(string text)
    {
        if (!text.StartsWith('表')) return (null, text);
        var match = LeadingNumber().Match(text);
        return match.Success ? (match.Groups["number"].Value.Replace(" ", ""), match.Groups["title"].Value) : (null, text);
    }

    /// <summary>
    /// True when <paramref name="text"/> (one trimmed cell) is a table title. <paramref name="unitPrefix"/> is the text
    /// before the recognised ending without a year, e.g. "重庆市北碚区朝阳街道办事处", or null.
    /// </summary>
    public static bool TryRecognize(string text, out TableKind kind, out string? unitPrefix)
    {
        kind = TableKind.Other;
        unitPrefix = null;
        if (text.Length is < 3 or > 80 || !CanEndATitle(text) || SentencePunctuation().IsMatch(text) || IsReference(text)) return false;

        // A trailing qualifier such as （一级项目） is part of the title but not of its ending.
        var core = TrailingQualifier().Replace(text, "");
        foreach (var (candidate, ending) in Endings)
        {
            var match = ending.Match(core);
            if (!match.Success) continue;
            kind = candidate == TableKind.ProjectPerformance && core.Contains("整体") ? TableKind.OverallPerformance : candidate;
            unitPrefix = CleanPrefix(core[..match.Index]);
            return true;
        }

        if (UnknownTitle().IsMatch(core))
        {
            unitPrefix = null;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Every ending (and <see cref="UnknownTitle"/>) ends in 表, after which only a qualifier in brackets may follow
    /// (<see cref="TrailingQualifier"/>); a regex's <c>$</c> also matches before one final line break. A cheap first
    /// test: most one-cell lines (narrative, labels) end otherwise.
    /// </summary>
    private static bool CanEndATitle(string text)
    {
        var tail = text.AsSpan();
        if (tail is [.., '\n']) tail = tail[..^1];
        return tail is [.., '表' or '）' or ')'];
    }

    /// <summary>"详见单位的项目绩效目标表", "见附表": a sentence pointing at a table printed elsewhere, not a title.</summary>
    public static bool IsReference(string text) => Reference().IsMatch(text);

    private static string? CleanPrefix(string prefix)
    {
        var cleaned = YearAtEdges().Replace(prefix, "").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)$")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"^(?<number>表\s*([一二三四五六七八九十]+|\d+))\s*[:：、.．]?\s*(?<title>\S.*)$")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(详见|具体见|参见|见)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[，。；！？]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"\s*(（[^（）]{1,12}）|\([^()]{1,12}\))$")]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"^\s*\d{4}\s*年(度)?|\d{4}\s*年(度)?\s*$")]
    private static partial Regex YearAtEdges();

    // Titles of tables this parser does not know yet still delimit blocks, e.g. "2024年部门预算项目支出明细表".
    [GeneratedRegex(@"^(\d{4}\s*年)?.{0,40}(预算|决算|经费|收支|收入|支出).{0,20}表$")]
    private static partial Regex UnknownTitle();
}
