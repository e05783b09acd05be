using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Introspection is costed like data: each list field of the introspection types (<c>__Schema.types</c>,
/// <c>__Type.fields</c>, <c>args</c>, <c>inputFields</c>, <c>enumValues</c> …) multiplies its children by the average
/// number of items it really returns in this schema. The IDE's introspection query costs about what its answer
/// holds and passes; aliased fragments nesting <c>types { fields { type { fields … } } }</c> multiply to millions
/// and are refused by the complexity limit instead of producing hundreds of megabytes.
/// </summary>
internal static class IntrospectionComplexity
{
    private static readonly Lock Gate = new();
    private static (ISchema Schema, Dictionary<string, double> Multipliers)? _cache;

    /// <summary>The impact of an introspection field, or null for a data field.</summary>
    public static FieldComplexityResult? Of(FieldImpactContext context)
    {
        var parent = context.ParentType.Name;
        if (!parent.StartsWith("__", StringComparison.Ordinal)) return null;
        var multipliers = MultipliersFor(context.ValidationContext.Schema);
        return multipliers.TryGetValue(parent + "." + context.FieldDefinition.Name, out var multiplier)
            ? new FieldComplexityResult(1, multiplier)
            : new FieldComplexityResult(1, 1);
    }

    private static Dictionary<string, double> MultipliersFor(ISchema schema)
    {
        lock (Gate)
        {
            if (_cache is { } cached && ReferenceEquals(cached.Schema, schema)) return cached.Multipliers;
            var types = schema.AllTypes.ToList();
            var complex = types.OfType<IComplexGraphType>().ToList();
            var outputs = complex.Where(t => t is not IInputObjectGraphType).ToList();
            var inputs = complex.OfType<IInputObjectGraphType>().ToList();
            var enums = types.OfType<EnumerationGraphType>().ToList();
            var fields = outputs.SelectMany(t => t.Fields).ToList();
            var multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["__Schema.types"] = types.Count,
                ["__Schema.directives"] = Math.Max(1, schema.Directives.Count),
                ["__Type.fields"] = Average(outputs.Select(t => t.Fields.Count)),
                ["__Type.inputFields"] = Average(inputs.Select(t => t.Fields.Count)),
                ["__Type.enumValues"] = Average(enums.Select(t => t.Values.Count)),
                ["__Type.interfaces"] = 2,
                ["__Type.possibleTypes"] = 2,
                ["__Field.args"] = Average(fields.Select(f => f.Arguments?.Count ?? 0)),
                ["__Directive.args"] = 2,
            };
            _cache = (schema, multipliers);
            return multipliers;
        }
    }

    private static double Average(IEnumerable<int> counts)
    {
        var list = counts.ToList();
        return list.Count == 0 ? 1 : Math.Max(1, list.Average());
    }
}
