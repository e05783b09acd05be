namespace BudgetGraph.Parsing.Completeness;

/// <summary>The value of a table number as printed: 表一 → 1, 表十二 → 12, 表 3 → 3.</summary>
internal static class TableNumbers
{
    public static int? ValueOf(string? number)
    {
        if (number is null) return null;
        var text = number.Replace("表", "").Replace(" ", "");
        if (int.TryParse(text, out var digits)) return digits;
        if (text.Length == 0 || text.Any(c => Digit(c) < 0)) return null;
        // 一…九, 十, 十一…十九, 二十…九十九
        var tens = text.IndexOf('十');
        if (tens < 0) return text.Length == 1 ? Digit(text[0]) : null;
        var high = tens == 0 ? 1 : Digit(text[0]);
        var low = tens == text.Length - 1 ? 0 : Digit(text[^1]);
        return high * 10 + low;
    }

    /// <summary>表N written as it is usually printed, in Chinese numerals (1 → 表一, 12 → 表十二).</summary>
    public static string Format(int value)
    {
        const string digits = "零一二三四五六七八九";
        if (value < 10) return "表" + digits[value];
        if (value < 20) return "表十" + (value % 10 == 0 ? "" : digits[value % 10].ToString());
        if (value < 100) return "表" + digits[value / 10] + "十" + (value % 10 == 0 ? "" : digits[value % 10].ToString());
        return "表" + value;
    }

    private static int Digit(char c) => c switch
    {
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, '十' => 10,
        _ => -1,
    };
}
