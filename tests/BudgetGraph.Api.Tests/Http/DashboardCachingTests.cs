using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>For dashboards: cacheable GET answers (ETag, Cache-Control, 304) and persisted documents called by id.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class DashboardCachingTests(LiveServerFixture server)
{
    private const string YearsQuery = "{ fiscalYears { year } }";

    [Fact]
    public async Task Get_answer_carries_an_etag_and_cache_control()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(GetUrl(YearsQuery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_with_the_current_etag_in_if_none_match_is_304_without_a_body()
    {
        using var client = server.CreateClient();
        using var first = await client.GetAsync(GetUrl(YearsQuery));
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, GetUrl(YearsQuery));
        revalidation.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Etag_is_the_hash_of_the_answer_so_a_different_answer_has_a_different_tag()
    {
        // The tag hashes the media type and the exact response bytes: when an import changes the data a query reads,
        // its answer and so its tag change, and a dashboard's If-None-Match no longer matches.
        using var client = server.CreateClient();
        using var years = await client.GetAsync(GetUrl(YearsQuery));
        using var yearsAgain = await client.GetAsync(GetUrl(YearsQuery));
        using var units = await client.GetAsync(GetUrl("{ units { totalCount } }"));
        using var stale = new HttpRequestMessage(HttpMethod.Get, GetUrl(YearsQuery));
        stale.Headers.IfNoneMatch.Add(units.Headers.ETag!);
        using var staleAnswer = await client.SendAsync(stale);

        Assert.Equal(years.Headers.ETag, yearsAgain.Headers.ETag);
        Assert.NotEqual(years.Headers.ETag, units.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, staleAnswer.StatusCode);
        Assert.Equal(await years.Content.ReadAsStringAsync(), await staleAnswer.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The two JSON media types are two representations (Content-Type differs, and so do status codes of errors): the
    /// same bytes under each get different tags, so a cache or a revalidation never hands one client the other's.
    /// </summary>
    [Fact]
    public async Task Each_json_media_type_has_its_own_etag_and_the_other_ones_tag_gets_a_full_answer()
    {
        using var client = server.CreateClient();
        using var json = await GetAsync(client, YearsQuery, "application/json");
        using var graphQLResponse = await GetAsync(client, YearsQuery, "application/graphql-response+json");
        using var crossed = await GetAsync(client, YearsQuery, "application/graphql-response+json", ifNoneMatch: json.Headers.ETag);
        using var same = await GetAsync(client, YearsQuery, "application/graphql-response+json", ifNoneMatch: graphQLResponse.Headers.ETag);

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/graphql-response+json", graphQLResponse.Content.Headers.ContentType?.MediaType);
        var body = await json.Content.ReadAsStringAsync();
        Assert.Equal(body, await graphQLResponse.Content.ReadAsStringAsync());
        Assert.NotNull(json.Headers.ETag);
        Assert.NotNull(graphQLResponse.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, graphQLResponse.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", graphQLResponse.Headers.Vary);

        Assert.Equal(HttpStatusCode.OK, crossed.StatusCode);
        Assert.Equal("application/graphql-response+json", crossed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(graphQLResponse.Headers.ETag, crossed.Headers.ETag);
        Assert.Equal(body, await crossed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
    }

    /// <summary>
    /// Every answer of /graphql depends on Accept — an error is 400 under one JSON type and 200 under the other — so
    /// every answer says Vary: Accept, not only the cacheable ones.
    /// </summary>
    [Theory]
    [InlineData("{ noSuchField }", "application/json", HttpStatusCode.OK)]
    [InlineData("{ noSuchField }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ fiscalYears { year } }", "text/html;q=0.9, image/png", HttpStatusCode.NotAcceptable)]
    public async Task Answers_that_are_not_cacheable_vary_on_accept_too(string query, string accept, HttpStatusCode status)
    {
        using var client = server.CreateClient();
        using var response = await GetAsync(client, query, accept);

        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Post_answers_are_not_marked_cacheable()
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = YearsQuery });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Registered_query_is_called_by_its_sha256_id_with_variables_on_get()
    {
        const string query = "query UnitBySlug($slug: String!) { units(where: { slug: { eq: $slug } }) { totalCount } }";
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", LiveServerFixture.ApiKey);
        using var registration = await client.PostAsJsonAsync("/graphql/documents", new { query });
        var documentId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString();

        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))), documentId);

        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/graphql?documentId={documentId}&variables={Uri.EscapeDataString("""{"slug":"no-such-unit"}""")}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var call = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.Equal("""{"data":{"units":{"totalCount":0}}}""", await call.Content.ReadAsStringAsync());
        Assert.NotNull(call.Headers.ETag);
    }

    [Fact]
    public async Task Unknown_document_id_is_a_clear_document_not_found_error()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=sha256:" + new string('0', 64));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("DOCUMENT_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("does not correspond to a persisted document", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"query":"mutation { x }"}""", 400, "HTTP_METHOD_VALIDATION")]
    [InlineData("""{"query":"{"}""", 400, "SYNTAX_ERROR")]
    [InlineData("""{"documentId":"sha256:abc"}""", 400, "QUERY_MISSING")]
    public async Task Registration_refuses_what_cannot_be_called_by_get(string body, int status, string code)
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", LiveServerFixture.ApiKey);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql/documents", content);

        Assert.Equal(status, (int)response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string query, string accept, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl(query));
        request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }

    private static string GetUrl(string query) => "/graphql?query=" + Uri.EscapeDataString(query);
}
