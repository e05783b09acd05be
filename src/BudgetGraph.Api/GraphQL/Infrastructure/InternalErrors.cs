using GraphQL;
using GraphQL.Execution;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// A resolver that fails unexpectedly (a database error, out of memory, a defect) is logged with the details and a
/// correlation id; the client gets the code <c>INTERNAL_SERVER_ERROR</c>, a generic message and the same id —
/// never the exception's type, message or the database's name for it (<c>SQLITE</c>). The HTTP endpoint answers
/// such a response with status 500 so that monitors see it.
/// </summary>
public static class InternalErrors
{
    public const string Code = "INTERNAL_SERVER_ERROR";

    /// <summary>User-context key of the request's correlation id (the HTTP endpoint puts its trace identifier there).</summary>
    public const string CorrelationIdKey = "BudgetGraph.CorrelationId";

    public static string NewCorrelationId() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 8));

    public static string CorrelationId(IDictionary<string, object?> userContext)
    {
        if (userContext.TryGetValue(CorrelationIdKey, out var id) && id is string text) return text;
        var created = NewCorrelationId();
        userContext[CorrelationIdKey] = created;
        return created;
    }

    public static ExecutionError Error(string correlationId) =>
        new($"The server could not complete the request; the error was logged with the correlation id {correlationId}.")
        {
            Code = Code,
        };

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        // Cancellation (the client left, or the execution timeout) is not a failure of the service.
        if (context.OriginalException is OperationCanceledException) return Task.CompletedTask;
        // So is a statement the cancelled execution interrupted (RequestDatabase: sqlite3_interrupt), should its error
        // reach a field before the execution stops: the answer is the timeout's, and nothing is logged as internal.
        if (context.OriginalException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_INTERRUPT }
            && (context.FieldContext?.CancellationToken ?? context.ExecutionOptions.CancellationToken).IsCancellationRequested)
        {
            context.Exception = new global::GraphQL.Execution.TimeoutError();
            return Task.CompletedTask;
        }
        var options = context.ExecutionOptions;
        var id = CorrelationId(options.UserContext);
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(InternalErrors).FullName!);
        logger?.LogError(context.OriginalException, "Internal error {CorrelationId} resolving {Path}", id,
            context.FieldContext is { } field ? string.Join('.', field.ResponsePath) : "(execution)");
        context.Exception = Error(id);
        return Task.CompletedTask;
    }
}
