using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// The bulk writer's view of one EF model (one per provider): an <see cref="EntityTable"/> per entity type and the
/// order in which tables must be filled (every principal before its dependents). Built once per model.
/// </summary>
internal sealed class BulkModel
{
    private static readonly ConcurrentDictionary<IModel, BulkModel> Cache = new();

    private BulkModel(IModel model, ISqlGenerationHelper sql, bool isSqlServer)
    {
        IsSqlServer = isSqlServer;
        Tables = model.GetEntityTypes().ToDictionary(t => t, t => new EntityTable(t, sql));
        InsertOrder = TopologicalOrder(model.GetEntityTypes().ToList()).Select(t => Tables[t]).ToList();
    }

    public bool IsSqlServer { get; }
    public IReadOnlyDictionary<IEntityType, EntityTable> Tables { get; }
    /// <summary>Principals first; among independent types, by name (a stable order for the SQL snapshots).</summary>
    public IReadOnlyList<EntityTable> InsertOrder { get; }

    /// <summary>
    /// Rows per INSERT command at most. SQL Server takes at most 1,000 rows in a VALUES list and 2,100 parameters per
    /// command, and each command is a round trip, so commands are as large as allowed. SQLite runs in process, and
    /// Microsoft.Data.Sqlite binds each parameter by name (a linear search over the statement's parameters), so
    /// large commands cost quadratic time there: a few rows per command is fastest.
    /// </summary>
    public int MaxRowsPerCommand(EntityTable table) =>
        IsSqlServer ? Math.Min(1000, 2000 / table.Columns.Count) : 8;

    public static BulkModel For(DbContext db) =>
        Cache.GetOrAdd(db.Model, _ => new BulkModel(db.Model, db.GetService<ISqlGenerationHelper>(), db.Database.IsSqlServer()));

    private static List<IEntityType> TopologicalOrder(List<IEntityType> types)
    {
        var remaining = types.OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            // The first type whose principals (other than itself) are all placed.
            var next = remaining.FirstOrDefault(t => t.GetForeignKeys()
                    .All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType)))
                ?? throw new NotSupportedException("The model's foreign keys form a cycle; the bulk writer cannot order its inserts.");
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
