using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// The entities of one graph the <see cref="BulkGraphWriter"/> inserts, by table, and the principal of each
/// (entity, foreign key) pair as the navigations state it.
/// </summary>
internal sealed class EntityGraph
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IPropertyBase, MemberAccess?> Accessors = new();
    private readonly Dictionary<(object, IForeignKey), object> _principals = new(new PairComparer());

    public HashSet<object> Visited { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<EntityTable, List<object>> NewByTable { get; } = [];

    public void Add(EntityTable table, object entity)
    {
        if (!NewByTable.TryGetValue(table, out var rows)) NewByTable[table] = rows = [];
        rows.Add(entity);
    }

    public void SetPrincipal(object dependent, IForeignKey foreignKey, object principal) =>
        _principals[(dependent, foreignKey)] = principal;

    /// <summary>
    /// A column's value: for a foreign-key column whose principal is known, the principal's key (also written back to
    /// the CLR property, as SaveChanges would); otherwise the property's own value.
    /// </summary>
    public object? ValueOf(object entity, EntityColumn column, IForeignKey[] foreignKeys)
    {
        var property = column.Property;
        foreach (var foreignKey in foreignKeys)
        {
            if (!_principals.TryGetValue((entity, foreignKey), out var principal)) continue;
            var index = IndexOf(foreignKey.Properties, property);
            var principalKey = foreignKey.PrincipalKey.Properties[index];
            var value = Accessors.GetOrAdd(principalKey, MemberAccess.For)?.Get(principal);
            column.Set(entity, value);
            return value;
        }
        return column.Get(entity);
    }

    /// <summary>
    /// The position (in <paramref name="positions"/>) of the principal a foreign-key column refers to, when that principal
    /// is a new row of this graph (its key not assigned yet); null for a stored principal or none.
    /// </summary>
    public int? PrincipalInGraph(object entity, IForeignKey[] foreignKeys, IReadOnlyDictionary<object, int> positions)
    {
        foreach (var foreignKey in foreignKeys)
            if (_principals.TryGetValue((entity, foreignKey), out var principal) && positions.TryGetValue(principal, out var position))
                return position;
        return null;
    }

    private static int IndexOf(IReadOnlyList<IProperty> properties, IProperty property)
    {
        for (var i = 0; i < properties.Count; i++)
            if (properties[i] == property) return i;
        return -1;
    }

    private sealed class PairComparer : IEqualityComparer<(object, IForeignKey)>
    {
        public bool Equals((object, IForeignKey) x, (object, IForeignKey) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, IForeignKey) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), pair.Item2);
    }
}
