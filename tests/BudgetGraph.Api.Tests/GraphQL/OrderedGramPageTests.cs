using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using BudgetGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData's indicators (none with 满意 under a target of 90: its five 满意 names all aim at 90) followed by SYNTHETIC
/// overall-goal indicators of its jiangbeicheng 2025 budget: 1,600 named SYNTHETIC 重指标 i, of weight 50 and target 95
/// (the first 20: 89.5), then 200 named SYNTHETIC 满意度 i, of weight 1 and target 89 — the 200 matches of 满意 (or
/// 满意度) under 90 are the lightest rows, the highest targets under 90 but for those 20, and fewer than one in eight of
/// the 1,800-odd indicators. Every SYNTHETIC indicator is core (SeedData has six core ones, none of ≤).
/// </summary>
public sealed class OrderedGramPageFixture : BudgetGraphFixture
{
    public const int Heavy = 1600;
    public const int Matches = 200;

    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        var budget = db.Budgets.Include(b => b.Unit).Single(b => b.Unit.Slug == "jiangbeicheng" && b.FiscalYear == 2025);
        Indicator Synthetic(string name, int ordinal, decimal weight, string op, decimal target) => new()
        {
            BudgetId = budget.Id, UnitId = budget.UnitId, FiscalYear = 2025, DistrictName = budget.Unit.DistrictName, Ordinal = ordinal,
            Name = name, Weight = FixedPoint.ToStored(weight), Operator = op, NumericTarget = FixedPoint.ToStored(target), UnitOfMeasure = "%",
            IsCore = true, SourceLine = 1,
        };
        db.Indicators.AddRange(Enumerable.Range(0, Heavy).Select(i => Synthetic($"SYNTHETIC 重指标 {i}", 1000 + i, 50m, "≥", i < 20 ? 89.5m : 95m)));
        db.SaveChanges();
        // Of ≤ but for the first 10 of them (SeedData has none of ≤).
        db.Indicators.AddRange(Enumerable.Range(0, Matches).Select(i => Synthetic($"SYNTHETIC 满意度 {i}", 3000 + i, 1m, i < 10 ? "≥" : "≤", 89m)));
        db.SaveChanges();
        db.SaveChanges();
        // Rows written here bypass the importer: the name grams and the counts derived again, as the migrations and a bulk load do.
        db.Database.ExecuteSqlRaw("DELETE FROM \"NameGrams\";");
        db.Database.ExecuteSqlRaw(BudgetGraph.Data.Search.NameGramSql.RebuildSqlite);
        SeedData.CountAgain(db);
    }
}

/// <summary>
/// A page in another order than the key's, of a filter the gram index holds — a name's <c>contains</c> beside the target
/// its gram rows carry — whose gram rows are fewer than one in eight of the table's rows: the page is looked for among
/// the order's first rows (<c>OrderProbe</c>: at most one in eight of the candidates), then read from the gram rows that
/// pass the target, each row by key, sorted (<c>EntityQueries.FewCandidatesAsync</c>) — not by reading the order's index
/// from its start, each row looked up to test the name (issue 8: at 5,005 disclosures the indicators with 满意 under 90
/// weigh 15 points at most, after 104,104 heavier ones: their page by weight descending 80 ms, 760 at 50,005).
/// </summary>
public sealed class OrderedGramPageTests(OrderedGramPageFixture fixture) : IClassFixture<OrderedGramPageFixture>
{
    private OrderedGramPageFixture Fixture { get; } = fixture;

    private static string[] Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    private static string[] Synthetic(IEnumerable<int> numbers) => numbers.Select(i => $"SYNTHETIC 满意度 {i}").ToArray();

    // The page's read restricted to the gram rows passing the target (the filter's own candidates, when few, are
    // another list: `"i"."Id" + 0 IN (…)`, without the target).
    private IEnumerable<string> GramRowReads => Fixture.Sql.Commands.Where(c => c.StartsWith("SELECT \"i\".\"Id\"", StringComparison.Ordinal)
        && Regex.IsMatch(c, GramRowRead));

    private const string GramRowRead =
        "\"i\"\\.\"Id\" IN \\(\\s+SELECT \"n\\d*\"\\.\"EntityId\"\\s+FROM \"NameGrams\" AS \"n\\d*\"\\s+WHERE [^)]* \"n\\d*\"\\.\"Value\" < @";

    // The probe of the order's first rows: one in eight of the 200 candidates.
    private IEnumerable<string> Probes => Fixture.Sql.Commands.Where(c => c.Contains("LIMIT 25", StringComparison.Ordinal));

    [Theory]
    [InlineData("满意")]
    [InlineData("满意度")]
    public async Task Matches_lying_late_in_the_order_are_read_from_their_gram_rows(string pattern)
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($$"""
            { indicators(where: { name: { contains: "{{pattern}}" }, numericTarget: { lt: 90 } }, order: [{ weight: DESC }], first: 3) {
                totalCount nodes { name weight } } }
            """)).GetProperty("indicators");
        Assert.Equal(OrderedGramPageFixture.Matches, page.GetProperty("totalCount").GetInt32());
        // All of weight 1, after the 1,600 of 50: in key order.
        Assert.Equal(Synthetic([0, 1, 2]), Names(page));
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(1m, n.GetProperty("weight").GetDecimal()));
        // The probe of the first 25 rows by weight (all of 50) found none; then the gram rows passing the target.
        Assert.Single(Probes);
        var read = Assert.Single(GramRowReads);
        Assert.Contains("ORDER BY \"i\".\"Weight\" DESC, \"i\".\"Id\"", read);
        // SQLite starts from those gram rows (IX_NameGrams_Kind_Gram_Value's range under 90), each row read by its key,
        // and sorts them: it does not read the weight's index from its start.
        var index = Fixture.Sql.Commands.ToList().IndexOf(read);
        var plan = await QueryPlan.ExplainAllAsync(Fixture.DatabasePath, [(read, Fixture.Sql.Parameters[index])]);
        Assert.Contains("USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.Contains("IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=? AND Value<?)", plan);
        Assert.DoesNotContain("IX_Indicators_Weight", plan);
    }

    [Fact]
    public async Task Beside_a_term_the_gram_rows_do_not_carry_the_matches_are_among_the_rarest_rows()
    {
        // Core: 1,806 indicators, no fewer than 满意's 205 gram rows — the page read among those (each tested for the core mark).
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, isCore: { eq: true } }, order: [{ weight: DESC }], first: 3) { totalCount nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(OrderedGramPageFixture.Matches, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(Synthetic([0, 1, 2]), Names(page));
        Assert.Single(Probes);
        Assert.Single(Fixture.Sql.Commands, c => c.StartsWith("SELECT \"i\".\"Id\"", StringComparison.Ordinal) && Regex.IsMatch(c, RarestGramRowRead));
        // Of ≤ (190 rows, fewer than 满意's 205): probed (the first 23 by weight, all of 50), then among the rows of ≤ from the
        // operator's index, not the gram's.
        Fixture.Sql.Clear();
        var ofLe = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, operator: { eq: "≤" } }, order: [{ weight: DESC }], first: 3) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic([10, 11, 12]), Names(ofLe));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => Regex.IsMatch(c, RarestGramRowRead));
        Assert.Single(Fixture.Sql.Commands, c => c.Contains("LIMIT 23", StringComparison.Ordinal));
        var read = Assert.Single(Fixture.Sql.Commands, c => Regex.IsMatch(c, "\"i\"\\.\"Id\" IN \\(\\s+SELECT \"i0\"\\.\"Id\"\\s+FROM \"Indicators\" AS \"i0\"\\s+WHERE \"i0\"\\.\"Operator\" = @"));
        var plan = await QueryPlan.ExplainAllAsync(Fixture.DatabasePath, [(read, Fixture.Sql.Parameters[Fixture.Sql.Commands.ToList().IndexOf(read)])]);
        Assert.Contains("IX_Indicators_Operator_Orders (Operator=?)", plan);
        Assert.DoesNotContain("IX_Indicators_Weight", plan);
    }

    // The page's read among the rarest gram's rows, all of them (no condition on their number).
    private const string RarestGramRowRead =
        "\"i\"\\.\"Id\" IN \\(\\s+SELECT \"n\\d*\"\\.\"EntityId\"\\s+FROM \"NameGrams\" AS \"n\\d*\"\\s+WHERE \"n\\d*\"\\.\"Kind\" = @\\w+ AND \"n\\d*\"\\.\"Gram\" = @\\w+\\s+\\)";

    [Theory]
    [InlineData("DESC")]
    [InlineData("ASC")]
    public async Task A_later_page_and_the_last_are_the_sorted_matches_too(string direction)
    {
        // All 200 of weight 1: in key order either way. By weight ascending they come first (the probe finds a page
        // from the start; a last page is read from the end, not probed).
        var after = (await Fixture.DataAsync($$"""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, order: [{ weight: {{direction}} }], first: 3, after: "MTk4") {
                nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic([199]), Names(after));
        var last = (await Fixture.DataAsync($$"""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, order: [{ weight: {{direction}} }], last: 2) {
                nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic([198, 199]), Names(last));
    }

    [Fact]
    public async Task Matches_lying_early_in_the_order_are_found_by_the_probe()
    {
        // By weight ascending: the 200 of weight 1 come first.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, order: [{ weight: ASC }], first: 3) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic([0, 1, 2]), Names(page));
        var probe = Assert.Single(Probes);
        Assert.Contains("ORDER BY \"i0\".\"Weight\", \"i0\".\"Id\"", probe);
        Assert.Empty(GramRowReads);
    }

    [Fact]
    public async Task A_probe_that_finds_part_of_the_page_is_not_the_page()
    {
        // By target descending, of the targets under 90 (the probe reads that range of the target's index): the first
        // 25 are the 20 of 89.5 (not 满意) and 5 of the 200 of 89 — fewer than the page's 10 and the row after it.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, order: [{ numericTarget: DESC }], first: 10) {
                pageInfo { hasNextPage } nodes { name numericTarget } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic(Enumerable.Range(0, 10)), Names(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(89m, n.GetProperty("numericTarget").GetDecimal()));
        var probe = Assert.Single(Probes);
        Assert.Contains("ORDER BY \"i0\".\"NumericTarget\" DESC, \"i0\".\"Id\"", probe);
        Assert.Contains("WHERE \"i0\".\"NumericTarget\" < @", probe);
        Assert.Contains("ORDER BY \"i\".\"NumericTarget\" DESC, \"i\".\"Id\"", Assert.Single(GramRowReads));
    }

    [Fact]
    public async Task The_names_own_order_and_the_keys_are_read_as_before()
    {
        Fixture.Sql.Clear();
        var byName = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, order: [{ name: DESC }], first: 2) { nodes { name } } }
            """)).GetProperty("indicators");
        // SYNTHETIC 满意度 99, 98 … 10, 1 in text order, descending: 99 first.
        Assert.Equal(Synthetic([99, 98]), Names(byName));
        var byKey = (await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, first: 2) { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(Synthetic([0, 1]), Names(byKey));
        Assert.Empty(Probes);
        Assert.DoesNotContain(GramRowReads, c => c.Contains("ORDER BY \"i\".\"Name\" DESC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_a_filter_the_gram_rows_hold_is_among_them()
    {
        await using var db = await Fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        var filter = IndicatorQuerySpec.Filter;
        static Dictionary<string, object?> Where(params (string Field, string Operation, object? Value)[] terms) =>
            terms.ToDictionary(t => t.Field, t => (object?)new Dictionary<string, object?> { [t.Operation] = t.Value }, StringComparer.Ordinal);
        async Task<int?> RowsAsync(Dictionary<string, object?> where, string? orderedBy = "weight") =>
            filter.CandidatesOfNameMatch(db, () => db.Indicators.AsNoTracking(), where, orderedBy) is { } rows
                ? (await rows(CancellationToken.None))?.Rows
                : null;

        // One gram: exactly the matches. Several: the rows of the gram fewest pass the target (满意 and 意度 alike here).
        Assert.Equal(200, await RowsAsync(Where(("name", "contains", "满意"), ("numericTarget", "lt", 90m))));
        Assert.Equal(200, await RowsAsync(Where(("name", "contains", "满意度"), ("numericTarget", "lt", 90m))));
        // 满意 alone: SeedData's five names (target 90) too.
        Assert.Equal(205, await RowsAsync(Where(("name", "contains", "满意"))));
        // A term the gram rows do not carry (or a condition keeping a name without a target, whose gram rows are not
        // counted), with a kept count of no fewer rows: the rows of the pattern's rarest gram (满意: 205; 意度: 201, with
        // SeedData's 食堂用餐满意度). Fewer: that term's rows (190 of ≤; no target is null: none).
        Assert.Equal(205, await RowsAsync(Where(("name", "contains", "满意"), ("weight", "lt", 90m))));
        Assert.Equal(205, await RowsAsync(Where(("name", "contains", "满意"), ("isCore", "eq", true))));
        Assert.Equal(201, await RowsAsync(Where(("name", "contains", "满意度"))));
        Assert.Equal(0, await RowsAsync(Where(("name", "contains", "满意度"), ("numericTarget", "eq", null))));
        Assert.Equal(190, await RowsAsync(Where(("name", "contains", "满意"), ("operator", "eq", "≤"))));
        // A term with no kept count (a nested object's) may keep fewer: not among them.
        var ofUnit = Where(("name", "contains", "满意"));
        ofUnit["unit"] = new Dictionary<string, object?> { ["slug"] = new Dictionary<string, object?> { ["eq"] = "jiangbeicheng" } };
        Assert.Null(await RowsAsync(ofUnit));
        // No name; the name's own order.
        Assert.Null(await RowsAsync(Where(("numericTarget", "lt", 90m))));
        Assert.Null(await RowsAsync(Where(("name", "contains", "满意"), ("numericTarget", "lt", 90m)), orderedBy: "name"));
    }
}
