using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Import;

/// <summary>
/// One SQL statement run many times in a row with other values (a replaced budget's hundreds of grams or codes): one
/// ADO.NET command on the context's open connection and transaction, its parameters set again each time. Through EF
/// Core each run (<c>ExecuteSqlRaw</c>, <c>ExecuteDelete</c>) builds its command again, which cost a replacement more
/// than the statements themselves. Both providers.
/// </summary>
internal sealed class RepeatedCommand : IAsyncDisposable
{
    private readonly DbCommand _command;

    /// <param name="sql">The statement with EF Core's <c>{0}</c>, <c>{1}</c>… placeholders (no other braces).</param>
    /// <param name="parameters">How many placeholders it has.</param>
    public RepeatedCommand(DbContext db, string sql, int parameters)
    {
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = Enumerable.Range(0, parameters).Select(i => (object)$"@p{i}").ToArray();
        _command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, names);
        foreach (var name in names)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = (string)name;
            _command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs the statement with <paramref name="values"/> (one per placeholder); returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
