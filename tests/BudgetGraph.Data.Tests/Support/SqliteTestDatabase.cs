using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>
/// An in-memory SQLite database that lives as long as this object: one open connection shared by every context
/// created from it, schema made by the SQLite migrations (as in production).
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDatabase()
    {
        _connection.Open();
        using var db = CreateContext();
        DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
    }

    public DbContextOptions<BudgetDbContext> Options => new DbContextOptionsBuilder<BudgetDbContext>().UseBudgetSqlite(_connection).Options;

    public BudgetDbContext CreateContext() => new(Options);

    public SqliteConnection Connection => _connection;

    public void Dispose() => _connection.Dispose();
}
