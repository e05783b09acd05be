using System.Globalization;
using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// Random <c>expenditureAggregate</c> requests — every grouping, level and table, with and without years, units and a
/// budget filter, in random orders, a first page and the page after it — answered by the service (from the totals kept
/// at import over every budget, from each budget's level totals or from the lines otherwise) and by an oracle that
/// groups the expenditure lines themselves in memory: every group's key, sum, count, minimum and maximum must agree.
/// </summary>
public sealed class AggregateDifferentialTests(SyntheticCopiesFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticCopiesFixture>
{
    private const int Cases = 250;

    private static readonly (string GraphQL, FunctionalTableKind Kind)[] Tables =
    [
        ("GENERAL_PUBLIC_BUDGET_EXPENDITURE", FunctionalTableKind.GeneralPublicBudgetExpenditure),
        ("DEPARTMENT_EXPENDITURE", FunctionalTableKind.DepartmentExpenditure),
        ("GOVERNMENT_FUND_EXPENDITURE", FunctionalTableKind.GovernmentFundExpenditure),
        ("STATE_CAPITAL_EXPENDITURE", FunctionalTableKind.StateCapitalExpenditure),
    ];

    private static readonly (string GraphQL, SubjectLevel Level)[] Levels =
        [("CATEGORY", SubjectLevel.Category), ("SECTION", SubjectLevel.Section), ("ITEM", SubjectLevel.Item)];

    private sealed record Group(string Key, long Sum, int Count, long? Min, long? Max);

    [Fact]
    public async Task Every_group_agrees_with_the_lines_summed_in_memory()
    {
        using var db = fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        var units = db.Units.AsNoTracking().ToDictionary(u => u.Id);
        var budgets = db.Budgets.AsNoTracking().ToList();
        var lines = db.ExpenditureLines.AsNoTracking().ToList();
        if (fixture.ExpectedBudgets is not null) Assert.True(lines.Count > 1_000, $"{lines.Count} lines");
        var linesOf = lines.ToLookup(l => l.BudgetId);
        var slugs = units.Values.Select(u => u.Slug).Order(StringComparer.Ordinal).ToList();
        var years = budgets.Select(b => b.FiscalYear).Distinct().Order().ToList();
        ConnectionOracle<Budget> budgetOracle = null!;
        budgetOracle = new ConnectionOracle<Budget>("budgets", budgets, b => b.Id,
        [
            Terms.Whole("year", b => b.FiscalYear, () => budgetOracle),
            Terms.Number("expenditureTotal", b => b.ExpenditureTotal, () => budgetOracle),
            Terms.Number("projectExpenditure", b => b.ProjectExpenditure, () => budgetOracle),
            Terms.Number("carryOver", b => b.CarryOver, () => budgetOracle),
        ], []);

        var random = new Random(11);
        var disagreements = new List<string>();
        var (everyBudget, empty) = (0, 0);
        for (var c = 0; c < Cases; c++)
        {
            var by = new[] { "SUBJECT", "DISTRICT", "YEAR", "UNIT" }[random.Next(4)];
            var level = random.Next(4) == 0 ? null : (ValueTuple<string, SubjectLevel>?)Levels[random.Next(Levels.Length)];
            var table = random.Next(3) == 0 ? (ValueTuple<string, FunctionalTableKind>?)Tables[random.Next(Tables.Length)] : null;
            var chosenYears = random.Next(4) == 0 ? years.Where(_ => random.Next(2) == 0).ToList() : null;
            var chosenSlugs = random.Next(5) == 0 ? Enumerable.Range(0, random.Next(1, 4)).Select(_ => slugs[random.Next(slugs.Count)]).Distinct().ToList() : null;
            var where = random.Next(3) == 0 ? budgetOracle.Filter(random) : null;
            var order = new[] { "", "[{ sum: DESC }]", "[{ sum: ASC }]", "[{ count: DESC }]", "[{ key: DESC }]", "[{ count: ASC }, { sum: DESC }]" }[random.Next(6)];
            var size = new[] { 3, 50, 500 }[random.Next(3)];

            var arguments = new List<string> { $"by: {by}" };
            if (level is { } l) arguments.Add($"level: {l.Item1}");
            if (table is { } t) arguments.Add($"table: {t.Item1}");
            if (chosenYears is not null) arguments.Add($"years: [{string.Join(", ", chosenYears)}]");
            if (chosenSlugs is not null) arguments.Add($"unitSlugs: [{string.Join(", ", chosenSlugs.Select(s => $"\"{s}\""))}]");
            if (where is not null) arguments.Add($"where: {{ {where.GraphQL} }}");
            if (order.Length > 0) arguments.Add($"order: {order}");
            if (chosenYears is null && chosenSlugs is null && where is null) everyBudget++;

            var inScope = budgets.Where(b => (chosenYears is null || chosenYears.Contains(b.FiscalYear))
                                             && (chosenSlugs is null || chosenSlugs.Contains(units[b.UnitId].Slug))
                                             && (where is null || where.Holds(b)));
            var tableKind = table?.Item2 ?? FunctionalTableKind.GeneralPublicBudgetExpenditure;
            var subjectLevel = level?.Item2 ?? SubjectLevel.Category;
            var scoped = inScope.SelectMany(b => linesOf[b.Id]).Where(x => x.TableKind == tableKind && x.Level == subjectLevel);
            var expected = scoped.GroupBy(x => by switch
                {
                    "SUBJECT" => x.Code,
                    "DISTRICT" => units[x.UnitId].DistrictName ?? "",
                    "YEAR" => x.FiscalYear.ToString(CultureInfo.InvariantCulture),
                    _ => units[x.UnitId].Slug,
                }, StringComparer.Ordinal)
                .Select(g => new Group(g.Key, g.Sum(x => x.Total ?? 0), g.Count(), g.Min(x => x.Total), g.Max(x => x.Total)))
                .ToList();
            expected.Sort(Comparer(order, by == "YEAR"));
            if (expected.Count == 0) empty++;

            var skipped = random.Next(2) == 0 || expected.Count <= 1 ? 0 : random.Next(1, expected.Count);
            var query = $"{{ expenditureAggregate({string.Join(", ", arguments)}, first: {size}" +
                        (skipped == 0 ? "" : $", after: \"{BudgetGraph.Api.GraphQL.Connections.Cursor.Encode(skipped - 1)}\"") +
                        ") { totalCount pageInfo { hasNextPage } rows { key sum count min max } } }";
            if (await PageCheck.DisagreementAsync(fixture, query, "expenditureAggregate", "rows", expected, skipped, size, Read) is { } disagreement)
                disagreements.Add(disagreement);
        }

        output.WriteLine($"{Cases} requests: {everyBudget} over every budget, {empty} with no group");
        foreach (var d in disagreements.Take(20)) output.WriteLine(d);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Cases} requests disagree with the lines:\n" + string.Join("\n", disagreements.Take(5)));
    }

    private static Group Read(JsonElement row) => new(
        row.GetProperty("key").GetString()!,
        FixedPoint.ToStored(row.GetProperty("sum").GetDecimal()),
        row.GetProperty("count").GetInt32(),
        row.GetProperty("min").ValueKind == JsonValueKind.Null ? null : FixedPoint.ToStored(row.GetProperty("min").GetDecimal()),
        row.GetProperty("max").ValueKind == JsonValueKind.Null ? null : FixedPoint.ToStored(row.GetProperty("max").GetDecimal()));

    // The order's keys, then the key ascending: text by code point (SQLite's BINARY), a year as a number.
    private static Comparison<Group> Comparer(string order, bool yearKeys)
    {
        int ByKey(Group a, Group b) => yearKeys
            ? int.Parse(a.Key, CultureInfo.InvariantCulture).CompareTo(int.Parse(b.Key, CultureInfo.InvariantCulture))
            : string.CompareOrdinal(a.Key, b.Key);
        var keys = new List<Comparison<Group>>();
        foreach (var part in order.Split("},", StringSplitOptions.RemoveEmptyEntries))
        {
            var descending = part.Contains("DESC", StringComparison.Ordinal);
            Comparison<Group> compare = part.Contains("sum", StringComparison.Ordinal) ? (a, b) => a.Sum.CompareTo(b.Sum)
                : part.Contains("count", StringComparison.Ordinal) ? (a, b) => a.Count.CompareTo(b.Count)
                : ByKey;
            keys.Add(descending ? (a, b) => compare(b, a) : compare);
        }
        keys.Add(ByKey);
        return (a, b) => keys.Select(k => k(a, b)).FirstOrDefault(r => r != 0);
    }
}
