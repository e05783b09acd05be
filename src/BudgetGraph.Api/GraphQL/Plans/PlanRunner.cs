using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Resolvers;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// Executes a plan level by level: every object of a level calls its fields' resolvers (the same resolvers, so the
/// same SQL through the same batch loaders: one command per field and level, whatever the row counts), then the
/// parked batch results are completed, and their objects form the next level. Values are kept as serialized
/// scalars in <see cref="PlanObject"/>s — no execution nodes — for <see cref="PlanResultJsonConverter"/> to write; leaves
/// with a <see cref="PlanField.Writer"/> are written from the row, and objects of a <see cref="PlanSelection.FromSource"/>
/// selection are their rows.
/// Anything that is not a plain value throws <see cref="PlanFallbackException"/>.
/// </summary>
internal sealed class PlanRunner(ExecutionContext context)
{
    private readonly Dictionary<PlanField, ResolveFieldContext> _contexts = new(ReferenceEqualityComparer.Instance);

    public async Task<PlanObject> RunAsync(PlanSelection plan)
    {
        var root = new PlanObject(plan, context.RootValue ?? new object());
        List<PlanObject> level = [root];
        var pending = new List<(PlanObject Parent, int Index, IDataLoaderResult Result)>();
        var batched = new Dictionary<PlanField, List<(PlanObject Parent, int Index)>>(ReferenceEqualityComparer.Instance);
        while (level.Count > 0)
        {
            var next = new List<PlanObject>();
            foreach (var parent in level)
            {
                var fields = parent.Selection.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var field = fields[i];
                    if (field.Kind == PlanValueKind.TypeName)
                    {
                        parent.Values[i] = parent.Selection.Type.Name;
                        continue;
                    }
                    if (field.Writer is { } writer)
                    {
                        // Written straight from the row: only a non-null field's value is checked now.
                        if (field.NonNull && writer.IsNull(parent.Source))
                            throw new PlanFallbackException($"null in the non-null field {field.ResponseName}");
                        parent.Values[i] = PlanObject.FromSource;
                        continue;
                    }
                    if (field.ReadSource is { } read)
                    {
                        // A column: the value its resolver would return, read from the row without a resolve context.
                        Complete(parent, i, read(parent.Source), next);
                        continue;
                    }
                    if (field.Batched is not null)
                    {
                        // A batched relation: its parents are gathered, and the level's keys loaded at once below.
                        if (!batched.TryGetValue(field, out var parents)) batched[field] = parents = [];
                        parents.Add((parent, i));
                        continue;
                    }
                    var value = await ResolveAsync(field, parent.Source);
                    if (value is IDataLoaderResult parked) pending.Add((parent, i, parked));
                    else Complete(parent, i, value, next);
                }
            }
            foreach (var (field, parents) in batched) await LoadBatchedAsync(field, parents, next);
            batched.Clear();
            foreach (var (parent, index, parked) in pending)
            {
                object? value = parked;
                while (value is IDataLoaderResult result) value = await result.GetResultAsync(context.CancellationToken);
                Complete(parent, index, value, next);
            }
            pending.Clear();
            level = next;
        }
        return root;
    }

    /// <summary>
    /// A batched relation of one level: each parent's key (a parent without one gets null, as its resolver returns),
    /// then the field's batch loads all keys at once — the very batch and query the resolvers would have parked and
    /// completed — and each parent gets its value.
    /// </summary>
    private async Task LoadBatchedAsync(PlanField field, List<(PlanObject Parent, int Index)> parents, List<PlanObject> next)
    {
        var relation = field.Batched!;
        var keys = new List<int>(parents.Count);
        var keyed = new List<(PlanObject Parent, int Index)>(parents.Count);
        foreach (var (parent, index) in parents)
        {
            if (relation.Key(parent.Source) is { } key)
            {
                keys.Add(key);
                keyed.Add((parent, index));
            }
            else Complete(parent, index, null, next);
        }
        if (keys.Count == 0) return;
        // The batch is made from the field's context, as by its resolver (it keeps no reference to it).
        var template = Template(field);
        template.Source = keyed[0].Parent.Source;
        var values = await relation.Batch(template).LoadManyAsync(keys, context.CancellationToken);
        for (var i = 0; i < keyed.Count; i++) Complete(keyed[i].Parent, keyed[i].Index, values[i], next);
    }

    private ValueTask<object?> ResolveAsync(PlanField field, object source)
    {
        var template = Template(field);
        // Leaves resolve synchronously from their source: one context per field serves every row. Relations get their
        // own copy, as a resolver may keep its context in a parked result.
        var resolveContext = field.Kind is PlanValueKind.Leaf or PlanValueKind.LeafList ? template : new ResolveFieldContext(template);
        resolveContext.Source = source;
        var resolver = field.Definition!.Resolver ?? NameFieldResolver.Instance;
        return resolver.ResolveAsync(resolveContext);
    }

    private ResolveFieldContext Template(PlanField field)
    {
        if (_contexts.TryGetValue(field, out var existing)) return existing;
        var created = new ResolveFieldContext
        {
            FieldAst = field.Ast,
            FieldDefinition = field.Definition!,
            Arguments = field.ArgumentsAreConstant
                ? field.ConstantArguments
                : ExecutionHelper.GetArguments(field.Definition!.Arguments, field.Ast.Arguments, context.Variables,
                    context.Document, field.Ast, null),
            UserContext = context.UserContext,
            Schema = context.Schema,
            Document = context.Document,
            Operation = context.Operation,
            Variables = context.Variables,
            RootValue = context.RootValue,
            CancellationToken = context.CancellationToken,
            Metrics = context.Metrics,
            Errors = context.Errors,
            RequestServices = context.RequestServices,
            InputExtensions = context.InputExtensions,
            OutputExtensions = context.OutputExtensions,
            User = context.User,
            ExecutionContext = context,
        };
        _contexts[field] = created;
        return created;
    }

    private static void Complete(PlanObject parent, int index, object? value, List<PlanObject> next)
    {
        var field = parent.Selection.Fields[index];
        if (value is null)
        {
            if (field.NonNull) throw new PlanFallbackException($"null in the non-null field {field.ResponseName}");
            parent.Values[index] = null;
            return;
        }
        switch (field.Kind)
        {
            case PlanValueKind.Leaf:
                parent.Values[index] = Serialize(field, value);
                break;
            case PlanValueKind.Object:
                parent.Values[index] = Child(field, value, next);
                break;
            case PlanValueKind.ObjectList when field.Selection!.FromSource && value is IList rows:
                // Rows written straight from the source: the list itself is kept, each row checked as Child checks it.
                for (var r = 0; r < rows.Count; r++)
                {
                    if (rows[r] is { } row) CheckRow(field, row);
                    else if (field.ItemsNonNull) throw new PlanFallbackException($"null item in {field.ResponseName}");
                }
                parent.Values[index] = rows;
                break;
            case PlanValueKind.LeafList:
            case PlanValueKind.ObjectList:
                if (value is string || value is not IEnumerable items) throw new PlanFallbackException($"{field.ResponseName} is not a list");
                var list = new List<object?>(items is ICollection c ? c.Count : 4);
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        if (field.ItemsNonNull) throw new PlanFallbackException($"null item in {field.ResponseName}");
                        list.Add(null);
                    }
                    else list.Add(field.Kind == PlanValueKind.LeafList ? Serialize(field, item) : Child(field, item, next));
                }
                parent.Values[index] = list;
                break;
        }
    }

    private static object Serialize(PlanField field, object value) =>
        value is IDataLoaderResult or Task
            ? throw new PlanFallbackException($"{field.ResponseName} is not a plain value")
            : field.Scalar!.Serialize(value) ?? throw new PlanFallbackException($"{field.ResponseName} does not serialize");

    private static object Child(PlanField field, object value, List<PlanObject> next)
    {
        var selection = field.Selection!;
        if (selection.FromSource)
        {
            // Every field is written from the row: the row is the answer's object, nothing to resolve below it.
            CheckRow(field, value);
            return value;
        }
        CheckType(field, value);
        var child = new PlanObject(selection, value);
        next.Add(child);
        return child;
    }

    /// <summary>An object of the field's selection: a value of its type, not a pending batch.</summary>
    private static void CheckType(PlanField field, object value)
    {
        var type = field.Selection!.Type;
        if (value is IDataLoaderResult or Task || type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
            throw new PlanFallbackException($"{field.ResponseName} is not a {type.Name}");
    }

    /// <summary>A row of a <see cref="PlanSelection.FromSource"/> selection: of the type, no null in a non-null field.</summary>
    private static void CheckRow(PlanField field, object row)
    {
        CheckType(field, row);
        var fields = field.Selection!.Fields;
        for (var i = 0; i < fields.Count; i++)
            if (fields[i] is { NonNull: true, Writer: { } writer } && writer.IsNull(row))
                throw new PlanFallbackException($"null in the non-null field {fields[i].ResponseName}");
    }
}
