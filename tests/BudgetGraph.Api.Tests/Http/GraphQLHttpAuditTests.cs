using System.Diagnostics;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Runs graphql-http's server audits (tools/graphql-http-audit/audit.mjs, node) against the real service on a
/// loopback port. The audits are the reference implementation's reading of the GraphQL-over-HTTP spec.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphQLHttpAuditTests(LiveServerFixture server)
{
    private static readonly string AuditFolder = Path.Combine(RepositoryPaths.Root, "tools", "graphql-http-audit");

    [Fact]
    public async Task Every_MUST_audit_of_graphql_http_passes()
    {
        var report = await RunAuditAsync();

        var mustFailures = report.Failures.Where(f => f.Status == "error").Select(Describe).ToList();
        Assert.True(mustFailures.Count == 0, "graphql-http MUST audits failed:\n" + string.Join("\n", mustFailures));
        Assert.True(report.Total >= 40, $"Only {report.Total} audits ran; expected graphql-http's full list.");
    }

    [Fact]
    public async Task Every_SHOULD_and_MAY_audit_of_graphql_http_passes_too()
    {
        var report = await RunAuditAsync();

        Assert.True(report.Failures.Count == 0, "graphql-http audits failed:\n" + string.Join("\n", report.Failures.Select(Describe)));
    }

    private static string Describe(AuditFailure f) => $"  {f.Status} {f.Id} {f.Name}: {f.Reason} (HTTP {f.ResponseStatus}: {f.ResponseBody})";

    private async Task<AuditReport> RunAuditAsync()
    {
        if (!Directory.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http")))
        {
            Assert.Fail($"graphql-http is not installed: run `npm ci` in {AuditFolder} (.ci/run does it).");
        }

        var start = new ProcessStartInfo("node", ["audit.mjs", server.GraphQLUrl, "--json"])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Cannot start `node` (Node.js must be on PATH for the graphql-http audit).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var lastLine = (await output).TrimEnd().Split('\n').LastOrDefault() ?? "";
            if (process.ExitCode is not (0 or 1) || !lastLine.StartsWith('{'))
            {
                Assert.Fail($"audit.mjs exited {process.ExitCode}.\nstdout: {await output}\nstderr: {await errors}");
            }
            return JsonSerializer.Deserialize<AuditReport>(lastLine, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }

    private sealed record AuditReport(int Total, int Passed, List<AuditFailure> Failures);

    private sealed record AuditFailure(string Id, string Name, string Status, string? Reason, int? ResponseStatus, string? ResponseBody);
}
