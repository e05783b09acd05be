using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace BudgetGraph.Data.Reading;

/// <summary>
/// A column's value in a query, read so that SQLite does not look the term up in the column's own index:
/// <c>ifnull("Operator", NULL)</c> — the same value (NULL stays NULL), but no longer a column an index holds.
/// SQLite keeps no statistics here, so under <c>UnitId IN (…) AND Operator = '≥'</c> it reads the operator's index (a
/// third of the table) rather than the units' keys: two units' indicators of ≥ at 50,005 disclosures, counted, 1.5 s;
/// through the units' keys 0.03 ms. Only for a term known to match more rows than the other terms read
/// (<c>EntityQueries</c> decides from the counts kept at import). SQL Server, which keeps statistics, reads the column as
/// it is. Usable in LINQ only (EF Core translates it); calling it in memory throws.
/// </summary>
public static class IndexHints
{
    public static string? Unindexed(string? value) => throw InMemory();
    public static long? Unindexed(long? value) => throw InMemory();
    public static long Unindexed(long value) => throw InMemory();
    public static int? Unindexed(int? value) => throw InMemory();
    public static int Unindexed(int value) => throw InMemory();
    public static bool? Unindexed(bool? value) => throw InMemory();
    public static bool Unindexed(bool value) => throw InMemory();

    /// <summary>The overload of <see cref="Unindexed(string)"/> for a column of <paramref name="type"/>, or null.</summary>
    public static MethodInfo? For(Type type) =>
        typeof(IndexHints).GetMethod(nameof(Unindexed), BindingFlags.Public | BindingFlags.Static, [type]);

    /// <summary>Registers the translations: SQLite's value expression, SQL Server's column as it is.</summary>
    internal static void Register(ModelBuilder model, bool sqlServer)
    {
        foreach (var method in typeof(IndexHints).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(Unindexed)))
            model.HasDbFunction(method).HasTranslation(arguments => sqlServer ? arguments[0] : ValueOf(arguments[0]));
    }

    // ifnull(column, NULL): the column's value, NULL for NULL, whatever its type — but a function's result, which no
    // index holds. (Not `column || ''`: EF Core coalesces a nullable text concatenated, as C# does, and NULL would become
    // ''. Not likely(): SQLite's planner looks through it.) Declared as propagating no argument's nullability, or EF Core
    // would rewrite `ifnull(column, NULL) IS NULL` as `column IS NULL`, which the column's index answers again.
    private static SqlExpression ValueOf(SqlExpression column) =>
        new SqlFunctionExpression("ifnull", [column, new SqlConstantExpression(null, column.Type, column.TypeMapping)],
            nullable: true, argumentsPropagateNullability: [false, false], column.Type, column.TypeMapping);

    private static InvalidOperationException InMemory() =>
        new("IndexHints.Unindexed is translated to SQL by EF Core; it cannot run in memory.");
}
