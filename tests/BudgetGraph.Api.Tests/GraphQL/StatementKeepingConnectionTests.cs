using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The request contexts' SQLite connection keeps its read statements prepared by text
/// (<see cref="StatementKeepingSqliteConnection"/>): the same text runs again on the kept statement with the new
/// parameter values and gives the new rows; writes and transaction control are not kept; a text read again while its
/// reader is open gets its own statement; the number of texts kept stays bounded.
/// </summary>
public sealed class StatementKeepingConnectionTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task A_request_context_runs_a_query_again_on_its_kept_statement_with_the_new_values()
    {
        using var pool = new RequestDbContextPool(fixture.Services.GetRequiredService<DbContextOptions<BudgetDbContext>>());
        StatementKeepingSqliteConnection connection;
        long keptRunsBefore;
        await using (var request = new RequestDatabase(pool))
        {
            var db = await request.CreateDbContextAsync();
            connection = Assert.IsType<StatementKeepingSqliteConnection>(db.Database.GetDbConnection());
            keptRunsBefore = connection.KeptRuns;
            Assert.Equal("南坪街道", await ShortNameAsync(db, "nanping"));
        }
        await using (var request = new RequestDatabase(pool))
        {
            var db = await request.CreateDbContextAsync();
            Assert.Same(connection, db.Database.GetDbConnection());
            Assert.Equal("山洞街道", await ShortNameAsync(db, "shandong"));
            // EF Core's decimal functions are registered on this connection as on its own (ef_compare: amounts in SQL).
            Assert.Equal(3, await db.Projects.CountAsync(p => p.Budget!.Unit!.Slug == "nanping" && p.Amount > 0m));
        }
        Assert.True(connection.KeptRuns > keptRunsBefore, "the second request's query ran on the kept statement");
    }

    [Fact]
    public void The_same_text_with_other_values_gives_the_other_rows_and_runs_on_one_statement()
    {
        using var connection = Open();
        Assert.Equal(1L, Scalar(connection, "SELECT @x", 1L));
        var kept = connection.KeptRuns;
        Assert.Equal(2L, Scalar(connection, "SELECT @x", 2L));
        Assert.Equal("甲", Scalar(connection, "SELECT @x", "甲"));
        Assert.Equal(kept + 2, connection.KeptRuns);
        Assert.Equal(1, connection.KeptTexts);
    }

    [Fact]
    public void Writes_and_transaction_control_are_not_kept_and_a_kept_read_runs_inside_a_transaction()
    {
        using var connection = Open();
        CreateTable(connection, 1, 2, 3);
        Assert.Equal(0, connection.KeptTexts);

        Assert.Equal(3L, Scalar(connection, "SELECT COUNT(*) FROM t WHERE v > @x", 0L));
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t VALUES (4)";
            insert.ExecuteNonQuery();
            using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = "SELECT COUNT(*) FROM t WHERE v > @x";
            count.Parameters.AddWithValue("@x", 0L);
            Assert.Equal(4L, count.ExecuteScalar());
            transaction.Rollback();
        }
        Assert.Equal(3L, Scalar(connection, "SELECT COUNT(*) FROM t WHERE v > @x", 0L));
        Assert.Equal(1, connection.KeptTexts);
    }

    [Fact]
    public void A_text_read_again_while_its_reader_is_open_gets_another_statement_and_then_an_unkept_one()
    {
        using var connection = Open();
        CreateTable(connection, 1, 2);
        const string text = "SELECT v FROM t WHERE v >= @x ORDER BY v";
        using var outer = Reader(connection, text, 1L);
        var inner = new List<long>();
        while (outer.Read())
        {
            using var middle = Reader(connection, text, outer.GetInt64(0));
            while (middle.Read())
            {
                using var innermost = Reader(connection, text, middle.GetInt64(0));
                while (innermost.Read()) inner.Add(outer.GetInt64(0) * 100 + middle.GetInt64(0) * 10 + innermost.GetInt64(0));
            }
        }
        Assert.Equal([111, 112, 122, 222], inner);
        Assert.Equal(1, connection.KeptTexts);
    }

    [Fact]
    public void At_most_the_bounded_number_of_texts_is_kept_the_least_recently_used_given_up()
    {
        using var connection = Open();
        for (var i = 0; i < StatementKeepingSqliteConnection.TextsKept + 10; i++)
            Assert.Equal((long)i, Scalar(connection, $"SELECT @x + 0 * {i}", (long)i));
        Assert.Equal(StatementKeepingSqliteConnection.TextsKept, connection.KeptTexts);
    }

    private static Task<string> ShortNameAsync(BudgetDbContext db, string slug) =>
        db.Units.Where(u => u.Slug == slug).Select(u => u.ShortName).SingleAsync();

    private static StatementKeepingSqliteConnection Open()
    {
        var connection = new StatementKeepingSqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string text, object value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.Parameters.AddWithValue("@x", value);
        return command.ExecuteScalar();
    }

    private static SqliteDataReader Reader(SqliteConnection connection, string text, object value)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Parameters.AddWithValue("@x", value);
        return command.ExecuteReader();
    }

    /// <summary>Table <c>t</c> with one integer column <c>v</c> holding <paramref name="values"/> (written unkept).</summary>
    private static void CreateTable(SqliteConnection connection, params long[] values)
    {
        Execute(connection, "CREATE TABLE t (v INTEGER NOT NULL)");
        Execute(connection, $"INSERT INTO t VALUES {string.Join(", ", values.Select(v => $"({v})"))}");
    }

    private static void Execute(SqliteConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.ExecuteNonQuery();
    }
}
