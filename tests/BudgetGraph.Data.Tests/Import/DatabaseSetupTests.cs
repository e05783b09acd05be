using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

public class DatabaseSetupTests
{
    [Fact]
    public async Task A_new_database_is_created_and_stamped_and_accepted_again()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();

        await DatabaseSetup.EnsureCreatedAsync(db);
        await DatabaseSetup.EnsureCreatedAsync(db);

        Assert.Equal(64, (await db.SchemaStamps.SingleAsync()).ModelHash.Length);
    }

    [Fact]
    public async Task A_database_made_from_another_model_is_reported_not_used()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await DatabaseSetup.EnsureCreatedAsync(db);
        await db.SchemaStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.ModelHash, "made-by-an-older-build"));

        var error = await Assert.ThrowsAsync<DatabaseSchemaMismatchException>(() => DatabaseSetup.EnsureCreatedAsync(db));

        Assert.Contains("delete its file", error.Message);
    }

    [Fact]
    public async Task A_database_from_before_the_stamp_is_reported_not_used()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("DROP TABLE SchemaStamps");

        await Assert.ThrowsAsync<DatabaseSchemaMismatchException>(() => DatabaseSetup.EnsureCreatedAsync(db));
    }
}
