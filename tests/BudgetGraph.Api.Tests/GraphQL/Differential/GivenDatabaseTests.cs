using System.Security.Cryptography;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// The differential tests over an operator's database (<see cref="SyntheticCopiesFixture.GivenDatabaseVariable"/>):
/// the fixture serves a copy of it, and the given file is only read.
/// </summary>
public sealed class GivenDatabaseTests
{
    [Fact]
    public async Task The_fixture_serves_a_copy_of_a_given_database_and_leaves_the_file_as_it_was()
    {
        // A database of its own to give: the hand-built seed data (five units, their budgets), in WAL mode as served.
        using var given = new BudgetGraphFixture();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = FileDigest(given.DatabasePath);
        var expected = (await given.DataAsync("{ budgets { totalCount } units(first: 50) { nodes { slug } } }")).GetRawText();

        using (var fixture = new SyntheticCopiesFixture(given.DatabasePath))
        {
            Assert.Null(fixture.ExpectedBudgets);
            Assert.NotEqual(given.DatabasePath, fixture.DatabasePath);
            Assert.Equal(expected, (await fixture.DataAsync("{ budgets { totalCount } units(first: 50) { nodes { slug } } }")).GetRawText());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(given.DatabasePath));
        Assert.Equal(before, FileDigest(given.DatabasePath));
    }

    [Fact]
    public async Task A_given_database_that_is_busy_is_copied_once_it_is_free()
    {
        using var given = new BudgetGraphFixture();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Another process's exclusive hold on the file (a writer that keeps it): every other connection meets SQLITE_BUSY.
        await using var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={given.DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using (var hold = holder.CreateCommand())
        {
            hold.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;";
            await hold.ExecuteNonQueryAsync();
        }
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await using var commit = holder.CreateCommand();
            commit.CommandText = "COMMIT; PRAGMA locking_mode=NORMAL; SELECT COUNT(*) FROM Budgets;";
            await commit.ExecuteScalarAsync();
            await holder.CloseAsync();
        });

        using var fixture = await Task.Run(() => new SyntheticCopiesFixture(given.DatabasePath));
        await release;

        Assert.Equal((await given.DataAsync("{ budgets { totalCount } }")).GetRawText(),
            (await fixture.DataAsync("{ budgets { totalCount } }")).GetRawText());
    }

    [Fact]
    public void A_given_path_that_is_not_a_file_is_refused_with_the_variable_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"budgetgraph-missing-{Guid.NewGuid():N}.db");

        var refused = Assert.Throws<FileNotFoundException>(() => new SyntheticCopiesFixture(missing));

        Assert.Contains(SyntheticCopiesFixture.GivenDatabaseVariable, refused.Message);
        Assert.Contains(missing, refused.Message);
        Assert.False(File.Exists(missing));
    }

    private static string FileDigest(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
