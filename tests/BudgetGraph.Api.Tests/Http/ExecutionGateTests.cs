using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// At most <c>GraphQLHttp:MaxConcurrentExecutions</c> requests execute at once; the others wait, and one that cannot
/// start within <c>MaxExecutionWaitSeconds</c> is shed with 503 <c>SERVER_BUSY</c> (fake executer, no timing).
/// </summary>
public sealed class ExecutionGateTests
{
    private const string Query = """{"query":"{ apiVersion }"}""";

    [Fact]
    public async Task A_request_beyond_the_limit_waits_for_a_free_slot_and_then_executes()
    {
        var executer = new HeldExecuter();
        var gate = new ExecutionGate(1);
        var endpoint = EndpointWithoutDatabase.Create(executer, new GraphQLHttpOptions { ResponseCacheEntries = 0, MaxConcurrentExecutions = 1 }, gate: gate);

        var first = endpoint.HandleAsync(EndpointWithoutDatabase.PostContext(Query));
        await executer.Started.Task;
        var secondContext = EndpointWithoutDatabase.PostContext(Query);
        var second = endpoint.HandleAsync(secondContext);

        // The second waits for the slot: it has not reached the executer while the first holds it.
        Assert.Equal(1, executer.Calls);
        Assert.False(second.IsCompleted);
        executer.Release.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(2, executer.Calls);
        Assert.Equal(StatusCodes.Status200OK, secondContext.Response.StatusCode);
        Assert.Equal(0, gate.Executing);
    }

    [Fact]
    public async Task A_request_that_cannot_start_within_the_wait_limit_is_503_SERVER_BUSY_with_Retry_After()
    {
        var executer = new HeldExecuter();
        var options = new GraphQLHttpOptions { ResponseCacheEntries = 0, MaxConcurrentExecutions = 1, MaxExecutionWaitSeconds = 0 };
        var endpoint = EndpointWithoutDatabase.Create(executer, options);

        var first = endpoint.HandleAsync(EndpointWithoutDatabase.PostContext(Query));
        await executer.Started.Task;
        var shed = EndpointWithoutDatabase.PostContext(Query);
        await endpoint.HandleAsync(shed);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, shed.Response.StatusCode);
        Assert.Equal("1", shed.Response.Headers.RetryAfter.ToString());
        using var json = JsonDocument.Parse(((MemoryStream)shed.Response.Body).ToArray());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("SERVER_BUSY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The service is executing 1 requests and none finished within 0 s; retry shortly.", error.GetProperty("message").GetString());
        Assert.False(json.RootElement.TryGetProperty("data", out _)); // never executed
        Assert.Equal(1, executer.Calls);

        executer.Release.SetResult();
        await first;
        // The slot is free again: the next request executes.
        var next = EndpointWithoutDatabase.PostContext(Query);
        await endpoint.HandleAsync(next);
        Assert.Equal(StatusCodes.Status200OK, next.Response.StatusCode);
        Assert.Equal(2, executer.Calls);
    }

    [Fact]
    public async Task A_failing_execution_frees_its_slot()
    {
        var gate = new ExecutionGate(1);
        var endpoint = EndpointWithoutDatabase.Create(new FailingExecuter(), new GraphQLHttpOptions { ResponseCacheEntries = 0, MaxConcurrentExecutions = 1 }, gate: gate);

        var http = EndpointWithoutDatabase.PostContext(Query);
        await endpoint.HandleAsync(http);

        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        Assert.Equal(0, gate.Executing);
    }

    [Fact]
    public async Task A_slot_disposed_twice_is_freed_once()
    {
        var gate = new ExecutionGate(2);
        var slot = (await gate.EnterAsync(TimeSpan.Zero, CancellationToken.None))!;
        using var other = (await gate.EnterAsync(TimeSpan.Zero, CancellationToken.None))!;
        slot.Dispose();
        slot.Dispose();
        Assert.Equal(1, gate.Executing);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5000)]
    public void The_limit_must_be_between_1_and_4096(int limit)
    {
        var options = new GraphQLHttpOptions { MaxConcurrentExecutions = limit };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal("GraphQLHttp:MaxConcurrentExecutions must be between 1 and 4096.", Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void The_default_limit_is_twice_the_processor_count()
    {
        Assert.Equal(2 * Environment.ProcessorCount, new GraphQLHttpOptions().MaxConcurrentExecutions);
    }

    /// <summary>Answers <c>{"data":{}}</c> once <see cref="Release"/> is set; the first call signals <see cref="Started"/>.</summary>
    private sealed class HeldExecuter : IDocumentExecuter<BudgetSchema>
    {
        private int calls;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Calls => Volatile.Read(ref calls);

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            Interlocked.Increment(ref calls);
            Started.TrySetResult();
            await Release.Task;
            return new ExecutionResult { Executed = true, Data = new Dictionary<string, object?>() };
        }
    }

    private sealed class FailingExecuter : IDocumentExecuter<BudgetSchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException("fails inside execution");
    }
}
