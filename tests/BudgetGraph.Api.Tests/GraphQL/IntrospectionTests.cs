namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// GraphiQL loads the schema with a deeply nested introspection query when the IDE opens; if the complexity or
/// depth limits meant for data queries rejected it, the IDE would show an error and offer no docs or completion.
/// </summary>
public class IntrospectionTests(BudgetGraphFixture fixture) : IClassFixture<BudgetGraphFixture>
{
    // The query GraphiQL sends (graphql-js getIntrospectionQuery), as this schema's introspection supports it.
    private const string IdeIntrospectionQuery = """
query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }
""";

    [Fact]
    public async Task The_IDE_introspection_query_is_not_rejected_by_the_complexity_limit()
    {
        var data = await fixture.DataAsync(IdeIntrospectionQuery);

        var types = data.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Budget", types);
        Assert.Contains("ProjectFilterInput", types);
    }
}
