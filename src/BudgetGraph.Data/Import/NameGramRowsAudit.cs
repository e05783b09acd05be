using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;

namespace BudgetGraph.Data.Import;

/// <summary>
/// The name gram rows (<see cref="NameGram"/>: where every name filter's <c>contains</c> and <c>startsWith</c> finds its
/// candidates) derived again from the stored names by the importer's own rules (<see cref="NameGramWriter"/>'s names of a
/// unit, a project and an indicator; <see cref="NameGrams.Pairs"/>), each with the number and the slug it carries, and
/// compared with the rows kept. A kept row missing hides a name from a search without a warning; one too many, or
/// carrying another number, serves a wrong count. Part of <see cref="KeptFiguresAudit"/>, before the gram counts, which
/// are counted from these rows.
/// <para>
/// The index holds millions of rows (2,776,694 at 5,005 disclosures), so nothing is written to compare them: one kind at
/// a time, the derived rows are packed into 64-bit keys (gram, entity) and sorted in memory — in ranges of the grams'
/// first character when a kind has more than <see cref="DefaultMaxInMemory"/> — and merged with the kept rows, read in
/// the order of the table's primary key (no sort in the database). An ideograph sorts the same in C#, in SQLite's UTF-8
/// and in SQL Server's binary collation of the column. Repaired, the rows that differ are replaced by the backfill's
/// (<see cref="NameGramSql.DeriveIntoTempSqlite"/>, the same rows: <c>NameGramBackfillTests</c>), and the gram counts
/// then counted again from them.
/// </para>
/// </summary>
internal static class NameGramRowsAudit
{
    /// <summary>The figures' name in the audit's list and output.</summary>
    public const string Name = "name gram rows";

    /// <summary>At most this many rows that differ are listed; the others are counted in one more line.</summary>
    public const int MaxListed = 100;

    /// <summary>
    /// At most this many derived rows of one kind in memory at once (8 bytes each, 16 for an indicator's, which carry its
    /// target): 1.8 million of the indicators' at 5,005 disclosures, about ten times that at 50,005 (compared in three ranges).
    /// </summary>
    public const int DefaultMaxInMemory = 8_000_000;

    // Where each kind's names are read from: a table's rows, each given its indexed names by the importer's own mapping,
    // and the slug its rows carry (a unit's).
    private sealed record NameSource(string Sql, NameGramKind[] Kinds,
        Func<DbDataReader, IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)>> NamesOf,
        Func<DbDataReader, string?> SlugOf);

    private static readonly NameSource[] Sources =
    [
        new("SELECT \"Id\", \"OfficialName\", \"ShortName\", \"Slug\" FROM \"Units\"",
            [NameGramKind.UnitOfficialName, NameGramKind.UnitShortName, NameGramKind.UnitOfficialNameStart, NameGramKind.UnitShortNameStart],
            r => NameGramWriter.NamesOfUnit(r.GetInt32(0), TextOf(r, 1), TextOf(r, 2)), r => TextOf(r, 3)),
        new("SELECT \"Id\", \"Name\", \"Department\", \"FiscalYear\" FROM \"Projects\"", [NameGramKind.ProjectName, NameGramKind.ProjectDepartment],
            r => NameGramWriter.NamesOfProject(r.GetInt32(0), TextOf(r, 1), TextOf(r, 2), r.GetInt32(3)), _ => null),
        new("SELECT \"Id\", \"Name\", \"NumericTarget\" FROM \"Indicators\"", [NameGramKind.IndicatorName],
            r => [NameGramWriter.NameOfIndicator(r.GetInt32(0), TextOf(r, 1), r.IsDBNull(2) ? null : r.GetInt64(2))], _ => null),
    ];

    /// <summary>Every name read by the audit (a statement of <see cref="Sources"/>'), for the T-SQL parse tests.</summary>
    internal static IEnumerable<string> NameStatements => Sources.Select(s => s.Sql);

    /// <summary>The kept rows of one kind (<c>@kind</c>), from <c>@from</c> and below <c>@to</c> when bounded, in key order.</summary>
    internal static string KeptRows(bool from, bool to) =>
        "SELECT \"Gram\", \"EntityId\", \"Value\", \"Slug\" FROM \"NameGrams\" WHERE \"Kind\" = @kind" +
        (from ? " AND \"Gram\" >= @from" : "") + (to ? " AND \"Gram\" < @to" : "") + " ORDER BY \"Gram\", \"EntityId\"";

    /// <summary>
    /// The kept rows of no kind the importer writes (each one too many): below the first kind and above the last, two
    /// seeks in the primary key (a <c>NOT IN</c>, or an <c>OR</c> of the two, is planned as a scan of the table's millions of rows). The kinds run without a gap.
    /// </summary>
    internal static string KeptRowsOfNoKind
    {
        get
        {
            const string row = "SELECT \"Kind\", \"Gram\", \"EntityId\", \"Value\", \"Slug\" FROM \"NameGrams\"";
            var kinds = Enum.GetValues<NameGramKind>();
            return $"{row} WHERE \"Kind\" < {(int)kinds.Min()} UNION ALL {row} WHERE \"Kind\" > {(int)kinds.Max()} ORDER BY 1, 2, 3";
        }
    }

    /// <summary>
    /// The kept rows not derived deleted (by key: one whose number or slug differs too), then the derived rows not kept
    /// written: the kept rows are the derived ones. Only the rows that differ are written.
    /// </summary>
    public static string Replace(bool sqlServer)
    {
        var derived = NameGramSql.DerivedTable(sqlServer);
        return $"""
            DELETE FROM "NameGrams" WHERE NOT EXISTS (SELECT 1 FROM {derived} AS d WHERE d."Kind" = "NameGrams"."Kind"
                AND d."Gram" = "NameGrams"."Gram" AND d."EntityId" = "NameGrams"."EntityId"
                AND {NullSafeSql.Same("d.\"Value\"", "\"NameGrams\".\"Value\"")} AND {NullSafeSql.Same("d.\"Slug\"", "\"NameGrams\".\"Slug\"")});
            INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId", "Value", "Slug")
            SELECT d."Kind", d."Gram", d."EntityId", d."Value", d."Slug" FROM {derived} AS d
            WHERE NOT EXISTS (SELECT 1 FROM "NameGrams" AS g WHERE g."Kind" = d."Kind" AND g."Gram" = d."Gram" AND g."EntityId" = d."EntityId");
            """;
    }

    /// <summary>The derived rows' table dropped (a repair commits the transaction it was written in).</summary>
    public static string Drop(bool sqlServer) => $"DROP TABLE {NameGramSql.DerivedTable(sqlServer)};";

    /// <summary>
    /// Every gram row that differs from the names' (none: the index is exact), read inside <paramref name="transaction"/>
    /// (one snapshot of the names and the rows); when <paramref name="repair"/>ing and some differ, the kept rows are made
    /// the derived ones (committed or rolled back with the transaction).
    /// </summary>
    public static async Task<IReadOnlyList<KeptFiguresAudit.Difference>> RunAsync(DbConnection connection, DbTransaction transaction,
        bool sqlServer, bool repair, CancellationToken cancellationToken, int maxInMemory = DefaultMaxInMemory)
    {
        var found = new Differences();
        foreach (var kind in Enum.GetValues<NameGramKind>())
            await CompareAsync(connection, transaction, kind, maxInMemory, found, cancellationToken);
        await using (var command = KeptFiguresAudit.Command(connection, transaction, KeptRowsOfNoKind))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                found.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Kept.Read(reader, 1), derived: null);
        }
        var differences = found.List;
        if (repair && differences.Count > 0)
        {
            await KeptFiguresAudit.ExecuteAsync(connection, transaction,
                sqlServer ? NameGramSql.DeriveIntoTempSqlServer : NameGramSql.DeriveIntoTempSqlite, cancellationToken);
            await KeptFiguresAudit.ExecuteAsync(connection, transaction, Replace(sqlServer), cancellationToken);
            await KeptFiguresAudit.ExecuteAsync(connection, transaction, Drop(sqlServer), cancellationToken);
        }
        return differences;
    }

    // One kind's rows: how many grams start with each character (a first pass over the names), then each range of first
    // characters that fits in memory derived, sorted and merged with the kept rows of that range.
    private static async Task CompareAsync(DbConnection connection, DbTransaction transaction, NameGramKind kind, int maxInMemory,
        Differences found, CancellationToken cancellationToken)
    {
        var source = Sources.Single(s => s.Kinds.Contains(kind));
        var byFirst = new long[char.MaxValue + 1];
        await foreach (var name in NamesAsync(connection, transaction, source, kind, cancellationToken))
            foreach (var (first, _) in NameGrams.Pairs(name.Name))
                byFirst[first]++;

        // Ranges [From, To) of first characters, the first and the last unbounded: every kept row of the kind is read once.
        var ranges = new List<(char? From, char? To, long Rows)>();
        (char? from, long rows) = (null, 0);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (byFirst[c] == 0) continue;
            if (rows > 0 && rows + byFirst[c] > maxInMemory)
            {
                ranges.Add((from, (char)c, rows));
                (from, rows) = ((char)c, 0);
            }
            rows += byFirst[c];
        }
        ranges.Add((from, null, rows));

        // One buffer for every range (the largest's size): 128 MB at most, not that for each range.
        var most = ranges.Max(r => r.Rows);
        var keys = new ulong[most];
        var values = NameGrams.CarriesValue(kind) ? new long[most] : null;
        foreach (var (rangeFrom, rangeTo, _) in ranges)
        {
            var derived = await DeriveAsync(connection, transaction, source, kind, rangeFrom, rangeTo, keys, values, cancellationToken);
            await MergeAsync(connection, transaction, kind, rangeFrom, rangeTo, derived, found, cancellationToken);
        }
    }

    // The derived rows of one kind whose first character is in [from, to), sorted by key: a name's repeated gram repeats
    // its key (skipped by the merge).
    private static async Task<DerivedRows> DeriveAsync(DbConnection connection, DbTransaction transaction, NameSource source,
        NameGramKind kind, char? from, char? to, ulong[] keys, long[]? values, CancellationToken cancellationToken)
    {
        if (keys.Length == 0) return new DerivedRows(keys, null, 0, []);
        var slugs = new Dictionary<int, string?>();
        var count = 0;
        await foreach (var name in NamesAsync(connection, transaction, source, kind, cancellationToken))
        {
            if (name.Slug is not null) slugs[name.EntityId] = name.Slug;
            foreach (var (first, second) in NameGrams.Pairs(name.Name))
            {
                if (first < from || first >= to) continue;
                keys[count] = Key(first, second, name.EntityId);
                if (values is not null)
                {
                    if (name.Value == NoValue) throw new InvalidOperationException($"A carried number of {NoValue} cannot be audited ({kind} {name.EntityId}).");
                    values[count] = name.Value ?? NoValue;
                }
                count++;
            }
        }
        if (values is null) Array.Sort(keys, 0, count);
        else Array.Sort(keys, values, 0, count);
        return new DerivedRows(keys, values, count, slugs);
    }

    // The derived rows against the kept ones of the same range, both in key order: a key on one side only is a row
    // missing or one too many; on both, its number and slug are compared.
    private static async Task MergeAsync(DbConnection connection, DbTransaction transaction, NameGramKind kind, char? from, char? to,
        DerivedRows derived, Differences found, CancellationToken cancellationToken)
    {
        var i = 0;
        await using var command = KeptFiguresAudit.Command(connection, transaction, KeptRows(from is not null, to is not null));
        // The column's own type (SQL Server: tinyint), so that the key is sought without a conversion.
        Parameter(command, "@kind", (byte)kind);
        if (from is { } f) Parameter(command, "@from", f.ToString());
        if (to is { } t) Parameter(command, "@to", t.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kept = Kept.Read(reader, 0);
            if (kept.Key is not { } key)
            {
                found.Add((int)kind, kept, derived: null);
                continue;
            }
            for (; i < derived.Count && derived.Keys[i] < key; i = derived.Next(i))
                found.Add((int)kind, null, derived.Row(i));
            if (i < derived.Count && derived.Keys[i] == key)
            {
                var row = derived.Row(i);
                if (row.Value != kept.Value || row.Slug != kept.Slug) found.Add((int)kind, kept, row);
                i = derived.Next(i);
            }
            else found.Add((int)kind, kept, derived: null);
        }
        for (; i < derived.Count; i = derived.Next(i)) found.Add((int)kind, null, derived.Row(i));
    }

    // The names of one kind read from its source, with the number and the slug their rows carry.
    private static async IAsyncEnumerable<(int EntityId, string? Name, long? Value, string? Slug)> NamesAsync(DbConnection connection,
        DbTransaction transaction, NameSource source, NameGramKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = KeptFiguresAudit.Command(connection, transaction, source.Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            foreach (var name in source.NamesOf(reader))
            {
                if (!source.Kinds.Contains(name.Kind))
                    throw new InvalidOperationException($"The importer indexes names of kind {name.Kind} from {source.Sql}: add it to the audit's sources.");
                if (name.Kind == kind) yield return (name.EntityId, name.Name, name.Value, source.SlugOf(reader));
            }
        }
    }

    // A gram (two ideographs) and an entity in one sortable number: the gram's two code units, then the entity's id.
    private static ulong Key(char first, char second, int entityId) => (ulong)first << 48 | (ulong)second << 32 | (uint)entityId;

    // An indicator without a numeric target, in the array of derived numbers.
    private const long NoValue = long.MinValue;

    private static string? TextOf(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // A kept row: its key when its gram is two ideographs and its entity an id the importer gives (none otherwise: a
    // row no name derives).
    private readonly record struct Kept(string Gram, long EntityId, long? Value, string? Slug)
    {
        public ulong? Key => Gram.Length == 2 && NameGrams.IsGramChar(Gram[0]) && NameGrams.IsGramChar(Gram[1])
                             && EntityId is >= 0 and <= int.MaxValue
            ? NameGramRowsAudit.Key(Gram[0], Gram[1], (int)EntityId)
            : null;

        public static Kept Read(DbDataReader reader, int first) => new(reader.GetString(first), Integer(reader, first + 1),
            reader.IsDBNull(first + 2) ? null : Integer(reader, first + 2), TextOf(reader, first + 3));

        // Read without boxing (millions of rows): SQLite gives every integer as a long, SQL Server the column's type.
        private static long Integer(DbDataReader reader, int column) =>
            reader.GetFieldType(column) == typeof(long) ? reader.GetInt64(column) : Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
    }

    private sealed record DerivedRows(ulong[] Keys, long[]? Values, int Count, Dictionary<int, string?> Slugs)
    {
        // The next row of another key.
        public int Next(int i)
        {
            var key = Keys[i];
            while (++i < Count && Keys[i] == key) { }
            return i;
        }

        public Kept Row(int i)
        {
            var key = Keys[i];
            var entityId = (int)(uint)key;
            var gram = string.Create(2, key, static (span, k) => (span[0], span[1]) = ((char)(k >> 48), (char)(k >> 32)));
            return new Kept(gram, entityId, Values is null || Values[i] == NoValue ? null : Values[i], Slugs.GetValueOrDefault(entityId));
        }
    }

    // The rows that differ, as the audit lists them: at most MaxListed, in key order (kind, gram, entity), the others
    // counted in one more line.
    private sealed class Differences
    {
        private readonly List<KeptFiguresAudit.Difference> listed = [];
        private long unlisted;

        public void Add(int kind, Kept? kept, Kept? derived)
        {
            if (listed.Count >= MaxListed)
            {
                unlisted++;
                return;
            }
            var row = (kept ?? derived).GetValueOrDefault();
            listed.Add(new KeptFiguresAudit.Difference(Name,
                $"{kind.ToString(CultureInfo.InvariantCulture)} · {row.Gram} · {row.EntityId.ToString(CultureInfo.InvariantCulture)}",
                Figures(kept), Figures(derived)));
        }

        public List<KeptFiguresAudit.Difference> List => unlisted == 0 ? listed :
        [
            .. listed,
            new KeptFiguresAudit.Difference(Name,
                $"{unlisted.ToString("N0", CultureInfo.InvariantCulture)} more rows (kind · gram · entity) not listed", "(not listed)", "(not listed)"),
        ];

        // Shown as the other kept figures are: the target as the API serves it.
        private static string Figures(Kept? row) => row is not { } r ? "(none)"
            : $"Value {KeptFiguresAudit.Shown(r.Value, amount: true)} · Slug {KeptFiguresAudit.Shown(r.Slug, amount: false)}";
    }
}
