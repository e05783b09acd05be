using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQLParser.AST;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The SQL of a field whose query depends only on the document (its arguments are literals, its selection has no
/// directives or fragment spreads), kept with the document's field node: EF Core translates the field's query ONCE —
/// built by the same code as always (filters, sorts, paging, projection) — and later requests run the same command
/// text through EF Core's command pipeline (interceptors included) — or, on SQLite when nothing observes EF Core's
/// commands, on the statement the connection keeps prepared for the text (<see cref="StatementKeepingSqliteConnection"/>) — on the request's
/// connection and read snapshot, materializing rows with a reader compiled
/// once per column set (EF Core's own reader methods and type mappings). Batch keys (<c>WHERE fk IN (…)</c>, one
/// parameter per key) are found in the translated command by sentinel values, so one command text serves every
/// batch of the same size; so are the values of a by-key lookup (<see cref="IsLookupCacheable"/>), literals or
/// variables, bound on every run. Any other field runs through EF Core as before.
/// </summary>
internal static class CachedCommands
{
    private const int FirstSentinel = int.MinValue + 7;
    private static readonly ConditionalWeakTable<GraphQLField, FieldCommands> ByField = new();
    // Per field node, what the document text decides: computed on the first request, not walked on every one.
    private static readonly ConditionalWeakTable<GraphQLField, object> Cacheable = new();
    private static readonly ConditionalWeakTable<GraphQLField, object> LookupCacheable = new();
    private static readonly object Yes = new(), No = new();

    /// <summary>Turned off by <c>GraphQL:FastPath=false</c> (set at start).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether the current field's query is fixed by the document text alone (and the fast path is not turned off for
    /// this execution: <see cref="Plans.PlanExecutionStrategy.DisableKey"/>).
    /// </summary>
    public static bool IsCacheable(global::GraphQL.IResolveFieldContext context) =>
        IsOn(context) && Cacheable.GetValue(context.FieldAst, f => !VariableUse.In(f.Arguments) && PlainSelection(f.SelectionSet) ? Yes : No) == Yes;

    /// <summary>Whether a command of <paramref name="field"/> was translated already (its query built without error).</summary>
    public static bool HasRun(GraphQLField field) => ByField.TryGetValue(field, out var commands) && !commands.Templates.IsEmpty;

    /// <summary>
    /// Whether the current by-key lookup (<c>unit(slug:)</c>, <c>budget(unitSlug:, year:)</c>) may run a cached command:
    /// its selection is fixed by the document (no directives or fragment spreads below it), its arguments may be
    /// variables or literals — the command text does not depend on their values, which are bound on every request.
    /// </summary>
    public static bool IsLookupCacheable(global::GraphQL.IResolveFieldContext context) =>
        IsOn(context) && LookupCacheable.GetValue(context.FieldAst, f => PlainSelection(f.SelectionSet) ? Yes : No) == Yes;

    /// <summary>Whether cached commands are on, at start (<see cref="Enabled"/>) and for this execution (its user context).</summary>
    private static bool IsOn(global::GraphQL.IResolveFieldContext context) =>
        Enabled && !(context.UserContext.TryGetValue(Plans.PlanExecutionStrategy.DisableKey, out var disabled) && disabled is true);

    /// <summary>Whether <paramref name="values"/> can be bound to a cached command (strings and integers, none null).</summary>
    public static bool CanBind(IReadOnlyList<object?> values) => values.All(v => v is string or int);

    /// <summary>
    /// The rows of <paramref name="page"/>(<paramref name="values"/>), a page query whose window is in its text and whose
    /// values (keys, a gram: <see cref="CanBind"/>) are bound on every run: for a field fixed by its document
    /// (<paramref name="cacheable"/>), from the command cached under <paramref name="name"/>; else through EF Core.
    /// </summary>
    public static Task<List<T>> BoundListAsync<T>(BudgetDbContext db, GraphQLField field, bool cacheable, string name,
        object?[] values, Func<object?[], IQueryable<T>> page, CancellationToken cancellationToken) where T : class, new() =>
        cacheable
            ? ToListAsync(db, field, name, null, values, (_, v) => page(v!), cancellationToken)
            : page(values).ToListAsync(cancellationToken);

    /// <summary>
    /// The rows of <paramref name="build"/>(keys) — keys is null for a query without batch keys — from the command
    /// cached for (<paramref name="field"/>, <paramref name="name"/>, number of keys), translating it on first use.
    /// </summary>
    public static Task<List<T>> ToListAsync<T>(BudgetDbContext db, GraphQLField field, string name,
        IReadOnlyList<int>? keys, Func<int[]?, IQueryable<T>> build, CancellationToken cancellationToken) where T : class, new() =>
        ToListAsync(db, field, name, keys, null, (k, _) => build(k), cancellationToken);

    /// <summary>
    /// As <see cref="ToListAsync{T}(BudgetDbContext,GraphQLField,string,IReadOnlyList{int}?,Func{int[],IQueryable{T}},CancellationToken)"/>,
    /// with <paramref name="values"/> (the arguments of a lookup, see <see cref="CanBind"/>) bound to the command's
    /// parameters on every run: <paramref name="build"/> receives sentinel values when it is translated, which are
    /// found among the command's parameters — never in its text — and replaced by the request's values.
    /// </summary>
    public static async Task<List<T>> ToListAsync<T>(BudgetDbContext db, GraphQLField field, string name,
        IReadOnlyList<int>? keys, IReadOnlyList<object?>? values, Func<int[]?, object?[]?, IQueryable<T>> build,
        CancellationToken cancellationToken) where T : class, new()
    {
        var commands = ByField.GetValue(field, _ => new FieldCommands());
        var slot = (name, keys?.Count ?? -1);
        if (!commands.Templates.TryGetValue(slot, out var cached))
        {
            var sentinels = keys is null ? null : Enumerable.Range(0, keys.Count).Select(i => FirstSentinel + i).ToArray();
            var valueSentinels = values?.Select((v, i) => ValueSentinel(v, i)).ToArray();
            using var translated = build(sentinels, valueSentinels).CreateDbCommand();
            cached = Template.From(translated, sentinels, valueSentinels);
            commands.Templates.TryAdd(slot, cached);
        }
        if (cached is null) return await build(keys?.ToArray(), values?.ToArray()).ToListAsync(cancellationToken);

        // Through EF Core's command pipeline (interceptors, diagnostics, the context's connection and transaction),
        // without its query translation and caching.
        // The command (its text and typed parameters) is built once and kept with the template; a run only binds the
        // values by name. A value of another type than the one mapped first runs through a raw command instead.
        if (!cached.Built) cached.BuildCommand(db);
        var connection = db.GetService<IRelationalConnection>();
        // On SQLite, when nothing observes EF Core's commands: the statement the connection keeps prepared for this text,
        // with this template's parameters (made once per statement), only their values bound per run.
        if (cached.Typed is { Direct: true } direct && connection.DbConnection is StatementKeepingSqliteConnection keeping
            && CommandDiagnostics.NothingObserves(db.GetService<IRelationalCommandDiagnosticsLogger>())
            && keeping.RentFor(direct, cached.Text, direct.AddParameters) is { } kept
            && cached.BindKept(kept, direct, keys, values))
        {
            await using var keptReader = await StatementKeepingSqliteConnection.ExecuteAsync(kept,
                (SqliteTransaction?)connection.CurrentTransaction?.GetDbTransaction(), connection.CommandTimeout, cancellationToken);
            return await ReadRowsAsync<T>(db, cached, keys, keptReader, cancellationToken);
        }

        IRelationalCommand command;
        IReadOnlyDictionary<string, object?> parameterValues;
        IRelationalCommand? rented = null;
        if (cached.Typed is { } typed && cached.Bind(typed, keys, values) is { } bound)
        {
            // A command instance keeps its data reader: each run rents one of the connection's and fills it from the
            // kept command, as EF Core's own query cache does.
            command = rented = connection.RentCommand();
            rented.PopulateFrom(typed.Command);
            parameterValues = bound;
        }
        else
        {
            await using var factory = db.Database.GetDbConnection().CreateCommand();
            var parameters = new object[cached.Parameters.Count];
            for (var i = 0; i < parameters.Length; i++)
            {
                var (parameterName, value, keyIndex, valueIndex) = cached.Parameters[i];
                var parameter = factory.CreateParameter();
                parameter.ParameterName = parameterName;
                parameter.Value = keyIndex >= 0 ? keys![keyIndex] : valueIndex >= 0 ? values![valueIndex] : value ?? DBNull.Value;
                parameters[i] = parameter;
            }
            var raw = db.GetService<IRawSqlCommandBuilder>().Build(cached.Text, parameters, db.Model);
            command = raw.RelationalCommand;
            parameterValues = raw.ParameterValues;
        }
        try
        {
            return await ReadAsync<T>(db, cached, keys, command, connection, parameterValues, cancellationToken);
        }
        finally
        {
            if (rented is not null) connection.ReturnCommand(rented);
        }
    }

    private static async Task<List<T>> ReadAsync<T>(BudgetDbContext db, Template cached, IReadOnlyList<int>? keys,
        IRelationalCommand command, IRelationalConnection connection, IReadOnlyDictionary<string, object?> parameterValues,
        CancellationToken cancellationToken) where T : class, new()
    {
        await using var relationalReader = await command.ExecuteReaderAsync(new RelationalCommandParameterObject(
            connection, parameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery), cancellationToken);
        return await ReadRowsAsync<T>(db, cached, keys, relationalReader.DbDataReader, cancellationToken);
    }

    private static async Task<List<T>> ReadRowsAsync<T>(BudgetDbContext db, Template cached, IReadOnlyList<int>? keys,
        DbDataReader reader, CancellationToken cancellationToken) where T : class, new()
    {
        // A batch has at least one row per key in most fields (exactly one at most for by-key batches): start there.
        var rows = new List<T>(keys?.Count ?? 0);
        // On SQLite, values are read straight from the statement (SqliteColumns): one native call per value. The
        // command's text fixes its column list, so its row reader is looked up once and kept with the command.
        if (reader is SqliteDataReader sqlite)
        {
            if (cached.SqliteReader is not Func<SQLitePCL.sqlite3_stmt, T> read)
            {
                read = Materializer<T>.ForSqlite(db, reader)!;
                if (read is not null) cached.SqliteReader = read;
            }
            if (read is not null)
            {
                while (await reader.ReadAsync(cancellationToken)) rows.Add(read(sqlite.Handle!));
                return rows;
            }
        }
        var materialize = Materializer<T>.For(db, reader);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(materialize(reader));
        return rows;
    }

    /// <summary>A value no request sends, of the type of <paramref name="value"/>: strings and ints (<see cref="CanBind"/>).</summary>
    private static object ValueSentinel(object? value, int index) => value switch
    {
        string => "\u0001BudgetGraph.CachedCommands.Sentinel." + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        int => int.MaxValue - 7 - index,
        _ => throw new ArgumentException($"A {value?.GetType().Name ?? "null"} cannot be bound to a cached command.", nameof(value)),
    };


    private static bool PlainSelection(GraphQLSelectionSet? set) => set is null || set.Selections.All(s => s switch
    {
        GraphQLField f => f.Directives is not { Count: > 0 } && PlainSelection(f.SelectionSet),
        GraphQLInlineFragment i => i.Directives is not { Count: > 0 } && PlainSelection(i.SelectionSet),
        _ => false,
    });

    private sealed class FieldCommands
    {
        public readonly ConcurrentDictionary<(string, int), Template?> Templates = new();
    }

    /// <summary>
    /// A command built once for a <see cref="Template"/>, the types of the lookup values (by parameter) it binds, and
    /// each parameter's name, type mapping and fixed value for a kept statement; <c>Direct</c> when no mapping converts
    /// values (a kept statement binds the values as they are).
    /// </summary>
    private sealed record TypedCommand(IRelationalCommand Command, Type?[] LookupTypes,
        (string Name, RelationalTypeMapping Mapping, object? Value)[] Parameters, bool Direct)
    {
        /// <summary>Adds the parameters to a kept statement, in order: each made by its EF Core type mapping, holding its fixed value.</summary>
        public Action<SqliteCommand> AddParameters { get; } = command =>
        {
            foreach (var (name, mapping, value) in Parameters)
                command.Parameters.Add((SqliteParameter)mapping.CreateParameter(command, name, value, nullable: false));
        };
    }

    /// <summary>
    /// A translated command: its text and parameters, each a fixed value, the index of a batch key or the index of a
    /// lookup value.
    /// </summary>
    private sealed record Template(string Text, IReadOnlyList<(string Name, object? Value, int KeyIndex, int ValueIndex)> Parameters)
    {
        /// <summary>The SQLite row reader of the command's column list (a <c>Func&lt;sqlite3_stmt, T&gt;</c>), once found.</summary>
        public object? SqliteReader { get; set; }

        /// <summary>
        /// The command built once (<see cref="BuildCommand"/>): the text as translated, each parameter with the type
        /// mapping of its value's type, and the types of the lookup values it was built for; null when a fixed value is
        /// null or has no mapping (then every run builds a raw command).
        /// </summary>
        public TypedCommand? Typed { get; private set; }

        /// <summary>Whether <see cref="Typed"/> was built (or found impossible).</summary>
        public bool Built { get; private set; }

        public void BuildCommand(BudgetDbContext db)
        {
            var mappings = db.GetService<IRelationalTypeMappingSource>();
            var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(Text);
            var types = new Type?[Parameters.Count];
            var kept = new (string, RelationalTypeMapping, object?)[Parameters.Count];
            var direct = true;
            var typed = true;
            for (var i = 0; i < Parameters.Count && typed; i++)
            {
                var (name, value, keyIndex, valueIndex) = Parameters[i];
                // Keys are ints; a lookup value has its sentinel's type (string or int); a fixed value its own.
                var type = keyIndex >= 0 ? typeof(int) : value?.GetType();
                if (type is null || mappings.FindMapping(type) is not { } mapping) typed = false;
                else
                {
                    types[i] = valueIndex >= 0 ? type : null;
                    builder.AddParameter(name, name, mapping, nullable: false);
                    kept[i] = (name, (RelationalTypeMapping)mapping, value);
                    direct &= mapping.Converter is null;
                }
            }
            Typed = typed ? new TypedCommand(builder.Build(), types, kept, direct) : null;
            Built = true;
        }

        /// <summary>
        /// As <see cref="Bind"/>, onto a kept statement (its fixed values were set when it was made): false when a lookup
        /// value is not of the mapped type.
        /// </summary>
        public bool BindKept(SqliteCommand kept, TypedCommand typed, IReadOnlyList<int>? keys, IReadOnlyList<object?>? values)
        {
            for (var i = 0; i < Parameters.Count; i++)
            {
                if (Parameters[i] is { KeyIndex: < 0, ValueIndex: < 0 }) continue;
                if (!TryRunValue(i, typed, keys, values, out var value)) return false;
                kept.Parameters[i].Value = value!;
            }
            return true;
        }

        /// <summary>The values of a run by parameter name, or null when a lookup value is not of the mapped type.</summary>
        public Dictionary<string, object?>? Bind(TypedCommand typed, IReadOnlyList<int>? keys, IReadOnlyList<object?>? values)
        {
            var bound = new Dictionary<string, object?>(Parameters.Count);
            for (var i = 0; i < Parameters.Count; i++)
            {
                if (!TryRunValue(i, typed, keys, values, out var value)) return null;
                bound[Parameters[i].Name] = value;
            }
            return bound;
        }

        /// <summary>
        /// Parameter <paramref name="index"/>'s value on a run: its batch key, its lookup value or its fixed value; false
        /// when a lookup value is null or not of the type the command was built for.
        /// </summary>
        private bool TryRunValue(int index, TypedCommand typed, IReadOnlyList<int>? keys, IReadOnlyList<object?>? values,
            out object? value)
        {
            var (_, fixedValue, keyIndex, valueIndex) = Parameters[index];
            if (valueIndex >= 0)
            {
                value = values![valueIndex];
                return value is not null && value.GetType() == typed.LookupTypes[index];
            }
            value = keyIndex >= 0 ? keys![keyIndex] : fixedValue;
            return true;
        }

        /// <summary>
        /// Null when the batch keys or values cannot be told apart from the other parameters, or a value was written
        /// into the text rather than a parameter (never seen; then EF Core runs).
        /// </summary>
        public static Template? From(DbCommand command, int[]? sentinels, object[]? valueSentinels)
        {
            var parameters = new List<(string, object?, int, int)>(command.Parameters.Count);
            // EF Core pads a key list to a bucket size by repeating its last key: a sentinel may appear more than once.
            var found = new HashSet<int>();
            var foundValues = new HashSet<int>();
            foreach (DbParameter parameter in command.Parameters)
            {
                var keyIndex = sentinels is not null && parameter.Value is int or long or short
                               && Convert.ToInt64(parameter.Value, System.Globalization.CultureInfo.InvariantCulture) is var v
                               && v >= FirstSentinel && v < (long)FirstSentinel + sentinels.Length
                    ? (int)(v - FirstSentinel)
                    : -1;
                if (keyIndex >= 0) found.Add(keyIndex);
                var valueIndex = valueSentinels is null || parameter.Value is null ? -1 : Array.IndexOf(valueSentinels, parameter.Value);
                if (valueIndex >= 0) foundValues.Add(valueIndex);
                parameters.Add((parameter.ParameterName, parameter.Value, keyIndex, valueIndex));
            }
            if (valueSentinels is not null && valueSentinels.Any(s =>
                    command.CommandText.Contains(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture)!, StringComparison.Ordinal)))
                return null;
            return found.Count == (sentinels?.Length ?? 0) && foundValues.Count == (valueSentinels?.Length ?? 0)
                ? new Template(command.CommandText, parameters)
                : null;
        }
    }

    /// <summary>
    /// Row readers per column list: <c>new T { Prop = reader.GetX(i), … }</c> with EF Core's reader methods and type
    /// mappings, or on SQLite the same with <see cref="SqliteColumns"/>' getter of the same name on the statement.
    /// </summary>
    private static class Materializer<T> where T : class, new()
    {
        private static readonly ConcurrentDictionary<string, Func<DbDataReader, T>> Readers = new();
        private static readonly ConcurrentDictionary<string, Func<SQLitePCL.sqlite3_stmt, T>?> SqliteReaders = new();

        public static Func<DbDataReader, T> For(BudgetDbContext db, DbDataReader reader)
        {
            var names = Names(reader);
            return Readers.GetOrAdd(string.Join(',', names), _ => Build<DbDataReader>(db, names, sqlite: false)!);
        }

        /// <summary>Null when a column's reader method has no SQLite getter (then <see cref="For"/> reads the row).</summary>
        public static Func<SQLitePCL.sqlite3_stmt, T>? ForSqlite(BudgetDbContext db, DbDataReader reader)
        {
            var names = Names(reader);
            return SqliteReaders.GetOrAdd(string.Join(',', names), _ => Build<SQLitePCL.sqlite3_stmt>(db, names, sqlite: true));
        }

        private static string[] Names(DbDataReader reader)
        {
            var names = new string[reader.FieldCount];
            for (var i = 0; i < names.Length; i++) names[i] = reader.GetName(i);
            return names;
        }

        private static Func<TRow, T>? Build<TRow>(BudgetDbContext db, string[] columns, bool sqlite)
        {
            var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
            var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var row = Expression.Parameter(typeof(TRow), "row");
            var bindings = new List<MemberBinding>(columns.Length);
            for (var i = 0; i < columns.Length; i++)
            {
                var property = entityType.GetProperties().Single(p => p.GetColumnName(table) == columns[i]);
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                var clrProperty = typeof(T).GetProperty(property.Name)!;
                var method = mapping.GetDataReaderMethod();
                Expression read;
                if (sqlite)
                {
                    if (typeof(SqliteColumns).GetMethod(method.Name) is not { } getter || getter.ReturnType != method.ReturnType) return null;
                    read = Expression.Call(getter, row, Expression.Constant(i));
                }
                else read = Expression.Call(row, method, Expression.Constant(i));
                var providerType = mapping.Converter?.ProviderClrType ?? Nullable.GetUnderlyingType(clrProperty.PropertyType) ?? clrProperty.PropertyType;
                if (read.Type != providerType) read = Expression.Convert(read, providerType);
                if (mapping.Converter is { } converter)
                    read = Expression.Invoke(converter.ConvertFromProviderExpression, read);
                if (read.Type != clrProperty.PropertyType) read = Expression.Convert(read, clrProperty.PropertyType);
                // As EF Core's own shaper: a column the model declares NOT NULL is read without asking IsDBNull first
                // (on SQLite each IsDBNull is one more native call per value).
                if (!property.IsNullable)
                {
                    bindings.Add(Expression.Bind(clrProperty, read));
                    continue;
                }
                // A nullable text column without a converter: one call gives the text or null.
                if (sqlite && method.Name == nameof(DbDataReader.GetString) && mapping.Converter is null && clrProperty.PropertyType == typeof(string))
                {
                    bindings.Add(Expression.Bind(clrProperty, Expression.Call(
                        typeof(SqliteColumns).GetMethod(nameof(SqliteColumns.GetStringOrNull))!, row, Expression.Constant(i))));
                    continue;
                }
                var isNull = sqlite
                    ? Expression.Call(typeof(SqliteColumns).GetMethod(nameof(SqliteColumns.IsNull))!, row, Expression.Constant(i))
                    : Expression.Call(row, typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull))!, Expression.Constant(i));
                bindings.Add(Expression.Bind(clrProperty, Expression.Condition(isNull, Expression.Default(clrProperty.PropertyType), read)));
            }
            return Expression.Lambda<Func<TRow, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row).Compile();
        }
    }
}
