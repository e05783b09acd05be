using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Import;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Database;

/// <summary>
/// <c>migrate</c>: brings the configured database to this build's schema and exits (0 done, 1 the database cannot be
/// upgraded, 2 usage). The service does the same at start; this is for operators who migrate before a roll-out.
/// </summary>
public static class MigrateCommand
{
    public const string Usage =
        "usage: migrate\n" +
        "  Applies this build's pending migrations to the configured database (Database:Provider / Database:ConnectionString,\n" +
        "  env Database__Provider / Database__ConnectionString), creating it when missing; a database made by the release\n" +
        "  before migrations is adopted with its data. Exit code 0: up to date; 1: cannot upgrade; 2: usage.";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, ImportCommand.BuildConfiguration(), Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (args.Length > 0)
        {
            var help = args.Any(HelpFlag.Is);
            (help ? output : error).WriteLine(Usage);
            return help ? 0 : 2;
        }

        var database = DatabaseOptions.From(configuration);
        if (database.ReadOnly)
        {
            error.WriteLine("migrate: Database:ReadOnly is set and migrating writes; unset it for this command (Database__ReadOnly=false).");
            return 2;
        }
        var options = DatabaseServiceCollectionExtensions.CreateOptions(database);
        await using var db = new BudgetDbContext(options);
        try
        {
            var result = await DatabaseSetup.MigrateAsync(db);
            output.WriteLine($"migrate: {result}");
            return 0;
        }
        catch (Exception e) when (StartupFailure.From(e) is { } failure)
        {
            // A database of another build, a failed migration, a damaged or inaccessible file: one line, exit 1.
            error.WriteLine($"migrate: {failure.Message}");
            return 1;
        }
    }
}
