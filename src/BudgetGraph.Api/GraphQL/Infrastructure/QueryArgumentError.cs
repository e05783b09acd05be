using GraphQL;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>An error about a query's arguments, reported on the field with a stable code (see <see cref="ErrorCodes"/>).</summary>
public sealed class QueryArgumentError : ExecutionError
{
    public QueryArgumentError(string code, string message) : base(message) => Code = code;
}
