using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Persisted documents live in the database: instances on one database share them and a restart keeps them;
/// registering needs the configured API key; a full store evicts the least recently used.
/// </summary>
public sealed class PersistedDocumentTests : IDisposable
{
    private const string ApiKey = "a-test-key-0123456789";
    private const string UnitsQuery = "{ units { totalCount } }";
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("documents");

    [Fact]
    public async Task A_document_registered_on_one_instance_runs_on_another_and_after_a_restart()
    {
        string documentId;
        using (var first = Instance())
        using (var second = Instance())
        {
            documentId = await RegisterAsync(first.CreateClient(), UnitsQuery);
            var (status, body) = await CallAsync(second.CreateClient(), documentId);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("""{"data":{"units":{"totalCount":0}}}""", body);
        }

        using var restarted = Instance();
        var (statusAfterRestart, bodyAfterRestart) = await CallAsync(restarted.CreateClient(), documentId);
        Assert.Equal(HttpStatusCode.OK, statusAfterRestart);
        Assert.Equal("""{"data":{"units":{"totalCount":0}}}""", bodyAfterRestart);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "API_KEY_MISSING")]
    [InlineData("not-the-key", HttpStatusCode.Forbidden, "API_KEY_INVALID")]
    public async Task Registration_without_the_configured_key_is_refused_with_a_graphql_error(string? key, HttpStatusCode status, string code)
    {
        using var host = Instance();
        var client = host.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.PostAsJsonAsync("/graphql/documents", new { query = UnitsQuery });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        if (status == HttpStatusCode.Unauthorized)
            Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, (await CallAsync(client, Id(UnitsQuery))).Status); // nothing was stored
    }

    [Fact]
    public async Task Without_a_configured_key_registration_is_disabled()
    {
        using var host = Instance(apiKey: "");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);

        using var response = await client.PostAsJsonAsync("/graphql/documents", new { query = UnitsQuery });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("PERSISTED_DOCUMENT_REGISTRATION_DISABLED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_full_store_evicts_the_least_recently_used_document()
    {
        var time = new ManualTime();
        using var host = Instance(maxDocuments: 2, time: time);
        var client = host.CreateClient();
        const string older = "{ units { totalCount } }", newer = "{ fiscalYears { year } }", third = "{ budgets { totalCount } }";

        var olderId = await RegisterAsync(client, older);
        time.Advance(TimeSpan.FromMinutes(2));
        var newerId = await RegisterAsync(client, newer);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(client, olderId)).Status); // now the older one is the more recently used
        time.Advance(TimeSpan.FromMinutes(2));
        var thirdId = await RegisterAsync(client, third); // the store is full: evicts `newer`

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(client, olderId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(client, thirdId)).Status);
        var (status, body) = await CallAsync(client, newerId);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("DOCUMENT_NOT_FOUND", body);
    }

    private TestHost Instance(string apiKey = ApiKey, int maxDocuments = 1000, TimeProvider? time = null)
    {
        var settings = TestHost.OnSqlite(databasePath);
        settings["PersistedDocuments:ApiKey"] = apiKey;
        settings["PersistedDocuments:MaxDocuments"] = maxDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["GraphQLHttp:ResponseCacheEntries"] = "0";
        return new TestHost(settings, time is null ? null : services => services.AddSingleton(time));
    }

    private static async Task<string> RegisterAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/documents") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var documentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString()!;
        Assert.Equal(Id(query), documentId);
        return documentId;
    }

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(HttpClient client, string documentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + documentId);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Id(string query) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
