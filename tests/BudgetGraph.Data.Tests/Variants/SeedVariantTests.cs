using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Tests.Variants;

/// <summary>
/// Each seed in other dress (see <see cref="SeedVariants"/>) imports to exactly the facts of the original: the whole
/// <see cref="DatabaseDigest"/> is compared. Variants that move lines (one cell per line, page furniture) are compared
/// without line numbers; variants that keep every line (GB18030, CRLF+BOM) are compared with them.
/// </summary>
public sealed partial class SeedVariantTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "nanping-2024.txt", "shandong-2024.txt", "ciqikou-2024.txt", "chaoyang-2023.txt", "jiangbeicheng-2025.txt" })
            foreach (var variant in SeedVariants.Names) data.Add(seed, variant);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_seed_in_other_dress_imports_to_identical_facts(string seed, string variant)
    {
        var original = await File.ReadAllBytesAsync(RepositoryPaths.Seed(seed));
        var dressed = SeedVariants.Make(variant, Encoding.UTF8.GetString(original));

        var expected = await DigestAsync(seed, original);
        var actual = await DigestAsync(seed, dressed);

        var keepsLines = variant is "gb18030" or "crlf-bom";
        AssertSameFacts(
            keepsLines ? expected : expected.Select(WithoutLines).ToList(),
            keepsLines ? actual : actual.Select(WithoutLines).ToList());
    }

    /// <summary>Equal as multisets; on failure the message lists what is missing and what is extra.</summary>
    private static void AssertSameFacts(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Order(StringComparer.Ordinal).ToList();
        var extra = new List<string>();
        foreach (var line in actual)
            if (!missing.Remove(line)) extra.Add(line);
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{missing.Count} fact(s) missing, {extra.Count} extra\n- " + string.Join("\n- ", missing.Take(15)) + "\n+ " + string.Join("\n+ ", extra.Take(15)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_seed_in_other_dress_has_the_same_parser_notes_apart_from_its_layout(string seed, string variant)
    {
        var original = DisclosureParser.Parse(seed, File.ReadAllBytes(RepositoryPaths.Seed(seed)));
        var dressed = DisclosureParser.Parse(seed, SeedVariants.Make(variant, Encoding.UTF8.GetString(File.ReadAllBytes(RepositoryPaths.Seed(seed)))));
        Assert.Equal(original.Notes.Count, dressed.Notes.Count);
    }

    private static async Task<IReadOnlyList<string>> DigestAsync(string fileName, byte[] content)
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var result = await new DisclosureImporter(db, DisclosureReaders.Default).ImportAsync(fileName, content);
        Assert.True(result.Succeeded, result.ToString());
        return await DatabaseDigest.CreateAsync(db);
    }

    /// <summary>The digest line without source line numbers ("@123", "12-340").</summary>
    private static string WithoutLines(string line) => LineNumbers().Replace(line, "@");

    [GeneratedRegex(@"@\d+|\b\d+-\d+\b|(?<=\bline )\d+")]
    private static partial Regex LineNumbers();
}
