using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>Whether anything observes EF Core's commands: then every command must go through EF Core's pipeline.</summary>
public static class CommandDiagnostics
{
    /// <summary>
    /// Whether EF Core has found that nothing observes its commands on this context: it would neither log, nor raise a
    /// diagnostic event, nor call an interceptor for creating or executing a command or for closing its reader. EF Core
    /// caches that finding per context for <c>LoggingCacheTime</c> (1 s) and then looks again on its next command.
    /// </summary>
    public static bool NothingObserves(IRelationalCommandDiagnosticsLogger logger)
    {
        var now = DateTimeOffset.UtcNow;
        return !logger.ShouldLogCommandCreate(now) && !logger.ShouldLogCommandExecute(now)
               && !logger.ShouldLogDataReaderClose(now) && !logger.ShouldLogDataReaderDispose(now);
    }
}
