using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>The level totals written at import (issue 8): the sums of the stored lines, replaced with their budget.</summary>
public sealed class ExpenditureLevelTotalsTests
{
    [Fact]
    public async Task Importing_a_seed_writes_its_level_totals_and_the_lines_carry_unit_and_year()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await new DisclosureImporter(db, DisclosureReaders.Default).ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));

        // 表二 of chaoyang 2023: 合计 3,394.41 万元 over 12 类 lines, the smallest 3.00, the largest 1,465.27.
        var table2 = await db.ExpenditureLevelTotals.SingleAsync(t =>
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(3394.41m), 12, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m)),
            (table2.Sum, table2.Count, table2.Min, table2.Max));
        var budget = await db.Budgets.SingleAsync();
        Assert.Equal((budget.UnitId, budget.FiscalYear), (table2.UnitId, table2.FiscalYear));
        Assert.Equal(0, await db.ExpenditureLines.CountAsync(l => l.UnitId != budget.UnitId || l.FiscalYear != budget.FiscalYear));
        await AssertTotalsEqualTheLinesAsync(db);
    }

    [Fact]
    public async Task A_replaced_budget_has_only_its_new_level_totals()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var corrected = text.Replace("合计\t\t3,394.41\t1,225.79\t2,168.63", "合计\t\t3,394.41\t1,225.78\t2,168.63");
        Assert.NotEqual(text, corrected);

        var result = await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(corrected));

        Assert.Equal(ImportStatus.Replaced, result.Status);
        var budgetId = await db.Budgets.Select(b => b.Id).SingleAsync();
        Assert.All(await db.ExpenditureLevelTotals.ToListAsync(), t => Assert.Equal(budgetId, t.BudgetId));
        await AssertTotalsEqualTheLinesAsync(db);
    }

    /// <summary>Every (budget, table, level) of the lines has exactly its sum, count, minimum and maximum.</summary>
    private static async Task AssertTotalsEqualTheLinesAsync(BudgetDbContext db)
    {
        var fromLines = await db.ExpenditureLines
            .GroupBy(l => new { l.BudgetId, l.TableKind, l.Level, l.UnitId, l.FiscalYear })
            .Select(g => new { g.Key.BudgetId, g.Key.TableKind, g.Key.Level, g.Key.UnitId, g.Key.FiscalYear,
                Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) })
            .ToListAsync();
        var stored = await db.ExpenditureLevelTotals
            .Select(t => new { t.BudgetId, t.TableKind, t.Level, t.UnitId, t.FiscalYear, t.Sum, t.Count, t.Min, t.Max })
            .ToListAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(fromLines.OrderBy(r => (r.BudgetId, r.TableKind, r.Level)), stored.OrderBy(r => (r.BudgetId, r.TableKind, r.Level)));
    }
}
