using GraphQL.Types;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// One selected field of a <see cref="PlanSelection"/>: its response name (alias or name), its AST node and
/// definition, what its value is (a leaf, an object, a list of either, <c>__typename</c>) and, for objects, the
/// selection below it.
/// </summary>
internal sealed class PlanField(string responseName, GraphQLField ast, FieldType? definition, PlanValueKind kind,
    bool nonNull, bool itemsNonNull, ScalarGraphType? scalar, PlanSelection? selection)
{
    public string ResponseName { get; } = responseName;
    public GraphQLField Ast { get; } = ast;
    /// <summary>Null for <c>__typename</c>.</summary>
    public FieldType? Definition { get; } = definition;
    public PlanValueKind Kind { get; } = kind;
    /// <summary>The field's type is non-null: a null value is an error, which only the general executor reports.</summary>
    public bool NonNull { get; } = nonNull;
    /// <summary>A list's items are non-null.</summary>
    public bool ItemsNonNull { get; } = itemsNonNull;
    /// <summary>The scalar or enum type that serializes a leaf's value.</summary>
    public ScalarGraphType? Scalar { get; } = scalar;
    /// <summary>The selection on an object's (or list item's) type.</summary>
    public PlanSelection? Selection { get; } = selection;
    /// <summary>Arguments come only from literals and defaults: computed once per plan and shared by every request.</summary>
    public bool ArgumentsAreConstant { get; init; }
    /// <summary>
    /// A leaf whose value is a function of its source alone (declared with <c>ReadsSource</c>, e.g. a column): the plan
    /// reads it straight from the row instead of calling the resolver with a resolve context.
    /// </summary>
    public Func<object, object?>? ReadSource { get; init; }
    /// <summary>
    /// A leaf read from its source (<see cref="ReadSource"/>) whose value is written straight from the row
    /// (<see cref="Infrastructure.SourceWriter"/>): the plan keeps no value for it, only checks a non-null field for null.
    /// </summary>
    public Infrastructure.SourceWriter? Writer { get; init; }
    /// <summary>
    /// A relation resolved by a batch (<see cref="Loading.BatchedRelation"/>): the plan loads the keys of all parents of a
    /// level at once instead of calling the resolver per parent.
    /// </summary>
    public Loading.BatchedRelation? Batched { get; init; }
    /// <summary>The response name, encoded once for the JSON writer (GraphQL names need no escaping).</summary>
    public System.Text.Json.JsonEncodedText EncodedName { get; } = System.Text.Json.JsonEncodedText.Encode(responseName);
    /// <summary>The arguments when <see cref="ArgumentsAreConstant"/>.</summary>
    public IDictionary<string, global::GraphQL.Execution.ArgumentValue>? ConstantArguments { get; set; }
}
