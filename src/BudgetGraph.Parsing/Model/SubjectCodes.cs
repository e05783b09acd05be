namespace BudgetGraph.Parsing.Model;

/// <summary>Rules of the classification codes shared by every table.</summary>
public static class SubjectCodes
{
    /// <summary>
    /// Level by code length: 3 → 类, 5 → 款, 7 → 项 (economic codes: 3 → 类, 5 → 款) — the one rule, used by the parser and
    /// the importer alike; the parser yields no other code (<see cref="IsSubjectCode"/>), so another length is a bug.
    /// </summary>
    public static SubjectLevel LevelOf(string code) => code.Length switch
    {
        3 => SubjectLevel.Category,
        5 => SubjectLevel.Section,
        7 => SubjectLevel.Item,
        _ => throw new ArgumentException($"A subject code has 3, 5 or 7 digits, not '{code}'.", nameof(code)),
    };

    /// <summary>The parent code (2010301 → 20103 → 201 → null).</summary>
    public static string? ParentOf(string code) => code.Length switch
    {
        5 => code[..3],
        7 => code[..5],
        _ => null,
    };

    public static bool IsSubjectCode(string text) =>
        text.Length is 3 or 5 or 7 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
