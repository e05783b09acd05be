using System.Text;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Variants;

/// <summary>
/// The broken inputs of issue 7 through the import command line, on copies of the seeds: a file cut at a row boundary
/// inside 表二, a disclosure with 表二 printed twice, page numbers inside tables; and the dry run writing nothing.
/// Each asserts exit code, message and what the database holds afterwards.
/// </summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-broken-").FullName;
    private readonly SqliteTestDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        _output.GetStringBuilder().Clear();
        _error.GetStringBuilder().Clear();
        return await ImportCommandLine.RunAsync(args, _database.CreateContext, DisclosureReaders.Default, _output, _error);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] SeedLines(string name) => File.ReadAllText(RepositoryPaths.Seed(name)).Split('\n');

    private async Task<IReadOnlyList<string>> DigestAsync()
    {
        await using var db = _database.CreateContext();
        return await DatabaseDigest.CreateAsync(db);
    }

    [Fact]
    public async Task A_file_cut_at_a_row_boundary_inside_table_2_is_refused_and_the_complete_budget_stays()
    {
        Assert.Equal(0, await RunAsync(RepositoryPaths.Seed("nanping-2024.txt")));
        var before = await DigestAsync();

        // nanping 表二 runs from line 111 to 184; line 150 is the row "2081001 儿童福利 0.75 0.75": cut after it.
        var cut = Write("nanping-2024-cut.txt", string.Join("\n", SeedLines("nanping-2024.txt")[..150]) + "\n");

        Assert.Equal(1, await RunAsync(cut));
        Assert.Equal(
            "nanping-2024-cut.txt:0: refused to replace 南坪街道 (nanping) 2024: the stored budget from nanping-2024.txt has " +
            "13 tables, 240 rows, 3 project cards, this document only 2 tables, 51 rows, 0 project cards. " +
            "Nothing was changed; pass --allow-shrink to replace it anyway.",
            _error.ToString().Trim());
        Assert.Equal(before, await DigestAsync());

        // The operator says so: it replaces, and 表二 says it is partial, with a finding.
        Assert.Equal(0, await RunAsync("--allow-shrink", cut));
        await using var db = _database.CreateContext();
        var table2 = await db.DisclosedTables.SingleAsync(t => t.Kind == TableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal((true, 32, 111, 150), (table2.IsPartial, table2.RowCount, table2.StartLine, table2.EndLine));
        var finding = await db.DataQualityFindings.SingleAsync(f => f.Rule == "TABLE_CUT");
        Assert.Equal((150, 4851.31m, 3198.68m), (finding.SourceLine, Entities.FixedPoint.FromStored(finding.Expected!.Value), Entities.FixedPoint.FromStored(finding.Actual!.Value)));
    }

    [Fact]
    public async Task A_disclosure_with_table_2_printed_twice_imports_it_once_with_a_finding()
    {
        // chaoyang 表二: the 表二 line 86 to the last row, line 198; printed again right after it.
        var lines = SeedLines("chaoyang-2023.txt");
        var doubled = Write("chaoyang-2023.txt", string.Join("\n", [.. lines[..198], "", .. lines[85..198], .. lines[198..]]));

        Assert.Equal(0, await RunAsync(doubled));
        await using (var db = _database.CreateContext())
        {
            // 表二 100 rows + 表八 100 rows, not 300.
            Assert.Equal(100, await db.ExpenditureLines.CountAsync(l => l.TableKind == Parsing.Model.FunctionalTableKind.GeneralPublicBudgetExpenditure));
            Assert.Equal(200, await db.ExpenditureLines.CountAsync());
            var total = await db.ExpenditureLines.Where(l => l.TableKind == Parsing.Model.FunctionalTableKind.GeneralPublicBudgetExpenditure && l.Level == Parsing.Model.SubjectLevel.Category)
                .SumAsync(l => l.Total);
            Assert.Equal(3394.41m, Entities.FixedPoint.FromStored(total ?? 0));
            var finding = await db.DataQualityFindings.SingleAsync(f => f.Rule == "TABLE_PRINTED_TWICE");
            Assert.Equal(200, finding.SourceLine);
            Assert.Contains(await db.ParserNotes.Select(n => n.Message).ToListAsync(), m => m.Contains("printed again at lines 200–312 with the same 103 rows as at line 88"));
        }

        // Apart from that finding, its note and the lines moved by the copy, the facts are those of the seed.
        var withCopy = (await DigestAsync()).Where(l => !l.Contains("TABLE_PRINTED_TWICE")).Select(Unlined).ToList();
        using var reference = new SqliteTestDatabase();
        await ImportCommandLine.RunAsync([RepositoryPaths.Seed("chaoyang-2023.txt")], reference.CreateContext, DisclosureReaders.Default, TextWriter.Null, TextWriter.Null);
        await using var referenceDb = reference.CreateContext();
        Assert.Equal((await DatabaseDigest.CreateAsync(referenceDb)).Select(Unlined).ToList(), withCopy);
    }

    [Fact]
    public async Task Page_numbers_inside_tables_are_neither_items_nor_remarks()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("nanping-2024.txt"))
            .Replace("财政专户管理资金\t\t社会保障和就业支出\t946.04\n", "财政专户管理资金\t\t社会保障和就业支出\t946.04\n\n— 9 —\n\n")
            .Replace("备注：本单位无政府性基金预算收支，故此表无数据。\n", "备注：本单位无政府性基金预算收支，故此表无数据。\n— 11 —\n-- 11 of 33 --\n第11页\n-- PAGE_BREAK --\n");
        Assert.Equal(0, await RunAsync(Write("nanping-2024.txt", text)));

        await using var db = _database.CreateContext();
        Assert.DoesNotContain(await db.SummaryLines.Select(l => l.Label).ToListAsync(), l => l.Contains('—') || l.Contains('页'));
        Assert.Equal("本单位无政府性基金预算收支，故此表无数据。",
            (await db.DisclosedTables.SingleAsync(t => t.Kind == TableKind.GovernmentFundExpenditure)).Remark);
        Assert.Equal(2, await db.ParserNotes.CountAsync());
    }

    [Fact]
    public async Task The_dry_run_prints_what_would_be_imported_and_writes_nothing()
    {
        Assert.Equal(0, await RunAsync(RepositoryPaths.Seed("chaoyang-2023.txt")));
        var before = await DigestAsync();
        var cut = Write("nanping-2024.txt", string.Join("\n", SeedLines("nanping-2024.txt")[..150]) + "\n");

        Assert.Equal(0, await RunAsync("--dry-run", RepositoryPaths.Seed("nanping-2024.txt"), RepositoryPaths.Seed("chaoyang-2023.txt"), cut));

        var output = _output.ToString();
        Assert.Contains("nanping-2024.txt: 南坪街道 (nanping) 2024: would import a new budget", output);
        Assert.Contains("chaoyang-2023.txt: 朝阳街道 (chaoyang) 2023: unchanged: these bytes are already imported", output);
        Assert.Contains("    表二 (counted)   2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款支出预算表 — lines 111–150, 35 rows, unit 万元, PARTIAL", output);
        Assert.Contains("    表七 (counted)   部门收入总表 — lines 265–310, 45 rows, unit not printed, no title or header (fragment), PARTIAL", output);
        Assert.Contains("  size: 13 tables, 240 rows, 3 project cards", output);
        Assert.Contains("  tables announced but missing (0)", output);
        Assert.Contains("    TABLE_CUT line 150:", output);
        Assert.Contains("3 documents checked: 3 would import or are unchanged, 0 would fail or be refused; nothing was written.", output);
        Assert.Equal(before, await DigestAsync());

        // A cut file that would replace a complete budget: refused in the dry run too (exit 1), still nothing written.
        Assert.Equal(0, await RunAsync(RepositoryPaths.Seed("nanping-2024.txt")));
        var complete = await DigestAsync();
        Assert.Equal(1, await RunAsync("--dry-run", cut));
        Assert.Contains("would be REFUSED: the stored budget from nanping-2024.txt has 13 tables, 240 rows, 3 project cards, this document only 2 tables, 51 rows, 0 project cards", _error.ToString());
        Assert.Equal(complete, await DigestAsync());
    }

    [Fact]
    public async Task The_dry_run_against_a_database_that_does_not_exist_does_not_create_it()
    {
        var path = Path.Combine(_folder, "never.db");
        var options = new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite($"Data Source={path}").Options;
        var output = new StringWriter();

        var exit = await ImportCommandLine.RunAsync(["--dry-run", RepositoryPaths.Seed("jiangbeicheng-2025.txt")],
            () => new BudgetDbContext(options), DisclosureReaders.Default, output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Contains("jiangbeicheng-2025.txt: 江北城街道 (jiangbeicheng) 2025: would import a new budget and a new unit", output.ToString());
        Assert.False(File.Exists(path));
    }

    private static string Unlined(string digestLine) =>
        System.Text.RegularExpressions.Regex.Replace(digestLine, @"@\d+|\b\d+-\d+\b|(?<=\bline )\d+", "@");
}
