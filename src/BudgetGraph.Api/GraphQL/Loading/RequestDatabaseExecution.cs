using GraphQL;
using GraphQL.DI;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// Gives every execution its own <see cref="RequestDatabase"/> (one read snapshot for all its SQL), kept in the
/// user context where <c>DbFactory()</c> finds it, and closes it when the execution ends. Its context comes from
/// <see cref="RequestDbContextPool"/> (one pool on the application's options).
/// </summary>
public sealed class RequestDatabaseExecution(RequestDbContextPool pool) : IConfigureExecution
{
    /// <summary>After the persisted-document handler (200) and the parsed-document cache (250).</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        await using var database = new RequestDatabase(pool);
        executionOptions.UserContext[RequestDatabase.UserContextKey] = database;
        try
        {
            return await next(executionOptions);
        }
        finally
        {
            executionOptions.UserContext.Remove(RequestDatabase.UserContextKey);
        }
    }
}
