using System.Buffers;
using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Text;

/// <summary>Normalises the text of a cell the way every table of these disclosures needs it.</summary>
public static partial class CellText
{
    /// <summary>
    /// Trims ordinary and full-width spaces (U+3000), no-break and thin spaces (U+00A0, U+202F, U+2009: the thousands
    /// separators of some spreadsheets, "1 234.56"), strips leftover markup such as
    /// <c>&lt;p&gt;</c>, and folds full-width ASCII forms (０-９, ＝, ≥ stays) to their ASCII counterparts.
    /// Chinese punctuation (，。：) is left alone: it is part of the published text.
    /// </summary>
    public static string Normalize(string cell)
    {
        if (cell.Length == 0) return cell;
        // Most cells hold neither markup nor a character to fold: then normalising is trimming (every cell of every
        // line passes through here, so this path decides much of the parser's speed).
        if (!cell.AsSpan().ContainsAny(NeedsWork)) return cell.Trim();
        var text = cell.Contains('<') ? MarkupTag().Replace(cell, "") : cell;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++) buffer[i] = Fold(text[i]);
        return new string(((ReadOnlySpan<char>)buffer).Trim());
    }

    private static char Fold(char c) => c switch
    {
        '\u3000' or '\u00A0' or '\u202F' or '\u2009' => ' ',
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),  // ０-９
        '\uFF0E' => '.',  // ．
        '\uFF1D' => '=',  // ＝
        '\uFF1E' => '>',  // ＞
        '\uFF1C' => '<',  // ＜
        '\uFF05' => '%',  // ％
        '\uFF0B' => '+',  // ＋
        '\uFF0D' => '-',  // －
        _ => c,
    };

    /// <summary><see cref="Normalize(string)"/> of <c>text[start..(start + length)]</c>, without copying it first.</summary>
    public static string Normalize(string text, int start, int length)
    {
        var cell = text.AsSpan(start, length);
        if (cell.ContainsAny(NeedsWork)) return Normalize(cell.ToString());
        var trimmed = cell.Trim();
        if (trimmed.Length == text.Length) return text;
        return trimmed.Length == 0 ? "" : trimmed.ToString();
    }

    /// <summary>Markup starts with '&lt;'; the rest are the characters the switch below folds.</summary>
    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(
        "<\u3000\u00A0\u202F\u2009\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF0E\uFF1D\uFF1E\uFF1C\uFF05\uFF0B\uFF0D");

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")]
    private static partial Regex MarkupTag();
}
