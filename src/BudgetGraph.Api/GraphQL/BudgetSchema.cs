using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL;

/// <summary>
/// The BudgetGraph schema (code-first). Resolvers read the database through <see cref="DbContextFactory"/> (pooled,
/// one short-lived context per query or batch) and obey <see cref="Options"/> (page sizes).
/// </summary>
public sealed class BudgetSchema : Schema
{
    public BudgetSchema(IServiceProvider services, IDbContextFactory<BudgetDbContext> dbContextFactory, GraphQLOptions options)
        : base(services)
    {
        DbContextFactory = dbContextFactory;
        Options = options;
        Description = "BudgetGraph: the department budget disclosures (部门预算公开) of five Chongqing sub-district offices.";
        Query = services.GetRequiredService<QueryType>();
        // IDEs (GraphiQL) send a deeply nested introspection query on load; it reads no data, so it must not count
        // against the complexity limit meant for data queries.
        this.WithIntrospectionComplexityImpact(0);
    }

    public IDbContextFactory<BudgetDbContext> DbContextFactory { get; }

    public GraphQLOptions Options { get; }
}
