using BudgetGraph.Api.GraphQL.Loading;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// <see cref="SqliteColumns"/> calls SQLite on the statement's raw pointer, in the very library SQLitePCLRaw's provider
/// loaded (so <c>SqliteColumnsTests</c>, which compare every getter with the data reader's, test that path); text of
/// any length and script comes back whole.
/// </summary>
public class SqliteRawPointerTests
{
    [Fact]
    public void The_getters_read_through_the_provider_s_own_library()
    {
        Assert.True(SqliteColumns.ReadsRawPointer);
    }

    [Fact]
    public void Text_of_any_length_and_script_reads_as_the_data_reader_does()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $a, $b, $c, zeroblob(0), NULL";
        command.Parameters.AddWithValue("$a", string.Concat(Enumerable.Repeat("重庆市南岸区人民政府南坪街道办事处", 500)));
        command.Parameters.AddWithValue("$b", "𠀀 four-byte 😀 and \u0000 inside");
        command.Parameters.AddWithValue("$c", "");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var statement = reader.Handle!;

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(reader.GetString(i), SqliteColumns.GetString(statement, i));
            Assert.Equal(reader.GetString(i), SqliteColumns.GetStringOrNull(statement, i));
        }
        Assert.Null(SqliteColumns.GetStringOrNull(statement, 4));
        Assert.True(SqliteColumns.IsNull(statement, 4));
        Assert.False(SqliteColumns.IsNull(statement, 2));
    }
}
