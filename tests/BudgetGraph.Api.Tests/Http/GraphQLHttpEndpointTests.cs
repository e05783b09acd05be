using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Status codes and media types of /graphql, against the real service on a loopback port.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphQLHttpEndpointTests(LiveServerFixture server)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task Post_without_accept_answers_data_as_application_json()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Chinese_text_is_sent_as_utf8_not_escaped()
    {
        // The official name of the Nanping office, as in seeds/nanping-2024.txt.
        using var response = await PostAsync("""{"query":"{ unit(slug: \"nanping\") { name } }"}""");

        Assert.Equal("""{"data":{"unit":{"name":"重庆市南岸区人民政府南坪街道办事处"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_accepting_graphql_response_json_answers_in_that_media_type()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", accept: $"{Json};q=0.9, {GraphQLResponse}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_with_variables_and_operation_name_runs_the_named_operation()
    {
        using var response = await PostAsync(
            """{"query":"query A { a: __typename } query B($name: String!) { __type(name: $name) { name } }","operationName":"B","variables":{"name":"Query"}}""",
            accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_runs_a_query_from_the_query_string()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query Q($name: String!) { __type(name: $name) { name } }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("""{"name":"Query"}"""));
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_allow_post()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("HTTP_METHOD_VALIDATION", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Syntax_error_is_400_without_data_when_accepting_graphql_response_json()
    {
        using var response = await PostAsync("""{"query":"{"}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("SYNTAX_ERROR", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>Documents nested beyond the parser's depth limit: selections, input objects, list values.</summary>
    public static TheoryData<string> TooDeepDocuments() =>
    [
        "{" + string.Concat(Enumerable.Repeat("units{", 70)) + "x" + new string('}', 71),
        "{ projects(where: " + string.Concat(Enumerable.Repeat("{or:[", 60)) + "{}" + string.Concat(Enumerable.Repeat("]}", 60)) + ") { totalCount } }",
        "{ units(slugs: " + new string('[', 200) + new string(']', 200) + ") { slug } }",
    ];

    [Theory]
    [MemberData(nameof(TooDeepDocuments))]
    public async Task A_document_nested_too_deeply_is_a_syntax_error_on_post(string query)
    {
        var body = JsonSerializer.Serialize(new { query });
        using var strict = await PostAsync(body, accept: GraphQLResponse);
        using var legacy = await PostAsync(body, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(GraphQLResponse, strict.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SYNTAX_ERROR", await FirstErrorCodeAsync(strict));
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("SYNTAX_ERROR", await FirstErrorCodeAsync(legacy));
    }

    [Theory]
    [MemberData(nameof(TooDeepDocuments))]
    public async Task A_document_nested_too_deeply_is_a_syntax_error_on_get(string query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Validation_error_is_400_with_graphql_response_json_and_200_with_application_json()
    {
        const string unknownField = """{"query":"{ noSuchField }"}""";
        using var strict = await PostAsync(unknownField, accept: GraphQLResponse);
        using var legacy = await PostAsync(unknownField, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", await FirstErrorCodeAsync(strict));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", await FirstErrorCodeAsync(legacy));
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_when_accepting_graphql_response_json()
    {
        using var response = await PostAsync("""{"query":"query ($name: String!) { __type(name: $name) { name } }","variables":{"name":null}}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VALUE", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_with_an_unsupported_content_type_is_415(string contentType)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("INVALID_CONTENT_TYPE", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        using var client = server.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}"""));
        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Accept_that_allows_no_graphql_media_type_is_406(string accept)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Body_over_the_configured_limit_is_413()
    {
        // The fixture sets GraphQLHttp:MaxRequestBodyBytes to 65536.
        var padding = new string(' ', 70_000);
        using var response = await PostAsync("{\"query\":\"{ __typename }\"" + padding + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413_too()
    {
        using var client = server.CreateClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"" + new string(' ', 70_000) + "}")));
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"not a JSON", "JSON_INVALID")]
    [InlineData("", "JSON_INVALID")]
    [InlineData("""{"notquery":"{ __typename }"}""", "QUERY_MISSING")]
    [InlineData("""{"query":{"obj":"ect"}}""", "INVALID_REQUEST_PARAMETER")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "INVALID_REQUEST_PARAMETER")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""", "INVALID_REQUEST_PARAMETER")]
    [InlineData("""[{"query":"{ __typename }"}]""", "BATCH_REQUEST_NOT_SUPPORTED")]
    [InlineData("42", "INVALID_REQUEST_PARAMETER")]
    public async Task Malformed_request_is_400_with_a_graphql_error_code(string body, string expectedCode)
    {
        using var response = await PostAsync(body, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedCode, await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Get_without_query_from_a_program_is_400_query_missing()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(Json);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Get_with_invalid_variables_json_is_400()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/graphql?query=%7B__typename%7D&variables=%7Bnope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JSON_INVALID", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var client = server.CreateClient();
        using var response = await client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, Json));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_is_200_when_the_database_opens()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string contentType = Json)
    {
        using var client = server.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    private static async Task<string?> FirstErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
