using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// The <c>{Type}FilterInput</c> of one entity, built from its <see cref="FilterSpec{T}"/> so the input type and the
/// SQL translation cannot drift apart.
/// </summary>
public abstract class EntityFilterInputType<T> : InputObjectGraphType
{
    protected EntityFilterInputType(string typeName, string chineseTerm, FilterSpec<T> spec)
    {
        Name = typeName + "FilterInput";
        Description = $"Filter on {typeName} ({chineseTerm}); fields are ANDed, `and`/`or` combine lists of filters.";
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = self, Description = "All of these filters hold (并且)." });
        AddField(new FieldType { Name = "or", Type = self, Description = "At least one of these filters holds (或者)." });
        foreach (var field in spec.Fields)
            AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = field.Description });
    }
}
