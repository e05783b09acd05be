using BudgetGraph.Data.Import;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>The seeds imported as a service imports them one by one, and a SYNTHETIC replacement of one of them.</summary>
internal static class SeedImports
{
    /// <summary>chaoyang-2023.txt l.132: 表二's 208 line as printed (社会保障和就业支出 1,465.27 万元, basic 386.37, project 1,078.90).</summary>
    public const string Chaoyang208 = "208\t社会保障和就业支出\t1,465.27\t386.37\t1,078.90";

    /// <summary>The text of chaoyang-2023.txt, checked to print <see cref="Chaoyang208"/>.</summary>
    public static string Chaoyang2023()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
        Assert.Contains(Chaoyang208, text);
        return text;
    }

    /// <summary>SYNTHETIC edit of <paramref name="text"/> (chaoyang 2023 or a copy): its 208 line raised by 8,000 万元, to 9,465.27.</summary>
    public static string RaiseChaoyang208(string text) =>
        text.Replace(Chaoyang208, "208\t社会保障和就业支出\t9,465.27\t386.37\t9,078.90");

    /// <summary>
    /// A SYNTHETIC second year of chaoyang: its 2023 disclosure with every year one later (2022 → 2023, 2023 → 2024),
    /// the same unit and figures.
    /// </summary>
    public static byte[] ChaoyangOneYearLater()
    {
        var later = Chaoyang2023().Replace("2023", "\u0000", StringComparison.Ordinal).Replace("2022", "2023", StringComparison.Ordinal)
            .Replace("\u0000", "2024", StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(later);
    }

    /// <summary>The seeds, each document in its own transaction (no bulk load).</summary>
    public static async Task<DisclosureImporter> OneByOneAsync(BudgetDbContext db)
    {
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        foreach (var seed in DisclosureFiles.InFolder(RepositoryPaths.Seeds))
            await importer.ImportFileAsync(seed);
        return importer;
    }

    /// <summary>
    /// The seeds in one bulk load into the empty database (indexes deferred from the first document, totals and counts
    /// written at its end), each checked imported.
    /// </summary>
    public static async Task BulkLoadAsync(BudgetDbContext db)
    {
        var results = await new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = 1 }
            .ImportFilesAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList());
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
    }

    /// <summary>
    /// SYNTHETIC edit of chaoyang 2023 (its 208 line raised to 9,465.27) imported over the stored one: a replacement,
    /// whose 2 cards and 26 indicators leave every derived table before the new ones come in.
    /// </summary>
    public static async Task ReplaceChaoyang2023Async(DisclosureImporter importer)
    {
        var edited = RaiseChaoyang208(Chaoyang2023());
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(edited))).Status);
    }
}
