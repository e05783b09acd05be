using Microsoft.Extensions.Caching.Memory;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Parsed documents by query text, so a dashboard's repeated query is not parsed again (GraphQL.MemoryCache, which
/// does this upstream, is not available here). Only documents that once passed validation are kept, with the
/// operation names they passed it for. A later request for such an operation skips the validation rules whose
/// outcome the document text alone decides (GraphQL.NET's own document cache skips them too): it runs the rules
/// registered for cached documents (<c>useForCachedDocuments</c>, e.g. the request shape and list lengths) and, when
/// the document declares variables, the rules that read variable values — the complexity analyzer (<c>first: $n</c>)
/// and the core rule with a variable visitor (<c>@length</c>, when the schema applies it); variables are still coerced
/// and checked against their types on every request. Tests hold that a cached document is refused when its variables
/// make it too complex or hold a list over the limit.
/// Bounded by BYTES: a <see cref="MemoryCache"/> with a size limit (<see cref="GraphQLHttpOptions.ParsedDocumentCacheBytes"/>);
/// a parsed document is counted as <see cref="BytesPerQueryCharacter"/> bytes per character of its text (its syntax
/// tree), and least recently used documents leave first.
/// </summary>
public sealed class ParsedDocumentCache(long maxBytes = 32L * 1024 * 1024) : IConfigureExecution
{
    /// <summary>Estimated memory of a parsed document per character of query text (nodes, names, locations).</summary>
    public const int BytesPerQueryCharacter = 24;
    private const int MaxQueryLength = 20_000;
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, maxBytes), CompactionPercentage = 0.25 });

    /// <summary>After the persisted-document handler (200), which turns a documentId into query text.</summary>
    public float SortOrder => 250;

    public GraphQLDocument? TryGet(string? query) => Find(query)?.Document;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (query is null || query.Length > MaxQueryLength) return await next(options);

        var cached = Find(query);
        var operationName = options.OperationName ?? "";
        if (cached is not null)
        {
            options.Document = cached.Document;
            if (cached.PassedValidation(operationName))
                options.ValidationRules = RulesForValidatedDocument(options, cached.HasVariables, cached.VariablesSetComplexity);
        }

        var result = await next(options);
        if (result.Executed && result.Document is not null)
        {
            if (cached is null)
            {
                documents.Set(query, new Entry(result.Document, operationName),
                    new MemoryCacheEntryOptions { Size = (long)query.Length * BytesPerQueryCharacter + 256 });
            }
            else
            {
                cached.Validated(operationName);
            }
        }
        return result;
    }

    private Entry? Find(string? query) => query is not null && documents.TryGetValue(query, out Entry? entry) ? entry : null;

    /// <summary>
    /// The rules to run on a document that already passed every rule for this operation: those registered for cached
    /// documents, plus — when it declares variables — those whose outcome depends on the variables' values: the
    /// complexity analyzer only when a variable is the value (or inside the value) of an argument it reads — GraphQL.NET's
    /// default complexity reads <c>first</c>, <c>last</c> and <c>id</c>, and no field of this schema has a complexity
    /// delegate of its own that reads arguments — and <c>@length</c> only when the schema applies it somewhere.
    /// <see cref="RequestShapeRule"/> runs only when a variable holds a list over the limit (it then reports it, as on
    /// any document): everything else it counts is the document's text, which passed it. With no rule left GraphQL.NET
    /// does not walk the document with its type information at all; the variables are still coerced and checked
    /// against their types, and the arguments parsed.
    /// </summary>
    private static IEnumerable<IValidationRule> RulesForValidatedDocument(ExecutionOptions options, bool hasVariables,
        bool variablesSetComplexity)
    {
        var rules = new List<IValidationRule>();
        foreach (var rule in options.CachedDocumentValidationRules ?? [])
        {
            if (rule is RequestShapeRule shape && shape.PassesValidatedDocument(options.Variables)) continue;
            if (!rules.Contains(rule)) rules.Add(rule);
        }
        if (!hasVariables) return rules.Count == 0 ? NoRules : rules;
        var cachedRules = options.CachedDocumentValidationRules ?? [];
        foreach (var rule in options.ValidationRules ?? DocumentValidator.CoreRules)
        {
            var dependsOnVariables = rule switch
            {
                ComplexityValidationRule => variablesSetComplexity,
                InputFieldsAndArgumentsOfCorrectLength => options.Schema is null || LengthDirectives.AppliedIn(options.Schema),
                _ => false,
            };
            if (dependsOnVariables && !cachedRules.Contains(rule) && !rules.Contains(rule)) rules.Add(rule);
        }
        return rules.Count == 0 ? NoRules : rules;
    }

    /// <summary>
    /// The (empty) rule list of a validated document with nothing left to check: <see cref="CachingDocumentValidator"/>
    /// knows it by reference.
    /// </summary>
    public static readonly IEnumerable<IValidationRule> NoRules = new List<IValidationRule>(0).AsReadOnly();

    /// <summary>
    /// Whether the complexity of <paramref name="document"/> may depend on its variables' values: a variable is (inside)
    /// the value of an argument the complexity analyzer reads — first, last or id — or of a directive (<c>@skip</c> and
    /// <c>@include</c> decide which fields count). If not, a cached document that passed the analyzer passes it again.
    /// </summary>
    public static bool VariablesSetComplexity(GraphQLDocument document) => ComplexityArguments(document).Any(VariableUse.In);

    private static IEnumerable<GraphQLValue> ComplexityArguments(ASTNode node) => node switch
    {
        GraphQLDocument d => d.Definitions.SelectMany(ComplexityArguments),
        GraphQLOperationDefinition o => DirectiveArguments(o).Concat(ComplexityArguments(o.SelectionSet)),
        GraphQLFragmentDefinition f => ComplexityArguments(f.SelectionSet),
        GraphQLSelectionSet set => set.Selections.SelectMany(ComplexityArguments),
        GraphQLField field => (field.Arguments?.Items ?? [])
            .Where(a => a.Name.StringValue is "first" or "last" or "id").Select(a => a.Value)
            .Concat(DirectiveArguments(field))
            .Concat(field.SelectionSet is null ? [] : ComplexityArguments(field.SelectionSet)),
        GraphQLInlineFragment inline => DirectiveArguments(inline).Concat(ComplexityArguments(inline.SelectionSet)),
        GraphQLFragmentSpread spread => DirectiveArguments(spread),
        _ => [],
    };

    private static IEnumerable<GraphQLValue> DirectiveArguments(IHasDirectivesNode node) =>
        (node.Directives?.Items ?? []).SelectMany(d => d.Arguments?.Items ?? []).Select(a => a.Value);

    /// <summary>A parsed document and the operation names (empty: the only operation) that passed validation.</summary>
    private sealed class Entry(GraphQLDocument document, string operationName)
    {
        private string[] validatedOperations = [operationName];

        public GraphQLDocument Document { get; } = document;

        public bool HasVariables { get; } = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Any(operation => operation.Variables is { Count: > 0 });

        public bool VariablesSetComplexity { get; } = ParsedDocumentCache.VariablesSetComplexity(document);

        public bool PassedValidation(string name) => Array.IndexOf(Volatile.Read(ref validatedOperations), name) >= 0;

        public void Validated(string name)
        {
            var current = Volatile.Read(ref validatedOperations);
            if (Array.IndexOf(current, name) < 0 && current.Length < 64)
                Interlocked.CompareExchange(ref validatedOperations, [.. current, name], current);
        }
    }
}
