using System.Collections;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Bounds what a request may ask before anything runs: field selections and aliases counted with fragments expanded
/// (a few hundred bytes of aliased fragments can otherwise ask for millions of fields — the walk stops at the
/// limit, so counting is cheap too), and the length of every list, written in the document or sent as a variable
/// (<c>in</c> with 16,000 values, an <c>or</c> of 3,000 terms). Limits from <see cref="GraphQLOptions"/>.
/// </summary>
public sealed class RequestShapeRule(GraphQLOptions options) : ValidationRuleBase
{
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string ListTooLong = "LIST_TOO_LONG";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var counter = new SelectionCounter(context.Document, options.MaxFields, options.MaxAliases);
            counter.Visit(operation.SelectionSet);
            if (counter.Fields > options.MaxFields)
                Report(context, MaxFieldsExceeded, $"The query selects more than {options.MaxFields} fields (fragments expanded; GraphQL:MaxFields). Ask for less, or split the query.", operation);
            else if (counter.Aliases > options.MaxAliases)
                Report(context, MaxAliasesExceeded, $"The query uses more than {options.MaxAliases} aliases (fragments expanded; GraphQL:MaxAliases).", operation);
        }

        if (context.Variables is { } variables && FirstTooLongVariable(variables) is { } name)
            Report(context, ListTooLong, $"The variable ${name} holds a list longer than {options.MaxListLength} items (GraphQL:MaxListLength); filter with fewer values, or page.", null);

        return new(new MatchingNodeVisitor<GraphQLListValue>((list, ctx) =>
        {
            if (list.Values is { Count: var count } && count > options.MaxListLength)
                Report(ctx, ListTooLong, $"A list argument has {count} items, more than {options.MaxListLength} (GraphQL:MaxListLength); filter with fewer values, or page.", list);
        }));
    }

    /// <summary>
    /// Whether this rule passes a document that already passed it for the same operation, whatever the document: the
    /// fields, aliases and list literals it counts are the document's text; only the variables' values can differ
    /// from one request to the next. A cached, validated document (<c>Http/ParsedDocumentCache</c>) whose variables
    /// are within the limit needs no run of this rule — and so no walk of the document.
    /// </summary>
    public bool PassesValidatedDocument(IReadOnlyDictionary<string, object?>? variables) =>
        variables is null || FirstTooLongVariable(variables) is null;

    /// <summary>The name of the first variable holding a list longer than the limit (at any depth), or null.</summary>
    private string? FirstTooLongVariable(IEnumerable<KeyValuePair<string, object?>> variables)
    {
        foreach (var (name, value) in variables)
        {
            if (LongestList(value, 0) > options.MaxListLength) return name;
        }
        return null;
    }

    private static void Report(ValidationContext context, string code, string message, ASTNode? node)
    {
        var error = node is null ? new ValidationError(message) : new ValidationError(context.Document.Source, code, message, node);
        error.Code = code;
        context.ReportError(error);
    }

    private static int LongestList(object? value, int depth)
    {
        if (depth > 64) return 0;
        return value switch
        {
            IDictionary<string, object?> map => map.Values.Select(v => LongestList(v, depth + 1)).DefaultIfEmpty(0).Max(),
            string => 0,
            IList list => Math.Max(list.Count, list.Cast<object?>().Select(v => LongestList(v, depth + 1)).DefaultIfEmpty(0).Max()),
            _ => 0,
        };
    }

    /// <summary>Counts fields and aliases of a selection set with fragments expanded, stopping as soon as a limit is passed.</summary>
    private sealed class SelectionCounter(GraphQLDocument document, int maxFields, int maxAliases)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        private readonly HashSet<string> _expanding = [];

        public int Fields { get; private set; }
        public int Aliases { get; private set; }

        private bool Exceeded => Fields > maxFields || Aliases > maxAliases;

        public void Visit(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null) return;
            foreach (var selection in selectionSet.Selections)
            {
                if (Exceeded) return;
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        if (field.Alias is not null) Aliases++;
                        Visit(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        // A fragment cycle is reported by the standard rules; here it is simply not followed.
                        if (_fragments.TryGetValue(name, out var fragment) && _expanding.Add(name))
                        {
                            Visit(fragment.SelectionSet);
                            _expanding.Remove(name);
                        }
                        break;
                }
            }
        }
    }
}
