using System.Xml.Linq;
using BudgetGraph.Api.Tests.Http;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BudgetGraph.Api.Tests.Deployment;

/// <summary>
/// What can be checked of Dockerfile and docker-compose.yml without building them (tools/docker-smoke.sh builds and
/// runs the image): the stages parse and refer to each other correctly, every file they copy is in the build context,
/// every project the API needs is there before restore, and compose runs two API instances on one SQL Server.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private static readonly IReadOnlyList<DockerInstruction> Dockerfile = DockerInstruction.Parse(Path.Combine(Root, "Dockerfile"));
    private static readonly DockerIgnore Ignored = DockerIgnore.Read(Path.Combine(Root, ".dockerignore"));

    [Fact]
    public void Every_stage_is_named_and_every_copy_names_an_earlier_stage_or_a_file_of_the_build_context()
    {
        var stages = new List<string>();
        var problems = new List<string>();
        foreach (var instruction in Dockerfile)
        {
            if (instruction.Keyword == "FROM")
            {
                if (instruction.Words is not [_, var keyword, var name] || !keyword.Equals("AS", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{instruction}: expected 'FROM image AS name'");
                else stages.Add(name);
            }
            else if (instruction.Keyword is "COPY" or "ADD")
            {
                if (instruction.Option("from") is { } from)
                {
                    if (!stages.Contains(from)) problems.Add($"{instruction}: no earlier stage is called {from}");
                    continue;
                }
                foreach (var source in instruction.Words.SkipLast(1))
                {
                    if (!File.Exists(Path.Combine(Root, source)) && !Directory.Exists(Path.Combine(Root, source)))
                        problems.Add($"{instruction}: {source} does not exist");
                    else if (Ignored.Excludes(source))
                        problems.Add($"{instruction}: {source} is left out of the build context by .dockerignore");
                }
            }
            else if (stages.Count == 0 && instruction.Keyword != "ARG")
            {
                problems.Add($"{instruction}: before the first FROM");
            }
        }

        Assert.Empty(problems);
        Assert.Equal(["build", "runtime"], stages);
    }

    [Fact]
    public void Every_project_the_api_builds_from_is_copied_before_restore()
    {
        var needed = ProjectClosure("src/BudgetGraph.Api/BudgetGraph.Api.csproj").Append("Directory.Build.props").Append("Directory.Packages.props");
        var restore = Dockerfile.First(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var copied = Dockerfile.TakeWhile(i => i != restore).Where(i => i.Keyword == "COPY" && i.Option("from") is null)
            .SelectMany(i => i.Words.SkipLast(1)).ToHashSet();

        Assert.All(needed, file => Assert.Contains(file, copied));
        Assert.Contains("src/BudgetGraph.Api/BudgetGraph.Api.csproj", restore.Arguments);
    }

    [Fact]
    public void The_image_runs_the_published_api_as_the_app_user_and_checks_health_on_its_configured_port()
    {
        var final = Dockerfile.SkipWhile(i => i != Dockerfile.Last(s => s.Keyword == "FROM")).ToList();

        Assert.Equal("$APP_UID", Assert.Single(final, i => i.Keyword == "USER").Arguments);
        Assert.Equal("""["dotnet", "BudgetGraph.Api.dll"]""", Assert.Single(final, i => i.Keyword == "ENTRYPOINT").Arguments);
        Assert.True(File.Exists(Path.Combine(Root, "src/BudgetGraph.Api/BudgetGraph.Api.csproj")), "the entry point's project");
        var health = Assert.Single(final, i => i.Keyword == "HEALTHCHECK").Arguments;
        Assert.EndsWith("""CMD ["dotnet", "BudgetGraph.Api.dll", "healthcheck"]""", health); // no fixed URL: it reads Urls
        // The seeds the service imports at start are in the image; the database folder is the app user's.
        Assert.Contains(final, i => i.Keyword == "COPY" && i.Words is ["seeds/", "./seeds/"]);
        Assert.Contains(final, i => i.Keyword == "RUN" && i.Arguments.Contains("chown -R \"$APP_UID\" /app/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_runs_two_api_instances_on_one_sql_server()
    {
        var compose = ReadYaml(Path.Combine(Root, "docker-compose.yml"));
        var services = Map(compose["services"]);
        var apis = services.Where(s => Map(s.Value).ContainsKey("build")).ToList();

        Assert.True(apis.Count >= 2, "two API instances");
        var sqlServer = Map(services["sqlserver"]);
        Assert.StartsWith("mcr.microsoft.com/mssql/server:2022", (string)sqlServer["image"]);
        Assert.True(Map(sqlServer).ContainsKey("healthcheck"));
        var connectionStrings = new HashSet<string>();
        var hostPorts = new HashSet<string>();
        foreach (var (name, value) in apis)
        {
            var api = Map(value);
            Assert.True(File.Exists(Path.Combine(Root, (string)api["build"], "Dockerfile")), $"{name}: build context with a Dockerfile");
            var environment = Map(api["environment"]);
            Assert.Equal("SqlServer", (string)environment["Database__Provider"]);
            connectionStrings.Add((string)environment["Database__ConnectionString"]);
            Assert.Equal("service_healthy", (string)Map(Map(api["depends_on"])["sqlserver"])["condition"]);
            foreach (var port in (List<object>)api["ports"]) Assert.True(hostPorts.Add(((string)port).Split(':')[0]), $"{name}: host port {port} taken twice");
        }
        var connectionString = Assert.Single(connectionStrings); // one database for all
        Assert.StartsWith("Server=sqlserver,1433;Database=BudgetGraph;", connectionString);
        Assert.True(Map(compose["volumes"]).ContainsKey("mssql-data"));
    }

    private static Dictionary<object, object> Map(object value) => Assert.IsType<Dictionary<object, object>>(value);

    // Merge keys (<<: *api) resolved, as compose does.
    private static Dictionary<object, object> ReadYaml(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
    }

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current)) continue;
            var folder = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(Path.Combine(Root, current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(Root, folder, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Root, full).Replace('\\', '/'));
            }
        }
        return seen;
    }
}
