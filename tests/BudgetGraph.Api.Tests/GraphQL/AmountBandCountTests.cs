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
/// A <c>totalCount</c> filtered on one amount the importer counts by band, alone, with the year or (a card's) its category and core mark (issue 8: budgets of
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
        // Each counted alone by its field, and counted beside other columns by its field's split (a card's amount beside
        // its category and core mark).
        var kept = AmountBands.Columns.Select(c => c.Key).Order().ToArray();
        var filters = new[] { BudgetQuerySpec.Filter.BandedColumns, BudgetQuerySpec.Filter.BandSplits, ProjectQuerySpec.Filter.BandedColumns, ProjectQuerySpec.Filter.BandSplits };
        Assert.Equal(kept, filters.SelectMany(f => f.Values).Order().ToArray());
        Assert.Equal("Projects.Amount@Category,HasCoreIndicator", ProjectQuerySpec.Filter.BandSplits["amount"]);
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
        foreach (var operation in operations) counts[operation] = await CountedOnBandsAsOnRowsAsync(connection, field, operation, beside: null);
        // Real counts, not zeros: every non-null amount passes `lt: 1e20`; where the seeds hold two amounts or more (all
        // but the carry-over: nanping's 62.66 alone), some lie from the least up to below the greatest.
        Assert.Equal(amounts.Count, counts["{ lt: 1e20 }"]);
        Assert.True(least == greatest || counts[$"{{ gte: {least}, lt: {greatest} }}"] > 0, string.Join(", ", counts));
        foreach (var year in new[] { "{ eq: 2024 }", "{ in: [2023, 2025] }", "{ neq: 2024 }", "{ gt: 2030 }" })
        foreach (var operation in operations[..16])
            await CountedOnBandsAsOnRowsAsync(connection, field, operation, $"year: {year}");
    }

    [Fact]
    public async Task A_cards_amount_beside_its_category_or_core_mark_is_counted_on_the_bands_kept_beside_them()
    {
        // The seeds' cards of 100 万元 or more: chaoyang 2023's 清扫保洁服务外包 (100 万元, 一般性项目 — the only cards with
        // a category are chaoyang's two, both with a core indicator); 2024's nanping three with a core indicator and
        // ciqikou's and shandong's three without; 2025's jiangbeicheng three, core.
        Assert.Equal(1, await CountedOnBandsAsOnRowsAsync("projects", "amount", "{ gte: 100 }", "category: { eq: \"一般性项目\" }"));
        Assert.Equal(7, await CountedOnBandsAsOnRowsAsync("projects", "amount", "{ gte: 100 }", "hasCoreIndicator: { eq: true }"));
        Assert.Equal(3, await CountedOnBandsAsOnRowsAsync("projects", "amount", "{ gte: 100 }", "hasCoreIndicator: { eq: false }"));
        Assert.Equal(3, await CountedOnBandsAsOnRowsAsync("projects", "amount", "{ gte: 100 }", "hasCoreIndicator: { eq: true }, year: { eq: 2024 }"));
        Assert.Equal(9, await CountedOnBandsAsOnRowsAsync("projects", "amount", "{ gte: 100 }", "category: { eq: null }"));
        // 100 万元 exactly is the least amount of its band: 一般性项目's one card is summed on the bands, the rows not read.
        fixture.Sql.Clear();
        await TotalAsync("projects(where: { amount: { gte: 100 }, category: { eq: \"一般性项目\" } }, first: 1)", "projects");
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        // Every operation of the category, the core mark and both, with every year's, against the rows.
        string[] amounts = ["{ gte: 100 }", "{ lt: 100 }", "{ gt: 100 }", "{ eq: 100 }", "{ neq: 313.4 }", "{ eq: null }", "{ in: [100, 1149.38] }", "{ gte: 10, lt: 1000 }"];
        string[] besides =
        [
            "category: { eq: \"一般性项目\" }", "category: { neq: \"一般性项目\" }", "category: { eq: null }", "category: { neq: null }",
            "category: { in: [\"一般性项目\", null] }", "category: { contains: \"一般\" }", "category: { ncontains: \"一般\" }",
            "category: { startsWith: \"x\" }", "hasCoreIndicator: { eq: true }", "hasCoreIndicator: { neq: true }",
            "hasCoreIndicator: { eq: false }, category: { eq: null }", "category: { eq: \"一般性项目\" }, hasCoreIndicator: { eq: true }, year: { eq: 2023 }",
            "hasCoreIndicator: { eq: true }, year: { in: [2024, 2025] }", "category: { eq: null }, year: { neq: 2024 }",
        ];
        foreach (var amount in amounts)
            foreach (var beside in besides)
                await CountedOnBandsAsOnRowsAsync("projects", "amount", amount, beside);
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
        Assert.Equal(1, await CountedOnBandsAsOnRowsAsync("budgets", "expenditureTotal", "{ gte: 1000 }", "year: { eq: 2024 }"));
        Assert.Equal(3, await CountedOnBandsAsOnRowsAsync("budgets", "expenditure", "{ gte: 1000 }", "year: { eq: 2024 }"));
        // 1,009.24 lies in the band of 1,000 to 1,099.999999, which a bound of 1,000 falls in: that band's rows are counted.
        Assert.Equal(2, await CountedOnBandsAsOnRowsAsync("budgets", "expenditure", "{ gte: 1009.25 }", "year: { eq: 2024 }"));
    }

    [Fact]
    public async Task A_round_bound_sums_whole_bands_and_counts_no_budget()
    {
        // 1,000 万元 is the least amount of its band: every band is wholly above or below it, and no budget row is counted.
        Assert.Equal(1, await CountedOnBandsAsOnRowsAsync("budgets", "expenditureTotal", "{ gte: 1000 }", "year: { eq: 2024 }"));
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
    /// The <c>totalCount</c> of <paramref name="field"/>: <paramref name="operation"/> (and the terms <paramref name="beside"/>
    /// it, when given: the year's, a card's category and core mark), summed on the band counts, and the same filter inside
    /// <c>and</c>, counted on the rows (no band counts read): equal.
    /// </summary>
    private async Task<int> CountedOnBandsAsOnRowsAsync(string connection, string field, string operation, string? beside)
    {
        var terms = $"{field}: {operation}" + (beside is null ? "" : $", {beside}");
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
