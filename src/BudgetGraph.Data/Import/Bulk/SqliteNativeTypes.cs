namespace BudgetGraph.Data.Import.Bulk;

/// <summary>The value types <see cref="SqliteStatements{TKey}"/> binds natively.</summary>
internal static class SqliteNativeTypes
{
    /// <summary>
    /// Whether values of <paramref name="type"/> (the provider's CLR type, nullable or not) are bound natively: the types
    /// whose storage is plain (TEXT, INTEGER, REAL), so that a value is stored exactly as Microsoft.Data.Sqlite stores it.
    /// </summary>
    public static bool CanBind(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t &&
        (t == typeof(string) || t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(byte)
         || t == typeof(bool) || t == typeof(double));
}
