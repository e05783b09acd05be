using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>Records where each SQL command came from: EF Core's LINQ translation or a cached command text.</summary>
public sealed class CommandSourceRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<CommandSource> _sources = new();

    public IReadOnlyList<CommandSource> Sources => [.. _sources];

    public void Clear() => _sources.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _sources.Enqueue(eventData.CommandSource);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
