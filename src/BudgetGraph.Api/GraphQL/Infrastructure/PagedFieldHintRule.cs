using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// GraphQL.NET's "fields on correct type" rule (5.3.1), with one more suggestion: a field asked of a page that its
/// rows have — <c>compare { unitSlug }</c>, the shape <c>compare</c> and <c>expenditureAggregate</c> had before they
/// paged (issue 8) — is answered "Did you mean 'nodes { unitSlug }'?" instead of a spelling guess ("Did you mean
/// 'nodes'?" for <c>code</c>, nothing for the others). Same error, code and number; every other field goes to the
/// library's rule unchanged.
/// </summary>
public sealed class PagedFieldHintRule : ValidationRuleBase
{
    public static readonly PagedFieldHintRule Instance = new();

    /// <summary>GraphQL.NET's core rules with the library's 5.3.1 rule replaced by this one.</summary>
    public static readonly IReadOnlyList<IValidationRule> CoreRules =
        DocumentValidator.CoreRules.Select(rule => rule is FieldsOnCorrectType ? Instance : rule).ToArray();

    private PagedFieldHintRule()
    {
    }

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new Visitor(await FieldsOnCorrectType.Instance.GetPreNodeVisitorAsync(context));

    /// <summary>
    /// The list fields of <paramref name="parent"/> (a page's <c>nodes</c>, <c>rows</c>, <c>missing</c> …) whose items
    /// have a field <paramref name="name"/>, written as the selection to ask instead: <c>nodes { unitSlug }</c>.
    /// </summary>
    private static List<string> RowsHaving(IComplexGraphType parent, string name) =>
        parent.Fields
            .Where(f => f.ResolvedType is { } type && type.IsList() && type.GetNamedType() is IComplexGraphType item && item.HasField(name))
            .Select(f => $"{f.Name} {{ {name} }}")
            .ToList();

    private sealed class Visitor(INodeVisitor? library) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField field && context.TypeInfo.GetFieldDef() is null
                && context.TypeInfo.GetParentType()?.GetNamedType() is IComplexGraphType parent
                && RowsHaving(parent, field.Name.StringValue) is { Count: > 0 } rows)
            {
                context.ReportError(new FieldsOnCorrectTypeError(context, field, parent, [], rows));
                return default;
            }
            return library?.EnterAsync(node, context) ?? default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) =>
            library?.LeaveAsync(node, context) ?? default;
    }
}
