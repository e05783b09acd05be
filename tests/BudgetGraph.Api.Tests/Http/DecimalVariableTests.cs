using System.Net;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// A <c>Decimal</c> given as a JSON variable is held exactly like the same number written as a literal: a number a
/// decimal cannot hold exactly (more than 28 significant digits, beyond its range, or an exponent that does not resolve
/// exactly) is a variable error naming the variable — 400 with graphql-response+json — never rounded.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class DecimalVariableTests(LiveServerFixture server)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string AmountAtLeast = "query ($v: Decimal) { projects(where: { amount: { gte: $v } }) { totalCount } }";

    public static TheoryData<string> UnheldNumbers() =>
    [
        "1234.5678901234567890123456789012", // 32 significant digits: a decimal would round the last four away
        "-0.10000000000000000000000000000001",
        "100.00000000000000000000000000001",
        "1.2345678901234567890123456789012e3", // the same digits with an exponent
        "1e-40", // a decimal would make this 0
        "1e30", // beyond the decimal range
        "123456789012345678901234567890123", // an integer beyond the decimal range
    ];

    [Theory]
    [MemberData(nameof(UnheldNumbers))]
    public async Task A_decimal_variable_the_decimal_cannot_hold_exactly_is_refused_naming_the_variable(string number)
    {
        using var response = await PostAsync(AmountAtLeast, "{\"v\":" + number + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.StartsWith("Variable '$v' is invalid.", message);
        // The number as sent, never a rounded one: GraphQL.NET's message quotes an integer, and says "(object)" for
        // the numeral kept as text, whose text is then in extensions.data.value.
        var quoted = error.GetProperty("extensions").TryGetProperty("data", out var data) ? data.GetProperty("value").GetString() : message;
        Assert.Contains(number, quoted);
    }

    [Theory]
    [MemberData(nameof(UnheldNumbers))]
    public async Task A_decimal_variable_the_decimal_cannot_hold_exactly_is_refused_on_get_too(string number)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString(AmountAtLeast) + "&variables=" + Uri.EscapeDataString("{\"v\":" + number + "}"));
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await BodyAsync(response)).GetProperty("errors")[0];
        Assert.Equal("INVALID_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Variable '$v' is invalid.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unheld_number_inside_a_list_or_an_input_object_variable_is_refused_naming_that_variable()
    {
        using var list = await PostAsync("query ($amounts: [Decimal]) { projects(where: { amount: { in: $amounts } }) { totalCount } }",
            """{"amounts":[1, 1234.5678901234567890123456789012]}""");
        using var filter = await PostAsync("query ($where: ProjectFilterInput) { projects(where: $where) { totalCount } }",
            """{"where":{"amount":{"gte":1234.5678901234567890123456789012}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.StartsWith("Variable '$amounts[1]' is invalid.", (await BodyAsync(list)).GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.StartsWith("Variable '$where.amount.gte' is invalid.", (await BodyAsync(filter)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    /// <summary>Numbers a decimal holds exactly, however written, are the same bound as the literal.</summary>
    [Theory]
    [InlineData("1.5e3", "1500")]
    [InlineData("1500.000000000000000000000000", "1500")]
    [InlineData("0.1", "0.1")]
    [InlineData("15E+2", "1500")]
    [InlineData("12.345678", "12.345678")]
    [InlineData("0e-40", "0")]
    [InlineData("-1234567890123456789012.123456", "-1234567890123456789012.123456")] // 28 significant digits
    public async Task A_decimal_variable_the_decimal_holds_exactly_filters_like_the_literal(string variable, string literal)
    {
        using var byVariable = await PostAsync(AmountAtLeast, "{\"v\":" + variable + "}");
        using var byLiteral = await PostAsync("{ projects(where: { amount: { gte: " + literal + " } }) { totalCount } }", null);

        Assert.Equal(HttpStatusCode.OK, byVariable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byLiteral.StatusCode);
        var expected = (await BodyAsync(byLiteral)).GetProperty("data").GetProperty("projects").GetProperty("totalCount").GetInt32();
        Assert.Equal(expected, (await BodyAsync(byVariable)).GetProperty("data").GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    /// <summary>The scalar takes numbers only: a string, however exact, is refused (as a string literal is).</summary>
    [Theory]
    [InlineData("\"1.5\"")]
    [InlineData("\"1234.5678901234567890123456789012\"")]
    public async Task A_decimal_variable_given_as_a_string_is_refused(string value)
    {
        using var response = await PostAsync(AmountAtLeast, "{\"v\":" + value + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Variable '$v' is invalid.", (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    /// <summary>An Int argument still takes JSON integers, and refuses a number with a fraction or an exponent.</summary>
    [Theory]
    [InlineData("2", HttpStatusCode.OK)]
    [InlineData("2.0", HttpStatusCode.BadRequest)]
    [InlineData("2e0", HttpStatusCode.BadRequest)]
    public async Task An_int_variable_takes_json_integers_only(string value, HttpStatusCode status)
    {
        using var response = await PostAsync("query ($n: Int) { projects(first: $n) { nodes { amount } } }", "{\"n\":" + value + "}");

        Assert.Equal(status, response.StatusCode);
        var body = await BodyAsync(response);
        if (status == HttpStatusCode.OK) Assert.Equal(2, body.GetProperty("data").GetProperty("projects").GetProperty("nodes").GetArrayLength());
        else Assert.StartsWith("Variable '$n' is invalid.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? variables)
    {
        using var client = server.CreateClient();
        var body = "{\"query\":" + JsonSerializer.Serialize(query) + (variables is null ? "" : ",\"variables\":" + variables) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
