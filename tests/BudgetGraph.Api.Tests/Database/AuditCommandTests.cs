using BudgetGraph.Api.Database;
using BudgetGraph.Api.Import;
using BudgetGraph.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// The <c>audit</c> command (<see cref="AuditCommand"/>): on the imported seeds every kept figure is its rows' (exit 0); a
/// count and a district's total changed by hand are listed with both figures (exit 1) and left until <c>--repair</c>; no database to audit is one
/// line and exit 1, without creating the file; a read-only configuration or a stray argument is a usage error (2).
/// </summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-audit-").FullName;
    private string DatabasePath => Path.Combine(_folder, "budgetgraph.db");

    private IConfiguration Configuration(bool readOnly = false) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
        ["Database:ReadOnly"] = readOnly ? "true" : "false",
    }).Build();

    [Fact]
    public async Task Audits_the_imported_seeds_finds_a_drifted_count_and_total_and_repairs_them()
    {
        Assert.Equal(0, await ImportCommand.RunAsync([RepositoryPaths.Seeds], Configuration()));
        var (code, output, _) = await AuditAsync();
        Assert.Equal(0, code);
        Assert.Equal("audit: every kept figure is its rows' (name gram rows, carried districts, carried categories, row counts, value counts, amount band " +
                     "counts, indicator combination key bounds, indicator combination counts, project combination key bounds, project " +
                     "combination counts, budgets' indicator counts, name gram counts, budgets' level totals, districts' totals, years' totals, units' " +
                     "totals, subjects' totals, totals' line counts).\n", output);

        // 北碚区's one indicator of ≤ (chaoyang-2023.txt l.455) kept as 3; its district's 表二 类 lines (chaoyang-2023.txt's
        // alone, l.94: 3,394.41 万元 in 12 lines, 3.00 to 1,465.27) kept as summing 1.00 万元 more.
        await ExecuteAsync("UPDATE \"ValueCounts\" SET \"Count\" = 3 WHERE \"Column\" = 'Indicators.Operator@District' AND \"DistrictName\" = '北碚区' AND \"Value\" = '≤';");
        await ExecuteAsync("UPDATE \"ExpenditureDistrictTotals\" SET \"Sum\" = \"Sum\" + 1000000 WHERE \"DistrictName\" = '北碚区' " +
                           "AND \"TableKind\" = 'DepartmentExpenditure' AND \"Level\" = 'Category';");
        (code, output, _) = await AuditAsync();
        Assert.Equal(1, code);
        Assert.StartsWith("audit: value counts: Indicators.Operator@District · 北碚区 · ≤ · (null) · (null): kept 3, counted 1\n" +
                          "audit: districts' totals: DepartmentExpenditure · Category · 北碚区: kept Sum 3395.41 · Count 12 · Min 3 · " +
                          "Max 1465.27 · Units 1, counted Sum 3394.41 · Count 12 · Min 3 · Max 1465.27 · Units 1\n" +
                          "audit: 2 kept figure(s) differ from their rows", output, StringComparison.Ordinal);
        Assert.Equal(1, (await AuditAsync()).Code); // still there: the audit wrote nothing

        (code, output, _) = await AuditAsync("--repair");
        Assert.Equal(0, code);
        Assert.Contains("2 kept figure(s) differed from their rows and were written again", output, StringComparison.Ordinal);
        Assert.Equal(0, (await AuditAsync()).Code);
    }

    [Fact]
    public async Task No_database_a_read_only_configuration_or_a_stray_argument_is_refused()
    {
        var (code, _, error) = await AuditAsync();
        Assert.Equal(1, code);
        Assert.StartsWith("audit: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(DatabasePath));

        Assert.Equal(2, (await AuditAsync(readOnly: true)).Code);
        (code, _, error) = await AuditAsync("--fix");
        Assert.Equal(2, code);
        Assert.StartsWith("usage: audit [--repair]", error, StringComparison.Ordinal);
        Assert.Equal(0, (await AuditAsync("--help")).Code);
    }

    private async Task<(int Code, string Output, string Error)> AuditAsync(string? argument = null, bool readOnly = false)
    {
        var (output, error) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
        var code = await AuditCommand.RunAsync(argument is null ? [] : [argument], Configuration(readOnly), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
