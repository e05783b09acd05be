using System.Net;
using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The start-up warm-up (<see cref="WarmUpService"/>) sends requests the service answers without errors (on the seeds,
/// each with data), and a warm-up that fails ends without stopping the start.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class WarmUpTests(LiveServerFixture server)
{
    [Fact]
    public async Task Every_warm_up_request_is_answered_with_data_and_no_errors()
    {
        using var client = server.CreateClient();
        foreach (var body in WarmUpService.Requests)
        {
            using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
            Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("data").ValueKind);
        }
    }

    [Fact]
    public async Task A_failing_warm_up_does_not_stop_the_start()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var warmUp = new WarmUpService(services, Options.Create(new GraphQLHttpOptions { WarmUpRounds = 1 }),
            NullLogger<WarmUpService>.Instance);
        // No endpoint is registered: the warm-up fails at once, logs it and lets the host start.
        await warmUp.StartAsync(CancellationToken.None);
    }
}
