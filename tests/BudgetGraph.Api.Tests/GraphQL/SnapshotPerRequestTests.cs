using System.Diagnostics;
using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using BudgetGraph.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// One snapshot per request: while the importer replaces Nanping 2024 again and again (the seed and the same text
/// with one more line end, so every import is a real replacement), concurrent readers must see the old or the new
/// budget whole — never a budget whose projects, lines or findings were deleted between two of its SQL commands.
/// </summary>
public sealed class SnapshotPerRequestTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private const string Query = """
        { budget(unitSlug: "nanping", year: 2024) {
            id projects { name indicators { name } } findings { rule }
            expenditureTree { code children { code } } } }
        """;

    [Fact]
    public async Task Readers_never_see_a_half_replaced_budget_while_imports_run()
    {
        var expected = Shape(await fixture.DataAsync(Query));
        Assert.True(expected.Projects > 0 && expected.TreeRoots > 0, $"seed shape: {expected}");

        var seed = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "seeds", "nanping-2024.txt"));
        byte[][] versions = [seed, [.. seed, (byte)'\n']];
        var options = fixture.Services.GetRequiredService<DbContextOptions<BudgetDbContext>>();

        using var stop = new CancellationTokenSource();
        var torn = new List<string>();
        var reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await fixture.ResponseAsync(Query);
                Interlocked.Increment(ref reads);
                if (response.TryGetProperty("errors", out var errors)) lock (torn) torn.Add(errors.ToString());
                else if (Shape(response.GetProperty("data")) is var shape && shape != expected) lock (torn) torn.Add(shape.ToString());
            }
        })).ToList();

        var watch = Stopwatch.StartNew();
        await using (var db = new BudgetDbContext(options))
        {
            var importer = new DisclosureImporter(db, (name, content) => DisclosureParser.Parse(name, content));
            // At least 8 replacements, and on until the readers have read 40 times: on a loaded machine the imports
            // may otherwise end before the readers got going, and the test would prove nothing.
            for (var i = 0; i < 8 || (Volatile.Read(ref reads) < 40 && i < 400); i++)
            {
                var result = await importer.ImportAsync("nanping-2024.txt", versions[(i + 1) % 2]);
                Assert.True(result.Status == ImportStatus.Replaced, $"{result.Status}: {result.ErrorReason}");
            }
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(reads > 8, $"only {reads} reads in {watch.Elapsed}");
        Assert.True(torn.Count == 0, $"{torn.Count} torn reads of {reads}: {string.Join(" | ", torn.Take(3))}");
    }

    private static BudgetShape Shape(JsonElement data)
    {
        var budget = data.GetProperty("budget");
        var projects = budget.GetProperty("projects");
        return new BudgetShape(projects.GetArrayLength(),
            projects.EnumerateArray().Sum(p => p.GetProperty("indicators").GetArrayLength()),
            budget.GetProperty("findings").GetArrayLength(),
            budget.GetProperty("expenditureTree").GetArrayLength(),
            budget.GetProperty("expenditureTree").EnumerateArray().Sum(n => n.GetProperty("children").GetArrayLength()));
    }

    private sealed record BudgetShape(int Projects, int Indicators, int Findings, int TreeRoots, int TreeChildren);
}
