using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Sorting;

/// <summary>The <c>{Type}SortInput</c> of one entity, built from its <see cref="SortSpec{T}"/>.</summary>
public abstract class EntitySortInputType<T> : InputObjectGraphType
{
    protected EntitySortInputType(string typeName, string chineseTerm, SortSpec<T> spec)
    {
        Name = typeName + "SortInput";
        Description = $"Sort order of {typeName} ({chineseTerm}); give one field per list item to set precedence.";
        foreach (var field in spec.Fields)
            AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = field.Description });
    }
}
