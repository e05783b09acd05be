using BudgetGraph.Api.Hosting;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Import;

/// <summary>
/// <c>import &lt;files or folder&gt;…</c>: imports disclosures into the configured database and exits
/// (0 all fine, 1 a document failed, 2 usage error; 3–7 and one line when the database cannot be used, as the service's start). The work is done by <see cref="ImportCommandLine"/>.
/// </summary>
public static class ImportCommand
{
    /// <param name="callerDirectory">What relative paths are relative to (see <see cref="CallerDirectory"/>).</param>
    public static Task<int> RunAsync(string[] args, string callerDirectory) =>
        RunAsync(args, BuildConfiguration(), callerDirectory);

    /// <summary>Runs against the database the given configuration selects (section "Database").</summary>
    public static Task<int> RunAsync(string[] args, IConfiguration configuration, string? callerDirectory = null)
    {
        var database = DatabaseOptions.From(configuration);
        if (database.ReadOnly && !args.Contains("--dry-run"))
        {
            Console.Error.WriteLine("import: Database:ReadOnly is set and an import writes; unset it for this command (Database__ReadOnly=false).");
            return Task.FromResult(2);
        }
        var options = DatabaseServiceCollectionExtensions.CreateOptions(database);
        // On a terminal a live progress line (count, rate, ETA); redirected (a log, a pipe), one line per document.
        var progress = Console.IsOutputRedirected ? null : new TerminalImportProgress();
        // A database it cannot use (damaged, not accessible, of another build, a failed migration) ends it with one line
        // and the service's exit code for it; a document's own failure is reported per document and never gets there.
        return StartupFailure.AsOneLineAsync("import", () => ImportCommandLine.RunAsync(args, () => new BudgetDbContext(options),
            DisclosureReaders.Default, Console.Out, Console.Error, progress, baseDirectory: callerDirectory, phases: ImportPhases.SinceProcessStart()));
    }

    /// <summary>The configuration the web host would see: appsettings.json (+ per environment) and environment variables.</summary>
    public static IConfiguration BuildConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        // Like the web host, settings are read from the content root (the current folder); fall back to the
        // application's folder when started from elsewhere.
        var root = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
        return new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
