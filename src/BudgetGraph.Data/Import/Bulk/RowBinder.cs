using System.Linq.Expressions;
using System.Reflection;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// Binds one entity's columns to a prepared SQLite INSERT, from its CLR members, with each column's value converter
/// applied, without boxing: one delegate per table, compiled from the EF model (<see cref="EntityTable"/>) the first
/// time the table is written. It binds what <see cref="EntityColumn.ToProvider"/> followed by
/// <see cref="SqliteStatements{TKey}.Bind"/> binds (a test compares the rows of both ways), at a fraction of the cost:
/// the boxed path allocated two objects per value and went through SQLitePCLRaw's layers for each bind.
/// </summary>
/// <returns>SQLite's result code of the first bind that failed, or 0 (<c>SQLITE_OK</c>).</returns>
internal delegate int RowBinder(object entity, nint statement, int firstIndex);

internal static class RowBinders
{
    private static readonly MethodInfo BindNull = Method(nameof(SqliteBind.Null));
    private static readonly MethodInfo BindInt64 = Method(nameof(SqliteBind.Int64), typeof(long));
    private static readonly MethodInfo BindBoolean = Method(nameof(SqliteBind.Boolean), typeof(bool));
    private static readonly MethodInfo BindDouble = Method(nameof(SqliteBind.Double), typeof(double));
    private static readonly MethodInfo BindText = Method(nameof(SqliteBind.Text), typeof(string));

    /// <summary>
    /// The table's binder, or null when a column cannot be bound from a CLR member: a shadow property, a foreign key the
    /// writer cannot set on the entity, or a provider type <see cref="SqliteNativeTypes.CanBind"/> refuses.
    /// </summary>
    public static RowBinder? For(EntityTable table)
    {
        if (!table.BindsNatively) return null;
        var entity = Expression.Parameter(typeof(object), "entity");
        var statement = Expression.Parameter(typeof(nint), "statement");
        var first = Expression.Parameter(typeof(int), "firstIndex");
        var typed = Expression.Variable(table.EntityType.ClrType, "row");
        var rc = Expression.Variable(typeof(int), "rc");
        var done = Expression.Label(typeof(int), "done");
        var body = new List<Expression> { Expression.Assign(typed, Expression.Convert(entity, table.EntityType.ClrType)) };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var member = (MemberInfo?)column.Property.PropertyInfo ?? column.Property.FieldInfo;
            // The writer sets foreign keys on the entity before binding (EntityGraph.ValueOf): it must be able to.
            if (member is null || (table.ForeignKeysOf[c].Length > 0 && !column.CanSet)) return null;
            var index = Expression.Add(first, Expression.Constant(c));
            var bind = BindValue(Expression.MakeMemberAccess(typed, member), column, statement, index);
            if (bind is null) return null;
            body.Add(Expression.Assign(rc, bind));
            body.Add(Expression.IfThen(Expression.NotEqual(rc, Expression.Constant(0)), Expression.Return(done, rc)));
        }
        body.Add(Expression.Label(done, Expression.Constant(0)));
        return Expression.Lambda<RowBinder>(Expression.Block([typed, rc], body), entity, statement, first).Compile();
    }

    /// <summary>The bind call for one member's value: converted to the provider's type if the column has a converter; null binds NULL.</summary>
    private static Expression? BindValue(Expression value, EntityColumn column, ParameterExpression statement, Expression index)
    {
        if (Nullable.GetUnderlyingType(value.Type) is not null)
            return UnlessNull(value, present => BindValue(present, column, statement, index), statement, index);
        if (column.Mapping.Converter is { } converter)
        {
            // EF's converters take the model type without null (null never reaches them: it binds NULL, as ToProvider does).
            var convert = converter.ConvertToProviderExpression;
            var input = convert.Parameters[0];
            var argument = value.Type == input.Type ? value : Expression.Convert(value, input.Type);
            var bound = BindProvider(Expression.Invoke(convert, argument), statement, index);
            return bound is null || value.Type.IsValueType
                ? bound
                : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Call(BindNull, statement, index), bound);
        }
        return BindProvider(value, statement, index);
    }

    private static Expression? BindProvider(Expression value, ParameterExpression statement, Expression index)
    {
        if (Nullable.GetUnderlyingType(value.Type) is not null)
            return UnlessNull(value, present => BindProvider(present, statement, index), statement, index);
        var type = value.Type;
        if (type == typeof(string)) return Expression.Call(BindText, statement, index, value);
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte))
            return Expression.Call(BindInt64, statement, index, Expression.Convert(value, typeof(long)));
        if (type == typeof(bool)) return Expression.Call(BindBoolean, statement, index, value);
        if (type == typeof(double)) return Expression.Call(BindDouble, statement, index, value);
        return null;
    }

    /// <summary>A nullable value: NULL when it has none, else <paramref name="bindPresent"/> of its value (null if that cannot be bound).</summary>
    private static Expression? UnlessNull(Expression nullable, Func<Expression, Expression?> bindPresent, ParameterExpression statement, Expression index) =>
        bindPresent(Expression.Property(nullable, "Value")) is { } present
            ? Expression.Condition(Expression.Property(nullable, "HasValue"), present, Expression.Call(BindNull, statement, index))
            : null;

    private static MethodInfo Method(string name, params Type[] value) =>
        typeof(SqliteBind).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(nint), typeof(int), .. value])
        ?? throw new InvalidOperationException($"SqliteBind.{name} is missing.");
}
