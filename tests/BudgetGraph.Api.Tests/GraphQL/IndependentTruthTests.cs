using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Every fact of <c>tests/fixtures/truth/truth.json</c> — the seeds' facts extracted independently of this project (its
/// README says what each key is) — against what the API serves once the real importer has read <c>seeds/</c>: year and
/// file, every line of 表二 and 表八 with its three amounts, every economic line, every project card with its amount and
/// number of indicators. Both ways: a served line the extraction does not have fails as much as a missing one, so the
/// test also stands for "nothing invented". Amounts compare as decimals parsed from the JSON text, never as doubles.
/// </summary>
public sealed class IndependentTruthTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private static readonly JsonElement Truth =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("tests", "fixtures", "truth", "truth.json"))).RootElement;

    // truth.json names the files of shared/seeds/; the repository's seeds are the same bytes under readable names
    // (SHA-256 in tests/fixtures/truth/README.md).
    private static readonly Dictionary<string, string> SeedOfTruthFile = new()
    {
        ["000_ef87970987df527e.txt"] = "nanping-2024.txt",
        ["001_6dcad847df944c75.txt"] = "shandong-2024.txt",
        ["002_97c62156669f2875.txt"] = "ciqikou-2024.txt",
        ["003_a91a875cd5af3656.txt"] = "chaoyang-2023.txt",
        ["004_ba034eee220657d6.txt"] = "jiangbeicheng-2025.txt",
    };

    private static readonly string[] Slugs = ["chaoyang", "ciqikou", "jiangbeicheng", "nanping", "shandong"];

    public static TheoryData<string> Units => new(Slugs);

    [Fact]
    public void The_extraction_covers_the_five_seeds_with_the_number_of_facts_counted_in_it()
    {
        // Typed from the file (and equal to the lines the importer stores: 248 of 表二, 242 of 表八), so that the theory
        // below cannot pass on an emptied or cut file.
        Assert.Equal(Slugs, Truth.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(248, CountOf("functional"));
        Assert.Equal(242, CountOf("table8"));
        Assert.Equal(96, CountOf("economic"));
        Assert.Equal(37, CountOf("cards"));

        static int CountOf(string key) => Truth.EnumerateObject().Sum(unit =>
            !unit.Value.TryGetProperty(key, out var facts) ? 0
            : facts.ValueKind == JsonValueKind.Array ? facts.GetArrayLength()
            : facts.EnumerateObject().Count());
    }

    [Theory]
    [MemberData(nameof(Units))]
    public async Task Every_fact_extracted_independently_is_served_exactly(string slug)
    {
        var truth = Truth.GetProperty(slug);
        var data = await fixture.DataAsync("""
            query Truth($slug: String!) { unit(slug: $slug) { budgets { year sourceDocument { fileName }
              general: expenditureLines(table: GENERAL_PUBLIC_BUDGET_EXPENDITURE) { code name total basic project }
              department: expenditureLines(table: DEPARTMENT_EXPENDITURE) { code name total basic project }
              economicLines { code name total personnel public }
              projects { code name amount indicators { name } } } } }
            """, JsonSerializer.Serialize(new { slug }));
        var budget = Assert.Single(data.GetProperty("unit").GetProperty("budgets").EnumerateArray());
        var differences = new List<string>();

        if (truth.TryGetProperty("year", out var year) && year.GetInt32() != budget.GetProperty("year").GetInt32())
            differences.Add($"year: extracted {year}, served {budget.GetProperty("year")}");
        var seed = SeedOfTruthFile[truth.GetProperty("file").GetString()!];
        if (seed != budget.GetProperty("sourceDocument").GetProperty("fileName").GetString())
            differences.Add($"file: extracted {seed}, served {budget.GetProperty("sourceDocument").GetProperty("fileName")}");

        CompareLines("表二", truth, "functional", budget.GetProperty("general"), ["total", "basic", "project"], differences);
        CompareLines("表八", truth, "table8", budget.GetProperty("department"), ["total", "basic", "project"], differences);
        CompareLines("economic", truth, "economic", budget.GetProperty("economicLines"), ["total", "personnel", "public"], differences);
        CompareCards(truth.GetProperty("cards"), budget.GetProperty("projects"), differences);

        Assert.True(differences.Count == 0, $"{slug}: {differences.Count} differences\n" + string.Join("\n", differences));
    }

    /// <summary>One table's lines by code: name and the three amounts, each way.</summary>
    private static void CompareLines(string table, JsonElement truth, string key, JsonElement served, string[] columns, List<string> differences)
    {
        var extracted = truth.TryGetProperty(key, out var facts)
            ? facts.EnumerateObject().ToDictionary(f => f.Name, f => Describe(f.Value.GetProperty("name").GetString(),
                f.Value.GetProperty("vals").EnumerateArray().Select(AmountOf)))
            : [];
        var lines = served.EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => Describe(l.GetProperty("name").GetString(),
            columns.Select(c => AmountOf(l.GetProperty(c)))));
        foreach (var (code, expected) in extracted)
        {
            if (!lines.TryGetValue(code, out var actual)) differences.Add($"{table} {code}: extracted {expected}, not served");
            else if (actual != expected) differences.Add($"{table} {code}: extracted {expected}, served {actual}");
        }
        foreach (var (code, actual) in lines)
            if (!extracted.ContainsKey(code)) differences.Add($"{table} {code}: served {actual}, not in the extraction");
    }

    /// <summary>The cards in document order: name (chaoyang prints the project code before it), amount, indicators.</summary>
    private static void CompareCards(JsonElement truth, JsonElement served, List<string> differences)
    {
        var extracted = truth.EnumerateArray().ToList();
        var projects = served.EnumerateArray().ToList();
        if (extracted.Count != projects.Count) differences.Add($"cards: {extracted.Count} extracted, {projects.Count} served");
        foreach (var (card, project) in extracted.Zip(projects))
        {
            var code = project.GetProperty("code").GetString();
            var name = code is null ? project.GetProperty("name").GetString() : $"{code}-{project.GetProperty("name").GetString()}";
            var expected = Describe(card.GetProperty("name").GetString(), [AmountOf(card.GetProperty("amount"))]);
            var actual = Describe(name, [AmountOf(project.GetProperty("amount"))]);
            if (actual != expected) differences.Add($"card: extracted {expected}, served {actual}");
            if (card.TryGetProperty("indicators", out var indicators)
                && indicators.GetInt32() != project.GetProperty("indicators").GetArrayLength())
                differences.Add($"card {name}: {indicators} indicators extracted, {project.GetProperty("indicators").GetArrayLength()} served");
        }
    }

    // decimal equality ignores the scale (100.0 = 100), which is what "the same amount" means here; a blank cell is null.
    private static decimal? AmountOf(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static string Describe(string? name, IEnumerable<decimal?> amounts) =>
        $"{name} [{string.Join(", ", amounts.Select(a => a is null ? "blank" : a.Value.ToString("0.00####", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
