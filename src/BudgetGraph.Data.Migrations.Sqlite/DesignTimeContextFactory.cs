using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetGraph.Data.Migrations.Sqlite;

/// <summary>
/// What `dotnet ef` uses to build the model when this project is its start-up project: the one model, on Sqlite,
/// with this assembly as the migrations assembly. It never connects (`migrations add` and `migrations script`
/// need no database); `database update` is not how this project applies migrations (the service and its
/// `migrate` command do, see DatabaseSetup).
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<BudgetDbContext>
{
    public BudgetDbContext CreateDbContext(string[] args) =>
        new(DatabaseServiceCollectionExtensions.CreateOptions(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = "Data Source=:memory:",
        }));
}
