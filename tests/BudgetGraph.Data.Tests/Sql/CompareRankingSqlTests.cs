using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// The SQL of <c>compare</c> as the API composes it — <see cref="CrossUnitComparer"/>'s raw ranking query
/// (<c>DENSE_RANK() OVER (PARTITION BY …)</c> per subject and year, and per subject overall), the <c>top</c> cut, the
/// default order and one page — for SQL Server (T-SQL, generated without a server) and SQLite (executed too), kept as
/// snapshots (__snapshots__/). Every argument is a parameter; ranks are computed before the cut, the order and the page.
/// The raw part quotes identifiers the standard way ("Code"), which SQL Server reads as identifiers with
/// QUOTED_IDENTIFIER ON, SqlClient's default.
/// </summary>
public sealed class CompareRankingSqlTests
{
    private static readonly ComparisonRequest Request = new(["208", "212"], ["nanping", "chaoyang"], [2023, 2024],
        SubjectLevel.Category, Top: 3);

    private static IQueryable<ComparisonRow> Page(BudgetDbContext db) =>
        CrossUnitComparer.InDefaultOrder(CrossUnitComparer.Query(db, Request)).Skip(10).Take(11);

    [Fact]
    public void Compare_ranking_translates_to_TSQL()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());

        var sql = Page(db).ToQueryString();

        Assert.Contains("DENSE_RANK() OVER (PARTITION BY l.\"Code\", l.\"FiscalYear\" ORDER BY COALESCE(l.\"Total\", 0) DESC)", sql);
        Assert.Contains("WHERE [b].[Rank] <= @top", sql);   // top after ranking: ranks count every compared row
        Assert.Contains("ORDER BY [b].[Code], [b].[Year], [b].[UnitSlug], [b].[LineId]", sql);
        Assert.Contains("OFFSET @p20 ROWS FETCH NEXT @p30 ROWS ONLY", sql);
        Assert.Contains("s.\"Slug\" IN (@p3, @p4)", sql);   // values travel as parameters
        Snapshot.Match(sql);
    }

    [Fact]
    public void Compare_page_ranks_translate_to_TSQL()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var request = Request with { Top = null };

        var page = CrossUnitComparer.InDefaultOrder(CrossUnitComparer.UnrankedQuery(db, request, ComparisonPageColumns.IndexAndUnit)).Skip(10).Take(11).ToQueryString();
        var ranks = CrossUnitComparer.RankedRows(db, request, [1, 2]).ToQueryString();

        Assert.DoesNotContain("DENSE_RANK", page + ranks);
        Assert.Contains("ORDER BY [b].[Code], [b].[Year], [b].[UnitSlug], [b].[LineId]", page);
        Assert.Contains("COUNT(DISTINCT x.\"Total\")", ranks);
        Snapshot.Match(page + "\n\n" + ranks);
    }

    [Fact]
    public void Compare_page_ranks_over_every_unit_translate_to_TSQL_over_the_distinct_totals()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var request = new ComparisonRequest(["201", "208"], null, [2023, 2024], SubjectLevel.Category);

        var ranks = CrossUnitComparer.RankedRows(db, request, [1, 2]).ToQueryString();

        // Over every unit the ranks count the distinct totals kept at import (PK_ExpenditureTotalValues per year,
        // IX_ExpenditureTotalValues_Overall over the years asked), not the lines.
        Assert.DoesNotContain("DENSE_RANK", ranks);
        Assert.Contains("1 + (SELECT COUNT(*) FROM \"ExpenditureTotalValues\" AS x", ranks);
        Assert.Contains("1 + (SELECT COUNT(DISTINCT x.\"Value\") FROM \"ExpenditureTotalValues\" AS x", ranks);
        Assert.Contains("x.\"FiscalYear\" IN (@p0, @p1)", ranks);
        Assert.DoesNotContain("FROM \"ExpenditureLines\" AS x", ranks);
        Snapshot.Match(ranks);
    }

    [Fact]
    public void Compare_top_without_ranks_translates_to_TSQL()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());

        var page = CrossUnitComparer.UnrankedQuery(db, Request, ComparisonPageColumns.Index)
            .OrderByDescending(r => r.Total).ThenBy(r => r.LineId).Take(21).ToQueryString();

        Snapshot.Match(page);
        Assert.DoesNotContain("DENSE_RANK", page);
        Assert.Contains("ORDER BY d.\"Value\" DESC OFFSET @p", page);   // the 3rd largest total: OFFSET top - 1 ROWS
        Assert.Contains("ROWS FETCH NEXT 1 ROWS ONLY", page);
        Assert.Contains("COALESCE(l.\"Total\", 0) >= th.\"Threshold\"", page);
    }

    [Fact]
    public async Task Compare_ranking_runs_on_SQLite()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();

        var sql = Page(db).ToQueryString();

        Assert.Contains("WHERE \"b\".\"Rank\" <= @top", sql);
        Assert.Contains("LIMIT @p30 OFFSET @p20", sql);
        Assert.Empty(await Page(db).ToListAsync());   // valid SQLite: it runs (on an empty database)
        Snapshot.Match(sql);
    }
}
