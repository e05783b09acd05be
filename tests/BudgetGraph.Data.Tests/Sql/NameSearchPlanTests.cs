using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Comparisons;
using Microsoft.EntityFrameworkCore;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// The plans of name filters with the gram index (issue 8): SQLite EXPLAIN QUERY PLAN of the SQL really sent
/// (<see cref="PlanRecorder"/>) and the T-SQL of SQL Server, as strict snapshots. The ids come from one range of the
/// key (Kind, Gram, …), further grams are key look-ups per candidate, and each candidate row is read by its key —
/// no scan of the names. The queries are those the GraphQL filters build (<c>id IN (candidates) AND predicate</c>).
/// </summary>
public sealed class NameSearchPlanTests(SeedsOnlyDatabase fixture) : IClassFixture<SeedsOnlyDatabase>
{
    private static IQueryable<Indicator> Satisfaction(BudgetDbContext db) =>
        // indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } })
        db.Indicators.Where(i => NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, "满意")!.Contains(i.Id)
                                 && i.Name.Contains("满意") && i.NumericTarget < FixedPoint.ToStored(90m));

    private static IQueryable<Unit> UnitsStartingWith(BudgetDbContext db, string prefix) =>
        db.Units.Where(u => NameSearch.Candidates(db.NameGrams, NameGramKind.UnitShortName, prefix)!.Contains(u.Id)
                            && u.ShortName.StartsWith(prefix));

    private static IQueryable<Project> ProjectsContaining(BudgetDbContext db, string pattern) =>
        db.Projects.Where(p => NameSearch.Candidates(db.NameGrams, NameGramKind.ProjectName, pattern)!.Contains(p.Id)
                               && p.Name.Contains(pattern))
            .OrderByDescending(p => p.Amount).ThenBy(p => p.Id);

    private async Task<string> PlanOfAsync(string name, Func<BudgetDbContext, Task> read)
    {
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database, read);
        Snapshot.Match(plan, new SnapshotNameExtension(name));
        return plan;
    }

    [Fact]
    public async Task Indicator_name_and_target_read_the_ids_of_one_gram_then_each_row_by_key()
    {
        var plan = await PlanOfAsync("Satisfaction", db => Satisfaction(db).CountAsync());
        Assert.Contains("SEARCH i USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.Contains("SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=?)", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    [Fact]
    public async Task Further_grams_are_key_look_ups_per_candidate()
    {
        var plan = await PlanOfAsync("UnitsStartingWith", db => UnitsStartingWith(db, "南坪街道").CountAsync());
        Assert.Contains("SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=?)", plan);
        Assert.Contains("SEARCH n0 EXISTS USING PRIMARY KEY (Kind=? AND Gram=? AND EntityId=?)", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    [Fact]
    public async Task A_pattern_without_a_gram_is_answered_by_the_predicate_alone()
    {
        await using var db = fixture.CreateContext();
        Assert.Null(NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, "率"));
        Assert.Null(NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, ""));
        Assert.Null(NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, "\U00020000\U00020001"));
    }

    [Fact]
    public void Name_searches_translate_to_TSQL_over_the_clustered_key()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var sql = string.Join("\n\n-- next\n",
            Satisfaction(db).Select(i => i.Id).ToQueryString(),
            UnitsStartingWith(db, "南坪街道").Select(u => u.Id).ToQueryString(),
            ProjectsContaining(db, "经费").Select(p => p.Id).Take(20).ToQueryString());
        Assert.Contains("[i].[Id] IN (", sql);
        Assert.Contains("FROM [NameGrams] AS [n]", sql);
        Assert.Contains("[n].[Gram] = @", sql);
        Snapshot.Match(sql);
    }
}
