using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>One column of an <see cref="EntityTable"/>: the property, its delimited name and its type mapping.</summary>
internal sealed class EntityColumn(IProperty property, string delimitedName, RelationalTypeMapping mapping)
{
    private readonly MemberAccess? _access = MemberAccess.For(property);

    public IProperty Property { get; } = property;
    public string DelimitedName { get; } = delimitedName;
    public RelationalTypeMapping Mapping { get; } = mapping;
    public bool IsShadow => _access is null;
    /// <summary>Whether <see cref="Set"/> writes the CLR member (false for shadow and read-only ones).</summary>
    public bool CanSet => _access?.CanSet == true;
    /// <summary>The CLR type of the values sent to the database (after the value converter, if any).</summary>
    public Type ProviderClrType => Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;

    public object? Get(object entity) => _access?.Get(entity);

    public void Set(object entity, object? value) => _access?.Set(entity, value);

    /// <summary>The value as the provider stores it (value converter applied), DBNull for null.</summary>
    public object ToProvider(object? value)
    {
        if (value is null) return DBNull.Value;
        return (Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
    }
}
