using System.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// Opt-in (PLAN_BENCH=rounds; the figures go to $TMPDIR/plan-cpu-benchmark.txt): CPU per execution of the peer's operations in process, the general executor with EF Core
/// translating every query versus the fast path, alternating, serial (no HTTP, no thread-pool spinning).
/// </summary>
public class PlanCpuBenchmark(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Cpu_per_execution()
    {
        if (Environment.GetEnvironmentVariable("PLAN_BENCH") is not { } roundsText) return;
        var rounds = int.Parse(roundsText);
        var lines = new List<string>();
        foreach (var name in new[] { "a-units", "b-nanping-lines", "c-big-projects", "d-nested" })
        {
            var query = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "BudgetGraph.Benchmark", "growth-ops", name + ".graphql"));
            var document = GraphQLParser.Parser.Parse(query);
            var cpu = new Dictionary<bool, double> { [false] = 0, [true] = 0 };
            var count = new Dictionary<bool, int> { [false] = 0, [true] = 0 };
            for (var warm = 0; warm < 100; warm++) { await PlanTestRunner.ExecuteAsync(fixture, query, null, false, document); await PlanTestRunner.ExecuteAsync(fixture, query, null, true, document); }
            for (var r = 0; r < rounds; r++)
                foreach (var plan in new[] { false, true })
                {
                    var before = Process.GetCurrentProcess().TotalProcessorTime;
                    for (var i = 0; i < 200; i++) await PlanTestRunner.ExecuteAsync(fixture, query, null, plan, document);
                    cpu[plan] += (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds;
                    count[plan] += 200;
                }
            lines.Add($"{name}: general {cpu[false] / count[false]:F0} µs, fast path {cpu[true] / count[true]:F0} µs, ratio {cpu[false] / cpu[true]:F2}");
        }
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "plan-cpu-benchmark.txt"), lines);
    }
}
