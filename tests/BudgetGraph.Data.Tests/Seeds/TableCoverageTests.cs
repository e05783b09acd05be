using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>No table of a seed is lost: every block the parser read is covered by a stored DisclosedTable.</summary>
public sealed class TableCoverageTests(SeedDatabaseFixture seeds) : IClassFixture<SeedDatabaseFixture>
{
    [Theory]
    [InlineData("nanping-2024.txt", "nanping")]
    [InlineData("chaoyang-2023.txt", "chaoyang")]
    [InlineData("jiangbeicheng-2025.txt", "jiangbeicheng")]
    [InlineData("shandong-2024.txt", "shandong")]
    [InlineData("ciqikou-2024.txt", "ciqikou")]
    public async Task Every_table_block_of_a_seed_has_a_disclosed_table(string file, string slug)
    {
        var disclosure = DisclosureParser.ParseFile(RepositoryPaths.Seed(file));
        await using var db = seeds.Database.CreateContext();
        var tables = await db.DisclosedTables.Where(t => t.Budget.Unit.Slug == slug).ToListAsync();

        var uncovered = disclosure.RawTables
            .Where(raw => !tables.Any(t => raw.StartLine <= t.EndLine && t.StartLine <= raw.EndLine))
            .Select(raw => $"{raw.StartLine}-{raw.EndLine} {raw.Title}")
            .ToList();
        Assert.Empty(uncovered);
    }
}
