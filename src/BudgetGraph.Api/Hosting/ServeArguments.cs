using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Hosting;

/// <summary>
/// What the program does with arguments that name none of its commands (<c>import</c>, <c>check</c>, <c>migrate</c>,
/// <c>healthcheck</c>): it serves, and the arguments are the host's configuration (<c>--urls http://…</c>,
/// <c>--Database:Provider=SqlServer</c>, <c>Key=value</c>). A bare word is not configuration: it is a mistyped command
/// (<c>imprt seeds/</c>), and serving then would create or migrate the configured database and import the seed folder
/// into it; the program says so and exits with 2 instead.
/// </summary>
public static class ServeArguments
{
    public const string Usage =
        "usage: BudgetGraph.Api [--urls URL] [--Key=value …]   serve the GraphQL API and its IDE (default http://localhost:5000/graphql)\n" +
        "       BudgetGraph.Api import [--dry-run] [--allow-shrink] <file or folder>…\n" +
        "       BudgetGraph.Api check <file or folder>…\n" +
        "       BudgetGraph.Api migrate\n" +
        "       BudgetGraph.Api audit [--repair]\n" +
        "       BudgetGraph.Api healthcheck [url]\n" +
        "  `<command> --help` says more. Settings come from appsettings.json, the environment (Database__ConnectionString)\n" +
        "  or --Key=value arguments.";

    /// <summary>Whether the arguments ask for the usage: a <see cref="HelpFlag"/>, <c>help</c> or <c>/?</c>, alone.</summary>
    public static bool AsksForHelp(string[] args) => args is [var only] && (HelpFlag.Is(only) || only is "help" or "/?");

    /// <summary>
    /// The first argument that is neither an option (<c>--key value</c>, <c>--key=value</c>, <c>-k value</c>,
    /// <c>/key value</c>) nor a <c>key=value</c> pair, as ASP.NET Core's command-line configuration reads them; null when
    /// every argument is configuration.
    /// </summary>
    public static string? StrayWord(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') || arg.StartsWith('/'))
            {
                // An option without '=' takes the next argument as its value.
                if (!arg.Contains('=')) i++;
                continue;
            }
            if (!arg.Contains('=')) return arg;
        }
        return null;
    }
}
