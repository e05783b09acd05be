using System.Text;
using System.Text.RegularExpressions;

namespace BudgetGraph.Benchmark;

/// <summary>
/// A SYNTHETIC scale corpus for load tests (the C# form of shared/scale/make.py): <c>copies</c> renamed copies of each
/// seed. Copy i names another, invented unit: the short name gets "合成" (synthetic) and two ideographs, and the budget
/// code before the unit name is dropped, so every copy imports as a distinct unit with the seed's numbers. Files are
/// named <c>SYNTHETIC-&lt;seed&gt;-&lt;i&gt;.txt</c> and written outside the repository (never under seeds/); the
/// service never serves them unless pointed at a database built from them. Never real data.
/// </summary>
public static partial class SyntheticCorpus
{
    private static readonly Dictionary<string, string> Bases = new()
    {
        ["nanping"] = "南坪", ["shandong"] = "山洞", ["ciqikou"] = "磁器口", ["chaoyang"] = "朝阳", ["jiangbeicheng"] = "江北城",
    };

    /// <summary>
    /// Writes the corpus — copies <paramref name="firstCopy"/> … <paramref name="firstCopy"/> + <paramref name="copies"/>
    /// − 1 of each seed — unless the folder already holds it; returns the number of files. Copies from another first
    /// copy are other units: a batch to add to a database of the first ones.
    /// </summary>
    public static int EnsureWritten(string seedsFolder, string outputFolder, int copies, int firstCopy = 1)
    {
        var seeds = Directory.GetFiles(seedsFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var expected = seeds.Count * copies;
        if (Directory.Exists(outputFolder) && Directory.GetFiles(outputFolder, "SYNTHETIC-*.txt").Length == expected) return expected;

        Directory.CreateDirectory(outputFolder);
        foreach (var seed in seeds)
        {
            var slug = Path.GetFileName(seed).Split('-')[0];
            var name = Bases[slug];
            var text = File.ReadAllText(seed, Encoding.UTF8);
            for (var i = firstCopy; i < firstCopy + copies; i++)
            {
                var copy = text.Replace(name + "街道", name + Suffix(i) + "街道", StringComparison.Ordinal);
                copy = BudgetCodeBeforeName().Replace(copy, "$1");
                File.WriteAllText(Path.Combine(outputFolder, $"SYNTHETIC-{slug}-{i:D5}.txt"), copy, new UTF8Encoding(false));
            }
        }
        return expected;
    }

    /// <summary>"合成" and two ideographs from a plain range: distinct for i &lt; 20,000.</summary>
    public static string Suffix(int i) =>
        "合成" + (char)(0x4E00 + 0x100 + i / 100) + (char)(0x4E00 + 0x2000 + i % 100);

    [GeneratedRegex(@"\b\d{3}[-—](重庆市)")]
    private static partial Regex BudgetCodeBeforeName();
}
