using System.Net.Sockets;
using BudgetGraph.Data;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Hosting;

/// <summary>
/// Why the service could not start, as one line and a distinct exit code, so a supervisor's log says what to do and
/// a crash loop is recognisable: 3 damaged database, 4 database not accessible (folder not writable, read-only file
/// system; with Database:ReadOnly, missing or unreadable), 5 database made by another build (or, with Database:ReadOnly,
/// one that lacks this build's migrations), 6 invalid configuration, 7 a migration failed on the database, 8 the
/// service cannot listen on its address (in use by another process, or not an address of this machine). The
/// <c>import</c> and <c>migrate</c> commands end with the same line and code when the database cannot be used.
/// </summary>
public sealed record StartupFailure(int ExitCode, string Message)
{
    public const int DatabaseCorrupt = 3;
    public const int DatabaseInaccessible = 4;
    public const int DatabaseOfAnotherBuild = 5;
    public const int InvalidConfiguration = 6;
    public const int MigrationFailed = 7;
    public const int CannotListen = 8;

    /// <summary>
    /// Runs <paramref name="run"/> (the service, or a command on the database); a failure understood here ends it with
    /// one line on standard error, <c>{name}: {message}</c>, and its exit code instead of a stack trace (a failure not
    /// understood still ends the process with the runtime's report).
    /// </summary>
    public static async Task<int> AsOneLineAsync(string name, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (From(e) is { } failure)
        {
            await Console.Error.WriteLineAsync($"{name}: {failure.Message}");
            return failure.ExitCode;
        }
    }

    public static StartupFailure? From(Exception e) => e switch
    {
        // Before the database cases: Kestrel reports a port in use as an IOException, which alone would read as a
        // database file that cannot be written.
        IOException { InnerException: AddressInUseException } inUse => new(CannotListen,
            $"{inUse.Message.TrimEnd('.')} (another process listens there); stop it, or serve on another address with --urls or ASPNETCORE_URLS."),
        DatabaseUnusableException { Problem: DatabaseProblem.Corrupt } d => new(DatabaseCorrupt, d.Message),
        DatabaseUnusableException { Problem: DatabaseProblem.NeedsMigration } d => new(DatabaseOfAnotherBuild, d.Message),
        DatabaseUnusableException { Problem: DatabaseProblem.MigrationFailed } d => new(MigrationFailed, d.Message),
        DatabaseUnusableException d => new(DatabaseInaccessible, d.Message),
        DatabaseSchemaMismatchException m => new(DatabaseOfAnotherBuild, m.Message.ReplaceLineEndings(" ")),
        OptionsValidationException o => new(InvalidConfiguration, "invalid configuration: " + string.Join("; ", o.Failures)),
        AggregateException { InnerExceptions.Count: 1 } a => From(a.InnerException!),
        UnauthorizedAccessException or IOException or System.Data.Common.DbException
            when DatabaseHealth.Classify(e, "(configured by Database:ConnectionString)") is { } unusable => From(unusable),
        // After the database cases: a database client's failure may hold a socket's (SQL Server unreachable), while
        // Kestrel throws the socket's own when the address is not one of this machine's.
        SocketException socket => new(CannotListen,
            $"cannot listen on the configured address ({socket.Message}); serve on an address of this machine with --urls or ASPNETCORE_URLS."),
        _ when e.InnerException is { } inner => From(inner),
        _ => null,
    };
}
