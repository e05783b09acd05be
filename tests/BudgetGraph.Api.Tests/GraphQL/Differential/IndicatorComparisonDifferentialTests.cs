using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// Random <c>indicatorComparison</c> requests — a word or a part of a name, units, years, a page or the page after a
/// cursor — answered by the service (the gram index, its kept counts) and by an oracle over the indicators in memory:
/// the rows (unit, year, card, name, target, core mark) in the documented order (unit, year, card, position),
/// totalCount and hasNextPage must agree.
/// </summary>
public sealed class IndicatorComparisonDifferentialTests(SyntheticCopiesFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticCopiesFixture>
{
    private const int Cases = 150;
    private static readonly string[] Words = ["满意", "满意度", "率", "数量", "完成", "及时", "覆盖", "不存在的指标"];

    [Fact]
    public async Task Every_row_agrees_with_the_indicators_matched_in_memory()
    {
        using var db = fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        var units = db.Units.AsNoTracking().ToDictionary(u => u.Id);
        var projects = db.Projects.AsNoTracking().ToDictionary(p => p.Id);
        var indicators = db.Indicators.AsNoTracking().ToList();
        var slugs = units.Values.Select(u => u.Slug).ToList();
        var years = indicators.Select(i => i.FiscalYear).Distinct().Order().ToList();

        var random = new Random(17);
        var disagreements = new List<string>();
        var empty = 0;
        for (var c = 0; c < Cases; c++)
        {
            string term;
            if (random.Next(2) == 0) term = Words[random.Next(Words.Length)];
            else
            {
                var name = indicators[random.Next(indicators.Count)].Name;
                var start = random.Next(name.Length);
                term = name.Substring(start, Math.Min(name.Length - start, random.Next(1, 5)));
            }
            var chosenSlugs = random.Next(3) == 0 ? Enumerable.Range(0, random.Next(1, 6)).Select(_ => slugs[random.Next(slugs.Count)]).Distinct().ToList() : null;
            var chosenYears = random.Next(3) == 0 ? years.Where(_ => random.Next(2) == 0).ToList() : null;
            var size = new[] { 5, 20, 50 }[random.Next(3)];

            var expected = indicators
                .Where(i => i.Name.Contains(term, StringComparison.Ordinal)
                            && (chosenSlugs is null || chosenSlugs.Contains(units[i.UnitId].Slug))
                            && (chosenYears is null || chosenYears.Contains(i.FiscalYear)))
                .OrderBy(i => units[i.UnitId].Slug, StringComparer.Ordinal).ThenBy(i => i.FiscalYear)
                .ThenBy(i => i.ProjectId ?? int.MinValue).ThenBy(i => i.Ordinal).ThenBy(i => i.Id)
                .Select(i => Shown(units[i.UnitId].Slug, i.FiscalYear, i.ProjectId is { } p ? projects[p].Name : null, i.Name,
                    i.NumericTarget, i.IsCore))
                .ToList();
            if (expected.Count == 0) empty++;

            var skipped = random.Next(2) == 0 || expected.Count <= 1 ? 0 : random.Next(1, expected.Count);
            var arguments = new List<string> { $"nameContains: {ConnectionOracle<object>.Text(term)}", $"first: {size}" };
            if (chosenSlugs is not null) arguments.Add($"unitSlugs: [{string.Join(", ", chosenSlugs.Select(x => $"\"{x}\""))}]");
            if (chosenYears is not null) arguments.Add($"years: [{string.Join(", ", chosenYears)}]");
            if (skipped > 0) arguments.Add($"after: \"{BudgetGraph.Api.GraphQL.Connections.Cursor.Encode(skipped - 1)}\"");
            var query = $"{{ indicatorComparison({string.Join(", ", arguments)}) {{ totalCount pageInfo {{ hasNextPage }} nodes {{ unitSlug year projectName name numericTarget isCore }} }} }}";

            if (await PageCheck.DisagreementAsync(fixture, query, "indicatorComparison", "nodes", expected, skipped, size, Read) is { } disagreement)
                disagreements.Add(disagreement);
        }

        output.WriteLine($"{Cases} requests, {empty} with no row");
        foreach (var d in disagreements.Take(20)) output.WriteLine(d);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Cases} requests disagree with the indicators:\n" + string.Join("\n", disagreements.Take(5)));
    }

    private static string Read(JsonElement n) => Shown(n.GetProperty("unitSlug").GetString()!, n.GetProperty("year").GetInt32(),
        n.GetProperty("projectName").GetString(), n.GetProperty("name").GetString()!,
        n.GetProperty("numericTarget").ValueKind == JsonValueKind.Null ? null : FixedPoint.ToStored(n.GetProperty("numericTarget").GetDecimal()),
        n.GetProperty("isCore").ValueKind == JsonValueKind.Null ? null : n.GetProperty("isCore").GetBoolean());

    private static string Shown(string slug, int year, string? project, string name, long? target, bool? isCore) =>
        $"{slug}|{year}|{project}|{name}|{target}|{isCore}";
}
