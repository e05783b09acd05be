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
        // In place of the built-in Decimal: a literal with more digits than a decimal holds is refused, not rounded.
        RegisterType(new ExactDecimalGraphType());
        // Introspection is costed by what it returns (IntrospectionComplexity): the IDE's query on load fits the limit,
        // aliased fragments multiplying __schema { types { fields { type … } } } do not.
    }

    public IDbContextFactory<BudgetDbContext> DbContextFactory { get; }

    public GraphQLOptions Options { get; }
}
