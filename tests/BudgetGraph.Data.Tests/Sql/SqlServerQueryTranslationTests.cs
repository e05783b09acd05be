using BudgetGraph.Data.Comparisons;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// The T-SQL SQL Server gets for the representative queries, generated without a server (ToQueryString) and kept as
/// snapshots (__snapshots__/). Amounts must be compared, sorted and summed as the bigint columns.
/// </summary>
public sealed class SqlServerQueryTranslationTests : IDisposable
{
    private readonly BudgetDbContext _db = new(DatabaseSetup.SqlServerModelOnlyOptions());

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Projects_over_an_amount_by_amount_desc_with_paging_translate_to_TSQL()
    {
        var sql = RepresentativeQueries.ProjectsOver(_db, 100m, skip: 20, take: 10).ToQueryString();
        Assert.Contains("WHERE [p].[Amount] > @", sql);
        Assert.Contains("ORDER BY [p].[Amount] DESC, [p].[Id]", sql);
        Assert.Contains("OFFSET @", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void Budgets_of_a_year_by_served_expenditure_translate_to_TSQL()
    {
        var sql = RepresentativeQueries.BudgetsOfAYearByExpenditure(_db, 2024, 1000m, take: 20).ToQueryString();
        Assert.Contains("[b].[Expenditure] >= @", sql);
        Assert.Contains("ORDER BY [b].[Expenditure] DESC, [b].[Id]", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void A_page_of_few_matches_read_through_their_ids_translates_to_TSQL()
    {
        var sql = RepresentativeQueries.BudgetsWithCarryOverByMatchingIds(_db, 1m, take: 21).ToQueryString();
        Assert.Contains("WHERE [b].[Id] IN (", sql);
        Assert.Contains("WHERE [b0].[CarryOver] >= @", sql);
        Assert.Contains("ORDER BY [b].[Id]", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void A_count_with_the_first_matchs_key_and_the_page_from_it_translate_to_TSQL()
    {
        var (count, parameters) = Reading.FirstMatch.CountSql(_db, RepresentativeQueries.UnitsByDistrictPart(_db, "南岸"));
        // (the parameter as EF Core types it: nvarchar(400), bound afresh on every run)
        Assert.StartsWith("SELECT COUNT(*) AS [Count], MIN([m].[Id]) AS [FirstKey], MAX([m].[Id]) AS [LastKey] FROM (", count);
        Assert.Contains("WHERE [u].[DistrictName] LIKE @", count);
        Assert.Equal("%南岸%", Assert.Single(parameters).Value);
        var page = RepresentativeQueries.UnitsByDistrictPartFrom(_db, "南岸", 30001, 21).ToQueryString();
        Assert.Contains("AND [u].[Id] >= @", page);
        // A last page, read backwards from the last match's key (KeyOrderPage.FromEndReader).
        var last = Reading.FirstMatch.UpTo(RepresentativeQueries.UnitsByDistrictPart(_db, "南岸"), 40001)
            .OrderByDescending(u => u.Id).Take(21).ToQueryString();
        Assert.Contains("AND [u].[Id] <= @", last);
        Snapshot.Match(count + "\n\n" + page + "\n\n" + last);
    }

    [Fact]
    public void A_band_counted_filters_probe_first_key_and_page_from_it_translate_to_TSQL()
    {
        // The page among the table's first keys; then, as for a count on the rows, COUNT(*) and MIN(Id) over the filter
        // (IX_Budgets_ProcurementTotal holds the key), and the page from that key on.
        var probe = RepresentativeQueries.BudgetsWithProcurementAmongFirstKeys(_db, 100m, 1024, 21).ToQueryString();
        Assert.Contains("[b].[Id] < (", probe);
        Assert.Contains("SELECT MIN([b0].[Id])", probe);
        var (count, parameters) = Reading.FirstMatch.CountSql(_db, RepresentativeQueries.BudgetsWithProcurement(_db, 100m));
        Assert.StartsWith("SELECT COUNT(*) AS [Count], MIN([m].[Id]) AS [FirstKey], MAX([m].[Id]) AS [LastKey] FROM (", count);
        Assert.Contains("WHERE [b].[ProcurementTotal] >= @", count);
        Assert.Equal(100_000_000L, Assert.Single(parameters).Value);  // millionths of 万元
        var page = RepresentativeQueries.BudgetsWithProcurementFrom(_db, 100m, 20001, 21).ToQueryString();
        Assert.Contains("AND [b].[Id] >= @", page);
        Snapshot.Match(probe + "\n\n" + count + "\n\n" + page);
    }

    [Fact]
    public void A_page_among_the_keys_after_a_years_first_translates_to_TSQL()
    {
        // The year's first and last keys: MIN([m].[Id]) and MAX([m].[Id]) of the year's rows, each a scalar subquery of
        // its own (a seek at each end of IX_Budgets_FiscalYear, whose rows carry the clustered key after the year); the
        // page is one range of keys from the first.
        var (bounds, parameters) = Reading.FirstMatch.KeyBoundsSql(_db, RepresentativeQueries.BudgetsOfYear(_db, 2024));
        Assert.StartsWith("SELECT (SELECT MIN([m].[Id]) FROM (", bounds);
        Assert.Contains(") AS [First], (SELECT MAX([m].[Id]) FROM (", bounds);
        Assert.Contains("WHERE [b].[FiscalYear] = @", bounds);
        Assert.Equal(2024, Assert.Single(parameters).Value);
        var page = RepresentativeQueries.BudgetsOfYearWithProcurementBetween(_db, 2024, 100m, 10001, 11345, 21).ToQueryString();
        Assert.Contains("WHERE [b].[ProcurementTotal] >= @", page);
        Assert.Contains("AND [b].[FiscalYear] = @", page);
        Assert.Contains("AND [b].[Id] >= @", page);
        Assert.Contains("AND [b].[Id] < @", page);
        Snapshot.Match(bounds + "\n\n" + page);
    }

    [Fact]
    public void A_count_on_the_value_counts_translates_to_TSQL()
    {
        // One range of IX_ValueCounts_Column_Number ([Column], [Number]) INCLUDE ([Count]): the column, then the numbers.
        var sql = RepresentativeQueries.IndicatorsWithTargetCountedOnValues(_db, 100m).ToQueryString();
        Assert.Contains("FROM [ValueCounts] AS [v]", sql);
        Assert.Contains("WHERE [v].[Column] = @", sql);
        Assert.Contains("[v].[Number] >= @", sql);
        Assert.Contains("SUM([v].[Count])", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void A_count_on_the_amount_bands_translates_to_TSQL()
    {
        // One range of IX_AmountBandCounts_Column_Band_FiscalYear ([Column], [Band], [FiscalYear]) INCLUDE ([Count]), then
        // the budgets of the bound's band through IX_Budgets_FiscalYear_ExpenditureTotal.
        var bands = RepresentativeQueries.BudgetsOfAYearCountedOnBands(_db, 2024, 1000m).ToQueryString();
        Assert.Contains("FROM [AmountBandCounts] AS [a]", bands);
        Assert.Contains("[a].[Band] >= @", bands);
        Assert.Contains("SUM([a].[Count])", bands);
        var rows = RepresentativeQueries.BudgetsOfAYearInTheBoundsBand(_db, 2024, 1000m).Select(b => b.Id).ToQueryString();
        Assert.Contains("[b].[ExpenditureTotal] <= @", rows);
        Snapshot.Match(bands + "\n\n" + rows);
    }

    [Fact]
    public void Subject_lines_of_one_budget_by_code_translate_to_TSQL()
    {
        var sql = RepresentativeQueries.SubjectLinesOf(_db, 1).ToQueryString();
        Assert.Contains("ORDER BY [e].[Code]", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void Expenditure_by_category_across_budgets_translates_to_TSQL()
    {
        var sql = RepresentativeQueries.ExpenditureByCategory(_db).ToQueryString();
        Assert.Contains("SUM([e].[Total])", sql);
        Assert.Contains("GROUP BY [e].[Code]", sql);
        Snapshot.Match(sql);
    }

    [Theory]
    [InlineData(AggregateDimension.Subject)]
    [InlineData(AggregateDimension.District)]
    [InlineData(AggregateDimension.Year)]
    public void Whole_dataset_aggregates_translate_to_TSQL_over_the_covering_indexes(AggregateDimension by)
    {
        // Over every budget: no budget filter, so SQL Server reads the subject, district or year totals maintained at
        // import by their clustered key (TableKind, Level, code, district or year), in its order.
        var sql = ExpenditureAggregator.Query(_db, null, by, SubjectLevel.Category).ToQueryString();
        Assert.DoesNotContain(" IN (", sql);
        Assert.DoesNotContain("[ExpenditureLines]", sql);
        Snapshot.Match(sql, new SnapshotNameExtension(by.ToString()));
    }

    [Theory]
    [InlineData("ByKey", false)]
    [InlineData("BySumDesc", true)]
    public void A_page_of_the_aggregate_by_unit_translates_to_TSQL_over_the_unit_totals(string name, bool bySum)
    {
        // The second page of 20 (+1): IX_ExpenditureUnitTotals_Slug (TableKind, Level, Slug) or IX_ExpenditureUnitTotals_Sum
        // (TableKind, Level, Sum DESC, Slug) give the order, both include the figures; the short name by the unit's key.
        IReadOnlyList<AggregateSort>? order = bySum ? [new AggregateSort(AggregateSortField.Sum, Descending: true)] : null;
        var sql = ExpenditureAggregator.Query(_db, null, AggregateDimension.Unit, SubjectLevel.Category, order: order)
            .Skip(20).Take(21).ToQueryString();
        Assert.Contains(bySum ? "ORDER BY [e].[Sum] DESC, [e].[Slug]" : "ORDER BY [e].[Slug]", sql);
        Assert.DoesNotContain("[ExpenditureLevelTotals]", sql);
        Snapshot.Match(sql, new SnapshotNameExtension(name));
    }

    [Fact]
    public void A_default_order_compare_page_walk_translates_to_TSQL()
    {
        // One code and year of compare's default order: the units in slug order (before the walk's bound), each one's
        // budget of the year and its lines of the code; the row goal (FETCH NEXT) stops the walk when the page is full.
        var request = new ComparisonRequest(["201"], null, null, SubjectLevel.Category);
        var sql = CrossUnitComparer.DefaultOrderWalk(_db, request, "201", 2024, "nanping", 11).ToQueryString().ReplaceLineEndings("\n");
        Assert.Contains("INNER JOIN \"Budgets\" AS b ON b.\"UnitId\" = u.\"Id\" AND b.\"FiscalYear\" = @p0", sql);
        Assert.Contains("ORDER BY u.\"Slug\", l.\"Id\"\nOFFSET 0 ROWS FETCH NEXT @p5 ROWS ONLY", sql);
        Assert.DoesNotContain("INDEXED BY", sql);
        Snapshot.Match(sql);
    }

    [Fact]
    public void The_aggregate_by_units_count_translates_to_TSQL_over_the_district_totals()
    {
        // totalCount of expenditureAggregate(by: UNIT) over every budget: the sum of the districts' unit counts, one
        // range of PK_ExpenditureDistrictTotals (TableKind, Level, DistrictName) — not a count of the unit totals.
        var sql = ExpenditureAggregator.UnitCounts(_db, SubjectLevel.Category).ToQueryString();
        Assert.Contains("FROM [ExpenditureDistrictTotals]", sql);
        Assert.DoesNotContain("[ExpenditureUnitTotals]", sql);
        Snapshot.Match(sql);
    }
}
