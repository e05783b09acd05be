using BudgetGraph.Data.Import.Bulk;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The bulk writer's natively bound values are stored as Microsoft.Data.Sqlite stores them: same storage class and
/// bytes for text (empty text stays text, not NULL), integers, bool and double; NULL for null and DBNull.
/// </summary>
public sealed class SqliteStatementsTests
{
    [Fact]
    public void Natively_bound_values_are_stored_as_ADO_NET_binds_them()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (k INTEGER, v ANY) STRICT;";
            create.ExecuteNonQuery();
        }
        object?[] values = ["", "南坪街道 ≥90%", "\U00020000", 42L, 7, (short)-3, (byte)4, true, false, 0.5, null, DBNull.Value];

        using (var statements = new SqliteStatements<int>())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t (k, v) VALUES ($k, $v);";
            var k = insert.Parameters.Add("$k", SqliteType.Integer);
            var v = insert.Parameters.Add("$v", SqliteType.Text);
            for (var i = 0; i < values.Length; i++)
            {
                // ADO.NET: rows 0…n−1; natively: rows 100…
                k.Value = i;
                v.Value = values[i] ?? DBNull.Value;
                v.ResetSqliteType();
                insert.ExecuteNonQuery();
                var statement = statements.For(connection, 0, _ => "INSERT INTO t (k, v) VALUES (@p0, @p1);");
                statements.Bind(statement, 1, 100 + i);
                statements.Bind(statement, 2, values[i]);
                statements.Execute(statement);
            }
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT a.k, typeof(a.v), quote(a.v), typeof(b.v), quote(b.v) FROM t a JOIN t b ON b.k = a.k + 100 ORDER BY a.k;";
        using var reader = read.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal((reader.GetString(1), reader.GetString(2)), (reader.GetString(3), reader.GetString(4)));
            rows++;
        }
        Assert.Equal(values.Length, rows);
    }
}
