using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>Re-importing a real seed: unchanged bytes change nothing; a corrected copy replaces the budget.</summary>
public sealed class SeedReplacementTests
{
    [Fact]
    public async Task Reimporting_an_unchanged_seed_changes_nothing()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var before = await DatabaseDigest.CreateAsync(db);
        var budgetId = await db.Budgets.Select(b => b.Id).SingleAsync();

        var again = await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(before, await DatabaseDigest.CreateAsync(db));
        Assert.Equal(budgetId, await db.Budgets.Select(b => b.Id).SingleAsync());
    }

    [Fact]
    public async Task A_corrected_seed_replaces_the_previous_version_of_its_budget()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        var first = await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        Assert.Equal(1, await db.DataQualityFindings.CountAsync(f => f.Rule == RuleCodes.Table2NotTable8));

        // The publisher corrects 表八's 合计 basic expenditure to agree with 表二 (1,225.79 → 1,225.78).
        var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var corrected = text.Replace("合计\t\t3,394.41\t1,225.79\t2,168.63", "合计\t\t3,394.41\t1,225.78\t2,168.63");
        Assert.NotEqual(text, corrected);
        var result = await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(corrected));

        Assert.Equal(ImportStatus.Replaced, result.Status);
        Assert.Equal((first.FunctionalRows, first.EconomicRows, first.ProjectCards, first.Indicators),
            (result.FunctionalRows, result.EconomicRows, result.ProjectCards, result.Indicators));
        var budget = await db.Budgets.Include(b => b.SourceDocument).SingleAsync();
        Assert.Equal(result.Sha256, budget.SourceDocument.Sha256);
        Assert.Equal(FixedPoint.ToStored(1225.78m), budget.BasicExpenditure);
        Assert.Equal(0, await db.DataQualityFindings.CountAsync(f => f.Rule == RuleCodes.Table2NotTable8));
        Assert.Equal(1, await db.SourceDocuments.CountAsync());
        Assert.Equal(first.FunctionalRows, await db.ExpenditureLines.CountAsync());
        Assert.Equal(first.Indicators, await db.Indicators.CountAsync());
    }
}
