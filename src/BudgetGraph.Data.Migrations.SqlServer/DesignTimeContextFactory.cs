using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetGraph.Data.Migrations.SqlServer;

/// <summary>
/// What `dotnet ef` uses to build the model when this project is its start-up project: the one model, on SqlServer,
/// with this assembly as the migrations assembly. It never connects (`migrations add` and `migrations script`
/// need no database); `database update` is not how this project applies migrations (the service and its
/// `migrate` command do, see DatabaseSetup).
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<BudgetDbContext>
{
    public BudgetDbContext CreateDbContext(string[] args) =>
        new(DatabaseServiceCollectionExtensions.CreateOptions(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=(design-time);Database=BudgetGraph;Integrated Security=false",
        }));
}
