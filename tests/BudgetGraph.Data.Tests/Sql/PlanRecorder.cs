using System.Data.Common;
using System.Text;
using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// Records every query command a context sends (text and parameter values) and explains them on SQLite afterwards:
/// EXPLAIN QUERY PLAN of each, indented as SQLite nests the steps, one block per command. Statements that write
/// (<c>INSERT … SELECT</c>, upserts) are recorded too: what they read is planned like a query.
/// </summary>
public sealed class PlanRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _commands = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>The plans of every query <paramref name="read"/> sends through a context on <paramref name="database"/>.</summary>
    public static async Task<string> PlanOfAsync(SqliteTestDatabase database, Func<BudgetDbContext, Task> read)
    {
        var recorder = new PlanRecorder();
        var options = new DbContextOptionsBuilder<BudgetDbContext>(database.Options).AddInterceptors(recorder).Options;
        await using (var db = new BudgetDbContext(options)) await read(db);
        return await recorder.ExplainAsync(database.Connection);
    }

    /// <summary>
    /// The plan of one statement with EF Core's <c>{0}</c>, <c>{1}</c>… placeholders run outside EF Core (as
    /// <c>RepeatedCommand</c> runs it, with parameters <c>@p0</c>, <c>@p1</c>…), for <paramref name="values"/>.
    /// </summary>
    public static Task<string> PlanOfStatementAsync(SqliteTestDatabase database, string sql, params object[] values)
    {
        var recorder = new PlanRecorder();
        var names = Enumerable.Range(0, values.Length).Select(i => (object)$"@p{i}").ToArray();
        recorder._commands.Add((string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, names),
            values.Select((v, i) => ((string)names[i], (object?)v)).ToArray()));
        return recorder.ExplainAsync(database.Connection);
    }

    private void Record(DbCommand command) =>
        _commands.Add((command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));

    /// <summary>The plans of the recorded commands, in the order they were sent.</summary>
    public async Task<string> ExplainAsync(SqliteConnection connection)
    {
        var text = new StringBuilder();
        foreach (var (sql, parameters) in _commands)
            text.Append(await QueryPlan.ExplainAsync(connection, sql, parameters)).Append('\n');
        return text.ToString();
    }
}
