using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// How the rows of one entity type are inserted, read from the EF model: table, columns in property order, each
/// column's type mapping (value converters included, e.g. enums stored as text) and the generated key the writer
/// assigns itself. Nothing here is written per entity by hand, so model changes flow through.
/// </summary>
internal sealed class EntityTable
{
    public EntityTable(IEntityType entityType, ISqlGenerationHelper sql)
    {
        if (entityType.IsOwned() || entityType.GetTableName() is null)
            throw new NotSupportedException($"The bulk writer handles plain table-mapped entities; {entityType.DisplayName()} is owned or not mapped to a table.");
        EntityType = entityType;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        DelimitedTable = sql.DelimitIdentifier(table.Name, table.Schema);

        var key = entityType.FindPrimaryKey()
            ?? throw new NotSupportedException($"{entityType.DisplayName()} has no primary key.");
        GeneratedKey = key.Properties is [var only] && only.ValueGenerated == ValueGenerated.OnAdd
            && only.ClrType == typeof(int) ? only : null;
        KeyColumn = GeneratedKey is null ? null : sql.DelimitIdentifier(GeneratedKey.GetColumnName(table)!);

        Columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            // Computed columns and concurrency stamps are the database's to write.
            .Where(p => p == GeneratedKey || p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)
            .Select(p => new EntityColumn(p, sql.DelimitIdentifier(p.GetColumnName(table)!), (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        KeyAccess = GeneratedKey is null ? null : MemberAccess.For(GeneratedKey)
            ?? throw new NotSupportedException($"{entityType.DisplayName()}'s generated key is a shadow property.");
        BindsNatively = Columns.All(c => SqliteNativeTypes.CanBind(c.ProviderClrType));
        _binder = new Lazy<RowBinder?>(() => RowBinders.For(this));
        ForeignKeys = entityType.GetForeignKeys().ToList();
        ForeignKeysOf = Columns.Select(c => c.Property.GetContainingForeignKeys().ToArray()).ToList();
        ForeignKeyColumns = Enumerable.Range(0, Columns.Count).Where(c => ForeignKeysOf[c].Length > 0).ToArray();
        Navigations = entityType.GetNavigations().ToList();
        NavigationAccess = Navigations.Select(n => MemberAccess.For(n)
            ?? throw new NotSupportedException($"{n.DeclaringEntityType.DisplayName()}.{n.Name} has no CLR member.")).ToList();
    }

    private readonly Lazy<RowBinder?> _binder;

    public IEntityType EntityType { get; }
    /// <summary>
    /// SQLite: binds an entity's columns straight from its members (compiled on first use); null when a column cannot be
    /// bound that way and the table goes through ADO.NET (<see cref="RowBinders.For"/>).
    /// </summary>
    public RowBinder? Binder => _binder.Value;
    /// <summary>Whether every column's provider type is one SQLite values are bound natively for (<see cref="SqliteNativeTypes.CanBind"/>).</summary>
    public bool BindsNatively { get; }
    public string DelimitedTable { get; }
    public IProperty? GeneratedKey { get; }
    public string? KeyColumn { get; }
    public IReadOnlyList<EntityColumn> Columns { get; }
    public MemberAccess? KeyAccess { get; }
    public IReadOnlyList<IForeignKey> ForeignKeys { get; }
    /// <summary>For each column (same index), the foreign keys it is part of.</summary>
    public IReadOnlyList<IForeignKey[]> ForeignKeysOf { get; }
    /// <summary>The indexes of the columns that are part of a foreign key.</summary>
    public IReadOnlyList<int> ForeignKeyColumns { get; }
    public IReadOnlyList<INavigation> Navigations { get; }
    public IReadOnlyList<MemberAccess> NavigationAccess { get; }

    /// <summary>Whether an entity of this type is new (its generated key not yet set).</summary>
    public bool IsNew(object entity) =>
        KeyAccess is null || KeyAccess.Get(entity) is 0 or null;

    /// <summary><c>INSERT INTO t (c1, c2) VALUES (@p0, @p1), (@p2, @p3)…</c> for <paramref name="rows"/> rows.</summary>
    public string InsertSql(int rows, string parameterPrefix)
    {
        var text = new StringBuilder();
        text.Append("INSERT INTO ").Append(DelimitedTable).Append(" (")
            .AppendJoin(", ", Columns.Select(c => c.DelimitedName)).Append(")\nVALUES ");
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) text.Append(",\n");
            text.Append('(');
            for (var c = 0; c < Columns.Count; c++)
            {
                if (c > 0) text.Append(", ");
                text.Append(parameterPrefix).Append('p').Append(r * Columns.Count + c);
            }
            text.Append(')');
        }
        return text.Append(';').ToString();
    }

    /// <summary>Adds the command's parameters, configured by each column's type mapping.</summary>
    public void AddParameters(DbCommand command, int rows, string parameterPrefix)
    {
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < Columns.Count; c++)
            {
                var column = Columns[c];
                command.Parameters.Add(column.Mapping.CreateParameter(command, $"{parameterPrefix}p{r * Columns.Count + c}", null, column.Property.IsNullable));
            }
    }
}
