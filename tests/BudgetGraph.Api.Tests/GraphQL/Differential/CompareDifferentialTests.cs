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
/// Random <c>compare</c> requests — subject codes, units, years, a level, a table, <c>top</c>, an order, a page and the
/// page after a cursor — answered by the service (filter, dense ranks, order and paging in SQL) and by an oracle over
/// the expenditure lines in memory: each row's unit, year, code, line, total, basic, project, rank and overall rank,
/// the rows' order, totalCount and hasNextPage must agree. Ranks as documented: by total descending among the rows
/// selected (a missing total as 0), ties sharing a rank, the next total the next number; within the subject and year
/// (<c>rank</c>) or the subject alone (<c>overallRank</c>).
/// </summary>
public sealed class CompareDifferentialTests(SyntheticCopiesFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticCopiesFixture>
{
    private const int Cases = 200;

    private sealed record Row(string Slug, string ShortName, int Year, string Code, int SourceLine, long? Total, long? Basic, long? Project)
    {
        public int Id { get; init; }
        public int Rank { get; set; }
        public int OverallRank { get; set; }
        public override string ToString() => $"{Slug} {Year} {Code} l.{SourceLine} {Total} rank {Rank}/{OverallRank}";
    }

    [Fact]
    public async Task Every_row_and_rank_agrees_with_the_lines_ranked_in_memory()
    {
        using var db = fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        var units = db.Units.AsNoTracking().ToDictionary(u => u.Id);
        var lines = db.ExpenditureLines.AsNoTracking().ToList();
        var slugs = units.Values.Select(u => u.Slug).Order(StringComparer.Ordinal).ToList();
        var years = lines.Select(l => l.FiscalYear).Distinct().Order().ToList();
        var levels = new[] { ("CATEGORY", SubjectLevel.Category), ("SECTION", SubjectLevel.Section), ("ITEM", SubjectLevel.Item) };
        var tables = new[] { ("GENERAL_PUBLIC_BUDGET_EXPENDITURE", FunctionalTableKind.GeneralPublicBudgetExpenditure), ("DEPARTMENT_EXPENDITURE", FunctionalTableKind.DepartmentExpenditure) };
        var orders = new (string GraphQL, Comparison<Row>? Compare)[]
        {
            ("", null),
            ("[{ total: DESC }]", (a, b) => Nullable.Compare(b.Total, a.Total)),
            ("[{ total: ASC }]", (a, b) => Nullable.Compare(a.Total, b.Total)),
            ("[{ rank: ASC }, { unitSlug: DESC }]", (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(b.Slug, a.Slug)),
            ("[{ overallRank: ASC }]", (a, b) => a.OverallRank.CompareTo(b.OverallRank)),
            ("[{ year: DESC }, { basic: DESC }]", (a, b) => a.Year != b.Year ? b.Year.CompareTo(a.Year) : Nullable.Compare(b.Basic, a.Basic)),
            ("[{ project: ASC }]", (a, b) => Nullable.Compare(a.Project, b.Project)),
            ("[{ unitShortName: ASC }, { code: DESC }]", (a, b) => string.CompareOrdinal(a.ShortName, b.ShortName) is var c && c != 0 ? c : string.CompareOrdinal(b.Code, a.Code)),
        };

        var random = new Random(13);
        var disagreements = new List<string>();
        var empty = 0;
        for (var c = 0; c < Cases; c++)
        {
            var level = random.Next(3) == 0 ? null : (ValueTuple<string, SubjectLevel>?)levels[random.Next(levels.Length)];
            var table = random.Next(4) == 0 ? (ValueTuple<string, FunctionalTableKind>?)tables[random.Next(tables.Length)] : null;
            var tableKind = table?.Item2 ?? FunctionalTableKind.GeneralPublicBudgetExpenditure;
            var ofTable = lines.Where(l => l.TableKind == tableKind && (level is null || l.Level == level.Value.Item2)).ToList();
            if (ofTable.Count == 0) continue;
            // Codes the lines hold (one to three), or none named: then every code — with a level or a small scope only,
            // so a page is a handful of rows out of a few thousand.
            var codes = random.Next(4) == 0 ? null
                : Enumerable.Range(0, random.Next(1, 4)).Select(_ => ofTable[random.Next(ofTable.Count)].Code).Distinct().ToList();
            var chosenSlugs = random.Next(3) == 0 ? Enumerable.Range(0, random.Next(1, 6)).Select(_ => slugs[random.Next(slugs.Count)]).Distinct().ToList() : null;
            var chosenYears = random.Next(3) == 0 ? years.Where(_ => random.Next(2) == 0).ToList() : null;
            var top = random.Next(4) == 0 ? random.Next(1, 4) : (int?)null;
            var (orderText, compare) = orders[random.Next(orders.Length)];
            var size = new[] { 5, 20, 50 }[random.Next(3)];

            var selected = ofTable.Where(l => (codes is null || codes.Contains(l.Code))
                                              && (chosenSlugs is null || chosenSlugs.Contains(units[l.UnitId].Slug))
                                              && (chosenYears is null || chosenYears.Contains(l.FiscalYear)))
                .Select(l => new Row(units[l.UnitId].Slug, units[l.UnitId].ShortName, l.FiscalYear, l.Code, l.SourceLine, l.Total, l.Basic, l.Project) { Id = l.Id })
                .ToList();
            foreach (var group in selected.GroupBy(r => (r.Code, r.Year))) DenseRank(group, (r, rank) => r.Rank = rank);
            foreach (var group in selected.GroupBy(r => r.Code)) DenseRank(group, (r, rank) => r.OverallRank = rank);
            var expected = selected.Where(r => top is null || r.Rank <= top).ToList();
            expected.Sort((a, b) =>
            {
                if (compare?.Invoke(a, b) is { } byOrder && byOrder != 0) return byOrder;
                if (compare is null)
                {
                    var byDefault = string.CompareOrdinal(a.Code, b.Code);
                    if (byDefault == 0) byDefault = a.Year.CompareTo(b.Year);
                    if (byDefault == 0) byDefault = string.CompareOrdinal(a.Slug, b.Slug);
                    if (byDefault != 0) return byDefault;
                }
                return a.Id.CompareTo(b.Id);
            });
            if (expected.Count == 0) empty++;

            var arguments = new List<string>();
            if (codes is not null) arguments.Add($"subjectCodes: [{string.Join(", ", codes.Select(x => $"\"{x}\""))}]");
            if (chosenSlugs is not null) arguments.Add($"unitSlugs: [{string.Join(", ", chosenSlugs.Select(x => $"\"{x}\""))}]");
            if (chosenYears is not null) arguments.Add($"years: [{string.Join(", ", chosenYears)}]");
            if (level is { } l) arguments.Add($"level: {l.Item1}");
            if (table is { } t) arguments.Add($"table: {t.Item1}");
            if (top is not null) arguments.Add($"top: {top}");
            if (orderText.Length > 0) arguments.Add($"order: {orderText}");
            var skipped = random.Next(2) == 0 || expected.Count <= 1 ? 0 : random.Next(1, expected.Count);
            arguments.Add($"first: {size}");
            if (skipped > 0) arguments.Add($"after: \"{BudgetGraph.Api.GraphQL.Connections.Cursor.Encode(skipped - 1)}\"");
            var query = $"{{ compare({string.Join(", ", arguments)}) {{ totalCount pageInfo {{ hasNextPage }} nodes {{ unitSlug year code sourceLine total basic project rank overallRank }} }} }}";

            if (await PageCheck.DisagreementAsync(fixture, query, "compare", "nodes", expected.Select(Shown).ToList(), skipped, size, n => Shown(Read(n))) is { } disagreement)
                disagreements.Add(disagreement);
        }

        output.WriteLine($"{Cases} requests, {empty} with no row");
        foreach (var d in disagreements.Take(20)) output.WriteLine(d);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Cases} requests disagree with the lines:\n" + string.Join("\n", disagreements.Take(5)));
    }

    // Dense rank by total descending, a missing total as 0.
    private static void DenseRank(IEnumerable<Row> rows, Action<Row, int> set)
    {
        var totals = rows.Select(r => r.Total ?? 0).Distinct().OrderDescending().Select((total, i) => (total, rank: i + 1)).ToDictionary(x => x.total, x => x.rank);
        foreach (var r in rows) set(r, totals[r.Total ?? 0]);
    }

    private static string Shown(Row r) => $"{r.Slug}|{r.Year}|{r.Code}|{r.SourceLine}|{r.Total}|{r.Basic}|{r.Project}|{r.Rank}|{r.OverallRank}";

    private static Row Read(JsonElement n)
    {
        long? Amount(string name) => n.GetProperty(name).ValueKind == JsonValueKind.Null ? null : FixedPoint.ToStored(n.GetProperty(name).GetDecimal());
        return new Row(n.GetProperty("unitSlug").GetString()!, "", n.GetProperty("year").GetInt32(), n.GetProperty("code").GetString()!,
            n.GetProperty("sourceLine").GetInt32(), Amount("total"), Amount("basic"), Amount("project"))
        {
            Rank = n.GetProperty("rank").GetInt32(),
            OverallRank = n.GetProperty("overallRank").GetInt32(),
        };
    }
}
