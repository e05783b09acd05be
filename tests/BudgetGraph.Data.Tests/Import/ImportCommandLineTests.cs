using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>The import command line: what it prints and its exit codes, with a stand-in reader.</summary>
public sealed class ImportCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-import-").FullName;
    private readonly SqliteTestDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    // "good-*.txt" read as the sample disclosure (distinct per content), anything else fails at line 3.
    private static readonly DisclosureReader Reader = (name, content) => name.StartsWith("good", StringComparison.Ordinal)
        ? SampleDisclosures.Budget(version: System.Text.Encoding.UTF8.GetString(content), fiscalYear: 2020 + content.Length)
            is var d ? d with { Source = d.Source with { FileName = name, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)) } } : null!
        : throw new DisclosureParseException(name, 3, "no table header found");

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<int> RunAsync(params string[] args) =>
        ImportCommandLine.RunAsync(args, _database.CreateContext, Reader, _output, _error);

    [Fact]
    public async Task No_arguments_is_a_usage_error()
    {
        Assert.Equal(2, await RunAsync());
        Assert.Contains("usage: import", _error.ToString());
    }

    [Fact]
    public async Task Relative_paths_resolve_against_the_callers_folder_not_the_current_directory()
    {
        File.WriteAllText(Path.Combine(_folder, "good-relative.txt"), "relative");
        var caller = Path.GetDirectoryName(_folder)!; // the temp folder: not the test's current directory
        Assert.NotEqual(caller, Directory.GetCurrentDirectory());

        var exit = await ImportCommandLine.RunAsync([Path.Combine(Path.GetFileName(_folder), "good-relative.txt")],
            _database.CreateContext, Reader, _output, _error, baseDirectory: caller);

        Assert.True(exit == 0, _error.ToString());
        Assert.Contains("good-relative.txt", _output.ToString());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_usage_error()
    {
        Assert.Equal(2, await RunAsync(Path.Combine(_folder, "nope.txt")));
        Assert.Contains("no such file or folder", _error.ToString());
    }

    [Fact]
    public async Task A_folder_imports_its_txt_files_and_a_failure_exits_1_after_importing_the_others()
    {
        File.WriteAllText(Path.Combine(_folder, "good-a.txt"), "aaaa");
        File.WriteAllText(Path.Combine(_folder, "bad.txt"), "????");
        File.WriteAllText(Path.Combine(_folder, "good-b.txt"), "bbbbb");
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not a disclosure");

        Assert.Equal(1, await RunAsync(_folder));

        Assert.Equal("bad.txt:3: no table header found\n", _error.ToString().ReplaceLineEndings("\n"));
        var lines = _output.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("good-a.txt: imported 南坪街道 (nanping) 2024: 11 tables, 6 functional rows, 4 economic rows", lines[0]);
        Assert.StartsWith("good-b.txt: imported 南坪街道 (nanping) 2025:", lines[1]);
        Assert.Contains("3 documents: 2 imported, 0 replaced, 0 unchanged, 1 failed; 20 findings recorded.", lines);
        // After imports the cross-year check (Comparisons/CrossYearReconciliation) compares 2025's "比上年" changes with 2024.
        Assert.Contains(lines, l => l.StartsWith("cross-year check: ", StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Budgets.CountAsync());
    }

    [Fact]
    public async Task Running_again_reports_unchanged_and_exits_0()
    {
        var file = Path.Combine(_folder, "good-a.txt");
        File.WriteAllText(file, "aaaa");
        Assert.Equal(0, await RunAsync(file));
        _output.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync(file));

        Assert.StartsWith("good-a.txt: unchanged", _output.ToString());
        Assert.Contains("1 documents: 0 imported, 0 replaced, 1 unchanged, 0 failed", _output.ToString());
    }
}
