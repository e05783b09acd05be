namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>Shared access to the class fixture for the schema tests.</summary>
public abstract class SchemaTestsBase(BudgetGraphFixture fixture) : IClassFixture<BudgetGraphFixture>
{
    protected BudgetGraphFixture Fixture { get; } = fixture;

    /// <summary>The text of one property of each element of a JSON array.</summary>
    protected static string[] Values(System.Text.Json.JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).ToString()).ToArray();
}
