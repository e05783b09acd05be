using BudgetGraph.Data;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData, then one SYNTHETIC unit's budget of 2024 with 190 cards: 160 of 500 万元 (no category), 30 of the SYNTHETIC
/// category 乙 — 10 of them of 600 万元, 20 of 0. The cards of 500 万元 or more (170, and SeedData's) weigh less, read in
/// IX_Projects_Amount_Categories (their entries, one in <c>ScatteredRowCost</c> of a card), than 乙's 30 cards read from
/// the category's index, though not half as much.
/// </summary>
public sealed class CarriedAmountFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        var unit = new Unit { Slug = "synthetic-carried", OfficialName = "SYNTHETIC 单位", ShortName = "SYNTHETIC", DistrictName = "甲区" };
        var budget = new Budget
        {
            Unit = unit, FiscalYear = 2024, DistrictName = unit.DistrictName,
            SourceDocument = new SourceDocument
            {
                FileName = "SYNTHETIC-carried-2024.txt", Sha256 = new string('c', 64), EncodingName = "utf-8", LineCount = 1,
                ImportedAt = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero),
            },
        };
        var table = new DisclosedTable { Budget = budget, Kind = BudgetGraph.Parsing.Model.TableKind.ProjectPerformance, Title = "项目绩效目标表", StartLine = 1, EndLine = 1 };
        db.Budgets.Add(budget);
        db.SaveChanges();
        db.Projects.AddRange(Enumerable.Range(0, 190).Select(i => new Project
        {
            Budget = budget, UnitId = budget.UnitId, FiscalYear = 2024, DistrictName = unit.DistrictName, Ordinal = i + 1, Name = $"SYNTHETIC 项目 {i}",
            SourceLine = i + 1, Table = table,
            Category = i < 160 ? null : "SYNTHETIC 乙",
            Amount = FixedPoint.ToStored(i < 160 ? 500m : i < 170 ? 600m : 0m),
        }));
        db.SaveChanges();
        // Rows written here bypass the importer, which keeps the band, value, combination and row counts: counted again.
        SeedData.CountAgain(db);
    }
}

/// <summary>
/// A term whose index carries the others is read there whenever it weighs less than the next term, not only at half
/// (<c>EntityQueries.ReadFromRarestAsync</c>): its entries are one range, no row looked up, and a card looked up from
/// another index costs more than <c>ScatteredRowCost</c> of them (issue 8: 一般性项目 beside 100 万元 or more at 50,005
/// disclosures, 100,010 entries 6 ms in the SQLite shell where 20,002 cards were 12). The count is the bands' kept beside
/// the category (session 56); the page is read there.
/// </summary>
public sealed class CarriedIndexBesideTermsTests(CarriedAmountFixture fixture) : IClassFixture<CarriedAmountFixture>
{
    [Fact]
    public async Task A_category_beside_an_amount_that_weighs_less_is_read_in_the_amounts_index()
    {
        const string query = """{ projects(where: { category: { eq: "SYNTHETIC 乙" }, amount: { gte: 500 } }, first: 20) { totalCount nodes { name amount } } }""";
        // Counted on the amount's bands kept beside the category (AmountBandCountTests), the page read in the amount's index.
        var plan = await fixture.PlanOfAsync(query, "LIMIT");
        Assert.Contains("USING COVERING INDEX IX_Projects_Amount_Categories (Amount>?)", plan);
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"AmountBandCounts\"", StringComparison.Ordinal) && c.Contains("\"Category\" = ", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(", StringComparison.Ordinal));
        var page = (await fixture.DataAsync(query)).GetProperty("projects");
        Assert.Equal(10, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(Enumerable.Range(160, 10).Select(i => $"SYNTHETIC 项目 {i}"),
            page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(600m, n.GetProperty("amount").GetDecimal()));
    }
}
