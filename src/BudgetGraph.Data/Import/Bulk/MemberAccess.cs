using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>Compiled getter and setter of a mapped CLR member (property or backing field); none for shadow properties.</summary>
internal sealed class MemberAccess
{
    private readonly Func<object, object?> _get;
    private readonly Action<object, object?>? _set;

    private MemberAccess(Func<object, object?> get, Action<object, object?>? set)
    {
        _get = get;
        _set = set;
    }

    public object? Get(object entity) => _get(entity);

    /// <summary>Whether the member can be written (<see cref="Set"/> is not a no-op).</summary>
    public bool CanSet => _set is not null;

    /// <summary>Sets the member; a no-op for members without a setter.</summary>
    public void Set(object entity, object? value) => _set?.Invoke(entity, value);

    /// <summary>Null for a shadow property (no CLR member holds it).</summary>
    public static MemberAccess? For(IPropertyBase property)
    {
        MemberInfo? member = property.PropertyInfo ?? (MemberInfo?)property.FieldInfo;
        if (member is null) return null;

        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var typed = Expression.Convert(entity, property.DeclaringType.ClrType);
        var read = Expression.MakeMemberAccess(typed, member);
        var get = Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), entity).Compile();

        var writable = member switch
        {
            PropertyInfo p => p.CanWrite,
            FieldInfo f => !f.IsInitOnly,
            _ => false,
        };
        Action<object, object?>? set = null;
        if (writable)
        {
            var memberType = read.Type;
            var assign = Expression.Assign(Expression.MakeMemberAccess(typed, member), Expression.Convert(value, memberType));
            set = Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
        }
        return new MemberAccess(get, set);
    }
}
