using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// compare's distinct line totals kept at import (issue 8, session 8; <see cref="ExpenditureTotalValues"/>): per table,
/// level, code, year and total (a missing total as 0) the number of stored lines — what a row's rank counts — after
/// imports, a SYNTHETIC renamed copy sharing every value, and replacements that move a value (a bulk load's: <see
/// cref="BulkLoadTests"/>, through <see cref="DatabaseDigest"/>); and the ranks read from them equal the window
/// functions'.
/// </summary>
public sealed partial class ExpenditureTotalValuesTests
{
    [Fact]
    public async Task Values_count_the_lines_of_each_total_and_follow_copies_and_replacements()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        Assert.Equal(1, await CountOfAsync(db, "208", 2023, 1465.27m));
        await AssertKeptEqualTheLinesAsync(db);

        // A SYNTHETIC renamed copy of chaoyang 2023 (as ../shared/scale/make.py makes them): every value twice.
        var text = SeedImports.Chaoyang2023();
        var copy = BudgetCode().Replace(text.Replace("朝阳街道", "朝阳合成甲街道"), "$1");
        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("SYNTHETIC-chaoyang-1.txt", Encoding.UTF8.GetBytes(copy))).Status);
        Assert.Equal(2, await CountOfAsync(db, "208", 2023, 1465.27m));
        await AssertKeptEqualTheLinesAsync(db);

        // The copy's 208 raised by 8,000 万元: 1,465.27 is chaoyang's alone again, 9,465.27 the copy's.
        var raised = SeedImports.RaiseChaoyang208(copy);
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("SYNTHETIC-chaoyang-1.txt", Encoding.UTF8.GetBytes(raised))).Status);
        Assert.Equal(1, await CountOfAsync(db, "208", 2023, 1465.27m));
        Assert.Equal(1, await CountOfAsync(db, "208", 2023, 9465.27m));
        await AssertKeptEqualTheLinesAsync(db);

        // chaoyang itself raised the same way: 1,465.27 has no line left (no row), 9,465.27 two.
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt",
            Encoding.UTF8.GetBytes(SeedImports.RaiseChaoyang208(text)))).Status);
        Assert.Equal(0, await CountOfAsync(db, "208", 2023, 1465.27m));
        Assert.Equal(2, await CountOfAsync(db, "208", 2023, 9465.27m));
        await AssertKeptEqualTheLinesAsync(db);
    }

    /// <summary>A budget code before the unit name (dropped in a renamed copy, as make.py does).</summary>
    [GeneratedRegex(@"\b\d{3}[-—](重庆市)")]
    private static partial Regex BudgetCode();

    private static async Task<int> CountOfAsync(BudgetDbContext db, string code, int year, decimal total)
    {
        var value = FixedPoint.ToStored(total);
        return await db.ExpenditureTotalValues.AsNoTracking()
            .Where(t => t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category
                        && t.Code == code && t.FiscalYear == year && t.Value == value)
            .Select(t => t.LineCount).SingleOrDefaultAsync();
    }

    /// <summary>
    /// The values equal the lines grouped by table, level, code, year and total (null as 0), and every compared row's
    /// ranks read from them (over every unit) equal the window functions' (<see cref="CrossUnitComparer.Query"/>).
    /// </summary>
    private static async Task AssertKeptEqualTheLinesAsync(BudgetDbContext db)
    {
        var fromLines = (await db.ExpenditureLines.AsNoTracking()
                .GroupBy(l => new { l.TableKind, l.Level, l.Code, l.FiscalYear, Value = l.Total ?? 0 })
                .Select(g => new { g.Key.TableKind, g.Key.Level, g.Key.Code, g.Key.FiscalYear, g.Key.Value, Count = g.Count() })
                .ToListAsync())
            .Select(g => $"{g.TableKind} {g.Level} {g.Code} {g.FiscalYear} {g.Value} {g.Count}").Order(StringComparer.Ordinal).ToList();
        var values = (await db.ExpenditureTotalValues.AsNoTracking().ToListAsync())
            .Select(t => $"{t.TableKind} {t.Level} {t.Code} {t.FiscalYear} {t.Value} {t.LineCount}").Order(StringComparer.Ordinal).ToList();
        Assert.True(values.Count > 100, $"{values.Count} values");
        Assert.Equal(fromLines, values);

        foreach (var request in new[]
                 {
                     new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category),
                     new ComparisonRequest(null, null, [2023, 2025], SubjectLevel.Section),
                     new ComparisonRequest(null, null, null, SubjectLevel.Item, FunctionalTableKind.DepartmentExpenditure),
                 })
        {
            var windows = await CrossUnitComparer.Query(db, request).ToDictionaryAsync(r => r.LineId, r => (r.Rank, r.OverallRank));
            var lines = windows.Keys.ToList();
            var ranked = await CrossUnitComparer.RankedRows(db, request, lines).ToDictionaryAsync(r => r.LineId, r => (r.Rank, r.OverallRank));
            Assert.NotEmpty(windows);
            Assert.Equal(windows.OrderBy(p => p.Key), ranked.OrderBy(p => p.Key));
        }
    }
}
