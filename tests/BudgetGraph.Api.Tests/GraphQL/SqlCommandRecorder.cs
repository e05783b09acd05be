using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Records every SQL command EF Core runs — its text and where it came from (LINQ translation or a cached command
/// text) — so tests can show what runs in SQL, how often, and by which path.
/// </summary>
public sealed class SqlCommandRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Text, CommandSource Source, IReadOnlyDictionary<string, object?> Parameters)> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands.Select(c => c.Text)];

    /// <summary>Each command's parameters by name (e.g. <c>@p3</c>), in the order of <see cref="Commands"/>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Parameters => [.. _commands.Select(c => c.Parameters)];

    public IReadOnlyList<CommandSource> Sources => [.. _commands.Select(c => c.Source)];

    public void Clear() => _commands.Clear();

    private static Dictionary<string, object?> ParametersOf(DbCommand command) =>
        command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName.StartsWith('@') ? p.ParameterName : "@" + p.ParameterName,
            p => p.Value is DBNull ? null : p.Value);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue((command.CommandText, eventData.CommandSource, ParametersOf(command)));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue((command.CommandText, eventData.CommandSource, ParametersOf(command)));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
