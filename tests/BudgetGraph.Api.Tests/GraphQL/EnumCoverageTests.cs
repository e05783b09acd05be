using BudgetGraph.Api.GraphQL.Enums;
using GraphQL.Types;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The enum graph types list their values by hand (for descriptions); a value added to a model enum and forgotten
/// here would fail at run time ("Error trying to resolve field"), so every model value must have a graph value.
/// </summary>
public class EnumCoverageTests
{
    public static TheoryData<Type> DescribedEnumTypes() => new(typeof(DescribedEnumType<>).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, BaseType.IsGenericType: true }
                    && t.BaseType.GetGenericTypeDefinition() == typeof(DescribedEnumType<>)));

    [Theory]
    [MemberData(nameof(DescribedEnumTypes))]
    public void Every_model_enum_value_has_a_graph_enum_value(Type graphType)
    {
        var modelEnum = graphType.BaseType!.GetGenericArguments()[0];
        var graph = (EnumerationGraphType)Activator.CreateInstance(graphType)!;

        var missing = Enum.GetValues(modelEnum).Cast<object>()
            .Where(value => graph.Values.All(v => !Equals(v.Value, value))).ToList();

        Assert.True(missing.Count == 0, $"{graph.Name} lacks {string.Join(", ", missing)}");
    }
}
