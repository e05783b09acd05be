using System.Globalization;
using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A <c>totalCount</c> filtered on one amount the importer counts by band, alone or with the year (issue 8: budgets of
/// 2024 above 1,000 万元, 10,001 index entries at 50,005 disclosures), sums the band counts and counts rows only in the
/// bands that hold a value of the filter — and is the number the rows give, for every decimal operation, null and
/// bounds beyond the column included: the same filter inside <c>and</c> (not a banded shape) counts the rows, and the
/// two must agree.
/// </summary>
public sealed class AmountBandCountTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    public static TheoryData<string, string> BandedFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in BudgetQuerySpec.Filter.BandedColumns.Keys) data.Add("budgets", field);
        foreach (var field in ProjectQuerySpec.Filter.BandedColumns.Keys) data.Add("projects", field);
        return data;
    }

    [Fact]
    public void The_banded_fields_are_the_columns_the_importer_counts_by_band()
    {
        var kept = AmountBands.Columns.Select(c => AmountBands.Key(c.Table, c.Column)).Order().ToArray();
        Assert.Equal(kept, BudgetQuerySpec.Filter.BandedColumns.Values.Concat(ProjectQuerySpec.Filter.BandedColumns.Values).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(BandedFields))]
    public async Task A_filter_of_one_banded_amount_is_counted_on_the_bands_as_the_rows_count_it(string connection, string field)
    {
        var amounts = await AmountsAsync(connection, field);
        // The least, a middle and the greatest amount the seeds hold: bounds that fall on a row's own amount.
        var (least, middle, greatest) = (amounts[0], amounts[amounts.Count / 2], amounts[^1]);
        string[] operations =
        [
            $"{{ eq: {middle} }}", "{ eq: null }", $"{{ neq: {middle} }}", "{ neq: null }", $"{{ gt: {least} }}", $"{{ gte: {middle} }}",
            $"{{ lt: {greatest} }}", $"{{ lte: {middle} }}", $"{{ ngt: {middle} }}", $"{{ ngte: {least} }}", $"{{ nlt: {greatest} }}",
            $"{{ nlte: {middle} }}", $"{{ in: [{least}, {greatest}, null] }}", $"{{ nin: [{middle}] }}", $"{{ gte: {least}, lt: {greatest} }}",
            "{ gte: 1000 }", "{ gte: 100 }", "{ lt: 10 }", "{ gt: 0 }", "{ eq: 0 }", "{ gte: 0.000001 }", "{ lt: -5 }", "{ gte: -5 }",
            "{ gt: 1e20 }", "{ lt: 1e20 }", "{ gt: -1e20 }", "{ in: [] }",
            // Bounds at a band's edge (1,000 is the least amount of its band, 1,099.999999 the greatest; 0.000099, 99
            // millionths, is a band of one amount), where the band is summed whole.
            "{ lt: 1000 }", "{ gt: 1099.999999 }", "{ lte: 1099.999999 }", "{ ngte: 1000 }", "{ eq: 0.000099 }", "{ neq: 0.000099 }",
            // And inside the band of 1,000 (shandong 2024 spends 1,009.24): its rows are counted.
            "{ gt: 1000 }", "{ lte: 1000 }", "{ gte: 1099.999999 }", "{ lt: 1099.999999 }", "{ ngt: 1000 }", "{ nlt: 1099.999999 }",
        ];
        var counts = new Dictionary<string, int>();
        foreach (var operation in operations) counts[operation] = await CountedOnBandsAsOnRowsAsync(connection, field, operation, year: null);
        // Real counts, not zeros: every non-null amount passes `lt: 1e20`; where the seeds hold two amounts or more (all
        // but the carry-over: nanping's 62.66 alone), some lie from the least up to below the greatest.
        Assert.Equal(amounts.Count, counts["{ lt: 1e20 }"]);
        Assert.True(least == greatest || counts[$"{{ gte: {least}, lt: {greatest} }}"] > 0, string.Join(", ", counts));
        foreach (var year in new[] { "{ eq: 2024 }", "{ in: [2023, 2025] }", "{ neq: 2024 }", "{ gt: 2030 }" })
        foreach (var operation in operations[..16])
            await CountedOnBandsAsOnRowsAsync(connection, field, operation, year);
    }

    [Fact]
    public async Task Budgets_by_year_alone_are_counted_on_the_bands_of_one_amount()
    {
        // Each budget is in one band of each amount in its year, null's row included: one amount's bands count them.
        var counts = new Dictionary<string, int>();
        foreach (var operation in new[] { "{ eq: 2024 }", "{ neq: 2024 }", "{ in: [2023, 2025] }", "{ nin: [2024] }", "{ gt: 2023 }",
                     "{ lte: 2023 }", "{ ngte: 2024 }", "{ eq: null }", "{ neq: null }", "{ eq: 1999 }", "{ gte: 2023, lt: 2025 }" })
        {
            fixture.Sql.Clear();
            counts[operation] = await TotalAsync($"budgets(where: {{ year: {operation} }}, first: 1)", "budgets");
            Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal));
            var rows = await TotalAsync($"budgets(where: {{ and: [{{ year: {operation} }}] }}, first: 1)", "budgets");
            Assert.True(rows == counts[operation], $"year {operation}: {counts[operation]} counted on the bands, {rows} rows");
        }
        // The seeds: nanping, ciqikou and shandong 2024, chaoyang 2023, jiangbeicheng 2025.
        Assert.Equal(3, counts["{ eq: 2024 }"]);
        Assert.Equal(2, counts["{ in: [2023, 2025] }"]);
        Assert.Equal(5, counts["{ neq: null }"]);
    }

    [Fact]
    public async Task Budgets_of_2024_at_or_above_1000_are_counted_on_the_bands()
    {
        // nanping 2024 (4,851.31 万元) and shandong 2024 (1,009.24, expenditure only: its disclosure has no financial tables)
        // against ciqikou 2024 (1,629.08, also performance tables only): the expenditure total counts nanping alone.
        Assert.Equal(1, await CountedOnBandsAsOnRowsAsync("budgets", "expenditureTotal", "{ gte: 1000 }", "{ eq: 2024 }"));
        Assert.Equal(3, await CountedOnBandsAsOnRowsAsync("budgets", "expenditure", "{ gte: 1000 }", "{ eq: 2024 }"));
        // 1,009.24 lies in the band of 1,000 to 1,099.999999, which a bound of 1,000 falls in: that band's rows are counted.
        Assert.Equal(2, await CountedOnBandsAsOnRowsAsync("budgets", "expenditure", "{ gte: 1009.25 }", "{ eq: 2024 }"));
    }

    [Fact]
    public async Task A_round_bound_sums_whole_bands_and_counts_no_budget()
    {
        // 1,000 万元 is the least amount of its band: every band is wholly above or below it, and no budget row is counted.
        Assert.Equal(1, await CountedOnBandsAsOnRowsAsync("budgets", "expenditureTotal", "{ gte: 1000 }", "{ eq: 2024 }"));
        fixture.Sql.Clear();
        await TotalAsync("budgets(where: { expenditureTotal: { gte: 1000 }, year: { eq: 2024 } }, first: 1)", "budgets");
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        // A bound inside a band (1,009.25) counts the rows of that band only.
        fixture.Sql.Clear();
        await TotalAsync("budgets(where: { expenditure: { gte: 1009.25 }, year: { eq: 2024 } }, first: 1)", "budgets");
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("COUNT(*)\nFROM \"Budgets\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_in_of_more_amounts_than_bands_it_counts_on_is_counted_on_the_rows()
    {
        var items = string.Join(", ", Enumerable.Range(1, AmountBandCounting.MaxBoundBands + 1).Select(i => (i * 100).ToString(CultureInfo.InvariantCulture)));
        fixture.Sql.Clear();
        var total = await TotalAsync($"budgets(where: {{ expenditure: {{ in: [{items}] }} }}, first: 1)", "budgets");
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("AmountBandCounts", StringComparison.Ordinal));
        Assert.Equal(0, total);
    }

    /// <summary>
    /// The <c>totalCount</c> of <paramref name="field"/>: <paramref name="operation"/> (and the year's, when given),
    /// summed on the band counts, and the same filter inside <c>and</c>, counted on the rows (no band counts read): equal.
    /// </summary>
    private async Task<int> CountedOnBandsAsOnRowsAsync(string connection, string field, string operation, string? year)
    {
        var terms = $"{field}: {operation}" + (year is null ? "" : $", year: {year}");
        fixture.Sql.Clear();
        var counted = await TotalAsync($"{connection}(where: {{ {terms} }}, first: 1)", connection);
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal));

        fixture.Sql.Clear();
        var rows = await TotalAsync($"{connection}(where: {{ and: [{{ {terms} }}] }}, first: 1)", connection);
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("AmountBandCounts", StringComparison.Ordinal));
        Assert.True(rows == counted, $"{connection} {terms}: {counted} counted on the bands, {rows} rows");
        return counted;
    }

    /// <summary>The field's non-null amounts on the seeds' rows, least first, as the filter writes them (万元).</summary>
    private async Task<List<string>> AmountsAsync(string connection, string field)
    {
        var key = (connection == "budgets" ? BudgetQuerySpec.Filter.BandedColumns : ProjectQuerySpec.Filter.BandedColumns)[field];
        var (table, column) = (key.Split('.')[0], key.Split('.')[1]);
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        var stored = table == "Budgets"
            ? (await db.Budgets.AsNoTracking().ToListAsync()).Select(b => (long?)typeof(Budget).GetProperty(column)!.GetValue(b))
            : (await db.Projects.AsNoTracking().ToListAsync()).Select(p => (long?)typeof(Project).GetProperty(column)!.GetValue(p));
        var amounts = stored.OfType<long>().Order().Select(a => FixedPoint.FromStored(a).ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(amounts);
        return amounts;
    }

    private async Task<int> TotalAsync(string selection, string connection) =>
        (await fixture.DataAsync($"{{ {selection} {{ totalCount }} }}")).GetProperty(connection).GetProperty("totalCount").GetInt32();
}
