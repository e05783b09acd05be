using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Whether a schema applies GraphQL.NET's <c>@length</c> directive to any argument or input field — the only places
/// its rule (<c>InputFieldsAndArgumentsOfCorrectLength</c>) reads it. A schema without one never fails that rule, so a
/// cached, validated document need not run it (<see cref="ParsedDocumentCache"/>). Found once per schema instance.
/// </summary>
public static class LengthDirectives
{
    private static readonly ConditionalWeakTable<ISchema, StrongBox<bool>> Applied = [];

    /// <summary>Whether <paramref name="schema"/> applies <c>@length</c> anywhere (arguments of fields and directives, input fields).</summary>
    public static bool AppliedIn(ISchema schema) => Applied.GetValue(schema, s => new StrongBox<bool>(Find(s))).Value;

    private static bool Find(ISchema schema)
    {
        schema.Initialize();
        foreach (var type in schema.AllTypes)
        {
            if (type is not IComplexGraphType complex) continue;
            foreach (var field in complex.Fields)
            {
                if (IsApplied(field) || (field.Arguments?.Any(IsApplied) ?? false)) return true;
            }
        }
        return schema.Directives.Any(directive => directive.Arguments?.Any(IsApplied) ?? false);
    }

    private static bool IsApplied(IMetadataReader provider) => provider.FindAppliedDirective("length") is not null;
}
