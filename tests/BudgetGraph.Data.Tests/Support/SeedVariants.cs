using System.Text;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>
/// A seed disclosure in other dress, as other publishers and converters print the same content: the loader must read
/// every variant to exactly the same facts as the original.
/// <list type="bullet">
/// <item><see cref="OneCellPerLine"/>: every tab-separated row re-printed in the layout of the Shandong/Ciqikou
/// seeds — each cell on its own tab-led line (a lone tab for an empty cell), an empty line after each row;</item>
/// <item><see cref="Gb18030"/>: the same text encoded GB18030;</item>
/// <item><see cref="CrlfWithBom"/>: UTF-8 with a byte-order mark and CRLF line ends;</item>
/// <item><see cref="WithPageFurniture"/>: page numbers and break markers in the common forms
/// (<c>— 9 —</c>, <c>-- 9 of 33 --</c>, <c>第9页</c>, <c>-- PAGE_BREAK --</c>, …) printed at every page break
/// (empty line) and every 40 lines, tables and narrative alike.</item>
/// </list>
/// </summary>
public static class SeedVariants
{
    static SeedVariants() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly string[] Names = ["one-cell-per-line", "gb18030", "crlf-bom", "page-furniture", "one-cell-per-line+page-furniture"];

    /// <summary>The variant of the given name of a UTF-8 seed text.</summary>
    public static byte[] Make(string name, string text) => name switch
    {
        "one-cell-per-line" => Utf8(OneCellPerLine(text)),
        "gb18030" => Gb18030(text),
        "crlf-bom" => CrlfWithBom(text),
        "page-furniture" => Utf8(WithPageFurniture(text)),
        "one-cell-per-line+page-furniture" => Utf8(WithPageFurniture(OneCellPerLine(text))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown variant"),
    };

    public static string OneCellPerLine(string text)
    {
        var output = new StringBuilder();
        foreach (var line in Lines(text))
        {
            if (!line.Contains('\t'))
            {
                output.Append(line).Append('\n');
                continue;
            }
            // Already one cell per line (a lone tab-led cell) stays as it is.
            if (line.StartsWith('\t') && line.Count(c => c == '\t') == 1)
            {
                output.Append(line).Append('\n');
                continue;
            }
            foreach (var cell in line.Split('\t')) output.Append('\t').Append(cell).Append('\n');
            output.Append('\n');
        }
        return output.ToString();
    }

    public static byte[] Gb18030(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    public static byte[] CrlfWithBom(string text) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n"))];

    private static readonly Func<int, string>[] FurnitureForms =
    [
        page => $"— {page} —",
        page => $"-- {page} of 33 --",
        page => $"第{page}页",
        _ => "-- PAGE_BREAK --",
        page => $"- {page} -",
        page => $"第 {page} 页 共 33 页",
    ];

    public static string WithPageFurniture(string text)
    {
        var output = new StringBuilder();
        var page = 1;
        var sinceLast = 0;
        var previousBlank = false;
        var previousTab = false;
        foreach (var line in Lines(text))
        {
            var blank = line.Trim().Length == 0 && !line.Contains('\t');
            // At a page break (the first of a run of empty lines), or every 40 lines between two lines of narrative.
            var narrative = !blank && !line.Contains('\t') && !previousBlank && !previousTab;
            if ((blank && !previousBlank && sinceLast >= 8) || (sinceLast >= 40 && narrative))
            {
                output.Append('\n').Append(FurnitureForms[page % FurnitureForms.Length](page)).Append("\n\n");
                page++;
                sinceLast = 0;
            }
            output.Append(line).Append('\n');
            sinceLast++;
            previousBlank = blank;
            previousTab = line.Contains('\t');
        }
        return output.ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
