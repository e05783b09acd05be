using BudgetGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>schema.graphql at the repository root is the printed schema; this fails when it is stale.</summary>
public sealed class SchemaFileTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    private const string RefreshCommand = "UPDATE_SCHEMA=1 dotnet test tests/BudgetGraph.Api.Tests --filter SchemaFile";

    [Fact]
    public void SchemaFile_matches_the_printed_schema()
    {
        var schema = Fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryPaths.Root, "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        KeptFile.AssertCurrent(path, printed, "the GraphQL schema changed", RefreshCommand);
    }

    [Fact]
    public void SchemaFile_describes_every_type_field_argument_and_enum_value()
    {
        var schema = Fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is ScalarGraphType) continue;
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void SchemaFile_states_the_unit_of_every_amount_field()
    {
        var schema = Fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        var amountNames = new[] { "amount", "income", "expenditure", "basic", "project", "total", "expected", "actual" };
        var missing = schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(t => t.Fields.Select(f => (Type: t, Field: f)))
            .Where(x => amountNames.Contains(x.Field.Name) && x.Field.ResolvedType?.ToString() == "Decimal")
            .Where(x => x.Field.Description?.Contains("万元") != true)
            .Select(x => $"{x.Type.Name}.{x.Field.Name}")
            .ToList();
        Assert.Empty(missing);
    }
}
