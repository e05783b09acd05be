using System.Text;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Testing;

/// <summary>SQLite's plan of a statement (EXPLAIN QUERY PLAN), as the query-plan tests and their snapshots show it.</summary>
internal static class QueryPlan
{
    /// <summary>
    /// The plans of recorded commands (<paramref name="commands"/>: each with the values it was sent with) on the
    /// database file <paramref name="databasePath"/>, opened read-only, one after the other.
    /// </summary>
    public static async Task<string> ExplainAllAsync(string databasePath,
        IEnumerable<(string Sql, IReadOnlyDictionary<string, object?> Parameters)> commands)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var plans = new StringBuilder();
        foreach (var (sql, parameters) in commands)
            plans.Append(await ExplainAsync(connection, sql, parameters.Select(p => (p.Key, p.Value))));
        return plans.ToString();
    }

    /// <summary>
    /// The plan of <paramref name="sql"/> run with <paramref name="parameters"/>: one line per step, indented two spaces
    /// per level as SQLite nests the steps.
    /// </summary>
    public static async Task<string> ExplainAsync(SqliteConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var text = new StringBuilder();
        var depth = new Dictionary<long, int>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            var level = depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            depth[id] = level;
            text.Append(' ', 2 * level).Append(reader.GetString(3)).Append('\n');
        }
        return text.ToString();
    }
}
