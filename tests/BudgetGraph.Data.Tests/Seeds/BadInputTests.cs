using System.Text;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>
/// Bad files among good ones, on copies of the real seeds in a temporary folder: each bad one is reported with file,
/// line and reason, the good ones import, the database keeps the previous good version, and the run exits 1.
/// A GB18030 copy of a seed imports exactly like its UTF-8 original.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-bad-").FullName;

    public BadInputTests()
    {
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"))
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Empty_truncated_and_garbage_files_are_reported_and_the_seeds_still_import()
    {
        File.WriteAllBytes(PathOf("empty.txt"), []);
        var chaoyang = File.ReadAllText(PathOf("chaoyang-2023.txt"));
        File.WriteAllText(PathOf("truncated.txt"), chaoyang[..(chaoyang.IndexOf("重庆市北碚区朝阳街道办事处一般公共预算财政拨款支出预算表", StringComparison.Ordinal) + 80)]);
        File.WriteAllBytes(PathOf("garbage.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());

        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var run = await SeedImporter.ImportFolderAsync(db, _folder);

        var failed = run.Documents.Where(d => !d.Succeeded).ToDictionary(d => d.FileName);
        Assert.Equal(["empty.txt", "garbage.txt", "truncated.txt"], failed.Keys.Order());
        Assert.All(failed.Values, f => Assert.False(string.IsNullOrWhiteSpace(f.ErrorReason)));
        Assert.All(failed.Values, f => Assert.StartsWith($"{f.FileName}:{f.ErrorLine}: ", f.ToString()));
        Assert.Equal(5, run.Count(ImportStatus.Imported));
        Assert.Equal(5, await db.Budgets.CountAsync());
        Assert.False(run.AllSucceeded);
    }

    [Theory]
    [InlineData("480.7000001", "finer than one fen (0.01 元)")]
    [InlineData("9999999999999.99", "larger than any budget")]
    public async Task An_amount_no_budget_can_hold_is_refused_by_check_and_import_naming_its_line(string printed, string reason)
    {
        // nanping 表二, line 120: "2010301	行政运行	480.70	480.70	" (万元). Before, check crashed with an OverflowException
        // stack trace and the import failed at line 0.
        var lines = File.ReadAllLines(PathOf("nanping-2024.txt"));
        var row = Array.FindIndex(lines, l => l.StartsWith("2010301\t", StringComparison.Ordinal));
        Assert.Equal(119, row);
        lines[row] = lines[row].Replace("480.70", printed);
        File.WriteAllLines(PathOf("nanping-2024.txt"), lines);

        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var (succeeded, report) = await new DisclosureCheck(db, DisclosureReaders.Default).CheckFileAsync(PathOf("nanping-2024.txt"));
        Assert.False(succeeded);
        Assert.StartsWith($"nanping-2024.txt:120: row '2010301': the 总计 cell (column 3) holds '{printed}' (万元), ", report);
        Assert.Contains(reason, report);

        var run = await SeedImporter.ImportFolderAsync(db, _folder);
        var nanping = run.Documents.Single(d => d.FileName == "nanping-2024.txt");
        Assert.Equal((ImportStatus.Failed, 120), (nanping.Status, nanping.ErrorLine!.Value));
        Assert.Contains(reason, nanping.ErrorReason);
        Assert.Equal(4, run.Count(ImportStatus.Imported));
    }

    [Fact]
    public async Task A_changed_seed_with_a_non_numeric_amount_fails_and_the_previous_version_stays()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        Assert.True((await SeedImporter.ImportFolderAsync(db, _folder)).AllSucceeded);
        var before = await DatabaseDigest.CreateAsync(db);

        // nanping 表二, line 183: "2120501	城乡社区环境卫生	455.30		455.30" → a letter in the amount
        var lines = File.ReadAllLines(PathOf("nanping-2024.txt"));
        var row = Array.FindIndex(lines, l => l.StartsWith("2120501\t", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("455.30", "45S.30");
        File.WriteAllLines(PathOf("nanping-2024.txt"), lines);

        var run = await SeedImporter.ImportFolderAsync(db, _folder);

        var nanping = run.Documents.Single(d => d.FileName == "nanping-2024.txt");
        Assert.Equal((ImportStatus.Failed, row + 1), (nanping.Status, nanping.ErrorLine!.Value));
        Assert.Contains("45S.30", nanping.ErrorReason);
        Assert.Equal(4, run.Count(ImportStatus.Unchanged));
        Assert.Equal(before, await DatabaseDigest.CreateAsync(db));
        Assert.Equal(SampleSha(RepositoryPaths.Seed("nanping-2024.txt")),
            await db.SourceDocuments.Where(d => d.FileName == "nanping-2024.txt").Select(d => d.Sha256).SingleAsync());
    }

    [Fact]
    public async Task A_GB18030_copy_imports_exactly_like_the_UTF8_seed()
    {
        using var utf8Database = new SqliteTestDatabase();
        await using var utf8 = utf8Database.CreateContext();
        var original = await new DisclosureImporter(utf8, DisclosureReaders.Default).ImportFileAsync(RepositoryPaths.Seed("nanping-2024.txt"));

        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var copy = PathOf("nanping-2024.txt");   // same name: the file name is part of what is compared
        File.WriteAllBytes(copy, gb18030.GetBytes(File.ReadAllText(RepositoryPaths.Seed("nanping-2024.txt"))));
        using var gbDatabase = new SqliteTestDatabase();
        await using var gb = gbDatabase.CreateContext();
        var converted = await new DisclosureImporter(gb, DisclosureReaders.Default).ImportFileAsync(copy);

        Assert.Equal(ImportStatus.Imported, converted.Status);
        Assert.NotEqual(original.Sha256, converted.Sha256);
        Assert.Equal(await DatabaseDigest.CreateAsync(utf8), await DatabaseDigest.CreateAsync(gb));
        Assert.Equal(ImportStatus.Imported, original.Status);
        Assert.Matches("(?i)gb", await gb.SourceDocuments.Select(d => d.EncodingName).SingleAsync());
    }

    private static string SampleSha(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
