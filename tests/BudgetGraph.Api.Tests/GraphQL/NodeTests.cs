using System.Text;

namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class NodeTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Global_ids_are_base64_of_type_name_and_raw_id()
    {
        var data = await Fixture.DataAsync("""{ unit(slug: "nanping") { id } }""");
        var id = data.GetProperty("unit").GetProperty("id").GetString()!;
        Assert.Equal("Unit:1", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }

    [Fact]
    public async Task Node_round_trips_ids_of_every_kind()
    {
        var ids = await Fixture.DataAsync("""
            { unit(slug: "chaoyang") { id budget(year: 2023) { id projects { id indicators { id } } findings { id } } } }
            """);
        var unit = ids.GetProperty("unit");
        var budget = unit.GetProperty("budget");
        var project = budget.GetProperty("projects")[0];
        var variables = $$"""
            { "unit": "{{unit.GetProperty("id")}}", "budget": "{{budget.GetProperty("id")}}", "project": "{{project.GetProperty("id")}}",
              "indicator": "{{project.GetProperty("indicators")[0].GetProperty("id")}}", "finding": "{{budget.GetProperty("findings")[0].GetProperty("id")}}" }
            """;
        var data = await Fixture.DataAsync("""
            query($unit: ID!, $budget: ID!, $project: ID!, $indicator: ID!, $finding: ID!) {
              u: node(id: $unit) { id ... on Unit { slug } }
              b: node(id: $budget) { ... on Budget { year totals { expenditure } } }
              p: node(id: $project) { ... on Project { name amount } }
              i: node(id: $indicator) { ... on Indicator { name numericTarget } }
              f: node(id: $finding) { __typename ... on DataQualityFinding { rule actual } }
            }
            """, variables);
        Assert.Equal("chaoyang", data.GetProperty("u").GetProperty("slug").GetString());
        Assert.Equal(unit.GetProperty("id").GetString(), data.GetProperty("u").GetProperty("id").GetString());
        Assert.Equal(3394.41m, data.GetProperty("b").GetProperty("totals").GetProperty("expenditure").GetDecimal());
        Assert.Equal("清扫保洁服务外包", data.GetProperty("p").GetProperty("name").GetString());
        Assert.Equal(122345m, data.GetProperty("i").GetProperty("numericTarget").GetDecimal());
        Assert.Equal("TABLE2_NE_TABLE8", data.GetProperty("f").GetProperty("rule").GetString());
        Assert.Equal(1225.79m, data.GetProperty("f").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Nodes_returns_entries_in_order_and_null_with_an_error_for_unknown_ids()
    {
        var unknown = Convert.ToBase64String(Encoding.UTF8.GetBytes("Unit:999"));
        var nanping = Convert.ToBase64String(Encoding.UTF8.GetBytes("Unit:1"));
        var project = Convert.ToBase64String(Encoding.UTF8.GetBytes("Project:1003"));
        var response = await Fixture.ResponseAsync($$"""
            { nodes(ids: ["{{project}}", "{{unknown}}", "{{nanping}}"]) { ... on Unit { slug } ... on Project { name } } }
            """);
        var nodes = response.GetProperty("data").GetProperty("nodes");
        Assert.Equal("南坪街道村居工作经费", nodes[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("nanping", nodes[2].GetProperty("slug").GetString());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Node_rejects_a_malformed_id_with_a_code()
    {
        var response = await Fixture.ResponseAsync("""{ node(id: "not-an-id") { id } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("INVALID_ID", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
