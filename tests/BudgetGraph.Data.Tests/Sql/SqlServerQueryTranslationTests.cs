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
    public void Whole_dataset_aggregates_translate_to_TSQL_over_the_covering_indexes(AggregateDimension by)
    {
        // Over every budget: no budget filter, so SQL Server reads IX_ExpenditureLines_Aggregate_Subject (key TableKind,
        // Level, Code; Total and Name included) alone, or the district totals' clustered key (TableKind, Level, district).
        var sql = ExpenditureAggregator.Query(_db, null, by, SubjectLevel.Category).ToQueryString();
        Assert.DoesNotContain(" IN (", sql);
        Snapshot.Match(sql, new SnapshotNameExtension(by.ToString()));
    }
}
