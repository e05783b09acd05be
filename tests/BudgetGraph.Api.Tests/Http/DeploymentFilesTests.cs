using System.Text.RegularExpressions;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Cheap sanity checks of Dockerfile and docker-compose.yml (no Docker engine here to build them): the stages,
/// the non-root user, the port, the seeds, and the SQL Server settings compose hands the service.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string[] DockerfileLines = ReadLines("Dockerfile");
    private static readonly string Compose = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"));

    [Fact]
    public void Dockerfile_builds_with_the_sdk_and_runs_on_the_aspnet_runtime()
    {
        var stages = DockerfileLines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", stages[1]);
        Assert.Contains(DockerfileLines, l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_runs_as_a_non_root_user_in_the_final_stage()
    {
        var finalStage = DockerfileLines.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)).ToList();
        var users = finalStage.Where(l => l.StartsWith("USER ", StringComparison.Ordinal)).ToList();

        Assert.Single(users);
        Assert.DoesNotMatch(@"^USER (root|0)\b", users[0]);
        // The data folder is made writable for that user before switching to it.
        var chown = finalStage.FindIndex(l => l.Contains("chown", StringComparison.Ordinal) && l.Contains("/app/data", StringComparison.Ordinal));
        Assert.InRange(chown, 0, finalStage.IndexOf(users[0]));
    }

    [Fact]
    public void Dockerfile_listens_on_8080_and_ships_the_seeds()
    {
        var text = string.Join('\n', DockerfileLines);

        Assert.Matches(@"ASPNETCORE_URLS=http://\+:8080", text);
        Assert.Matches(@"\bUrls=http://\+:8080", text);
        Assert.Contains("EXPOSE 8080", DockerfileLines);
        Assert.Contains("COPY seeds/ ./seeds/", DockerfileLines);
        Assert.Contains(DockerfileLines, l => l.StartsWith("ENTRYPOINT [\"dotnet\", \"BudgetGraph.Api.dll\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_runs_the_service_on_sql_server_2022()
    {
        Assert.Contains("image: mcr.microsoft.com/mssql/server:2022-latest", Compose);
        Assert.Matches(@"(?m)^\s+Database__Provider: SqlServer\s*$", Compose);
        Assert.Matches(@"(?m)^\s+Database__ConnectionString: ""Server=sqlserver,1433;Database=BudgetGraph;", Compose);
        Assert.Matches(@"(?m)^\s+condition: service_healthy\s*$", Compose);
        Assert.Equal(2, Regex.Matches(Compose, @"(?m)^\s+healthcheck:\s*$").Count);
    }

    [Fact]
    public void Docker_build_context_leaves_out_build_output_and_node_modules()
    {
        var ignored = ReadLines(".dockerignore");

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.DoesNotContain("seeds/", ignored);
    }

    private static string[] ReadLines(string name) =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Path, name)).Select(l => l.Trim()).ToArray();
}
