using System.Net.Http.Json;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Posting a GraphQL query to a test host's client.</summary>
public static class GraphQLClientExtensions
{
    /// <summary>POSTs <paramref name="query"/> to /graphql and returns <c>data</c>, failing the test on any error.</summary>
    public static async Task<JsonElement> GraphQLDataAsync(this HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
