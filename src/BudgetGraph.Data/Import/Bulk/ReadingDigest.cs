using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Runtime.InteropServices;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// The SHA-256 of a reading: every row <see cref="BulkGraphWriter"/> would insert for a document's budget, in the
/// writer's own walk of the graph and with the writer's own columns — so a new entity, column or row is in the digest
/// without anyone listing it here. Stored with the document (<see cref="SourceDocument.ReadingSha256"/>), it lets a
/// later loader that reads the same bytes the same way skip replacing the budget (<see cref="DisclosureImporter"/>).
/// <list type="bullet">
/// <item>Per table (in insert order): its name, the included columns' names, the row count, then each row's values as
/// the provider stores them (value converters applied), each tagged with its type and length-prefixed, so that no two
/// different sets of rows encode alike.</item>
/// <item>Left out: generated keys (assigned at insert) and a foreign key to a row of the same graph, written as that
/// row's position in its table instead (a key to a stored row — the unit — is its value); and the columns that say
/// when, from where and by which loader the document was stored rather than what was read from it
/// (<see cref="NotOfTheReading"/>).</item>
/// </list>
/// A digest is only ever compared with one computed by a build of the same model; a model change changes the table's
/// header (its columns), so a reading stored before it never matches, and is replaced as before.
/// </summary>
internal static class ReadingDigest
{
    /// <summary>Columns about the storing or the unit, not the reading: the same bytes imported again keep the stored ones.</summary>
    private static readonly HashSet<(Type Entity, string Property)> NotOfTheReading =
    [
        (typeof(SourceDocument), nameof(SourceDocument.FileName)),
        (typeof(SourceDocument), nameof(SourceDocument.SourcePath)),
        (typeof(SourceDocument), nameof(SourceDocument.ImportedAt)),
        (typeof(SourceDocument), nameof(SourceDocument.LoaderRevision)),
        (typeof(SourceDocument), nameof(SourceDocument.ReadingSha256)),
        // The unit's district, copied on its budgets, cards and indicators (CarriedDistricts): the unit's, not this reading's; a
        // unit that moves is stored again whatever the digest says (DisclosureImporter's `moved`).
        (typeof(Budget), nameof(Budget.DistrictName)),
        (typeof(Project), nameof(Project.DistrictName)),
        (typeof(Indicator), nameof(Indicator.DistrictName)),
        // A count kept from the stored rows (BudgetRowCounts), added after readings were stored: left out so that they
        // are not read again for it (a budget's IndicatorRows came earlier, and stays in).
        (typeof(Budget), nameof(Budget.CoreIndicatorRows)),
        // The card's category copied on its indicators, added after readings were stored: the card's own column is of
        // the reading already, and stored documents are not read again for the copy.
        (typeof(Indicator), nameof(Indicator.ProjectCategory)),
    ];

    /// <summary>Whether <paramref name="column"/> of <paramref name="table"/> is part of the reading.</summary>
    internal static bool IsOfTheReading(EntityTable table, EntityColumn column) =>
        column.Property != table.GeneratedKey && !NotOfTheReading.Contains((table.EntityType.ClrType, column.Property.Name));

    /// <summary>Lower-case hex SHA-256 of the new rows of <paramref name="graph"/>, tables in <paramref name="insertOrder"/>.</summary>
    public static string Of(EntityGraph graph, IReadOnlyList<EntityTable> insertOrder)
    {
        // A row of the graph is referred to by its position in its table: its key is not assigned yet.
        var positions = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var rows in graph.NewByTable.Values)
            for (var i = 0; i < rows.Count; i++) positions[rows[i]] = i;

        // Encoded into one buffer, hashed once.
        var writer = Buffer ??= new Writer();
        writer.Clear();
        foreach (var table in insertOrder)
        {
            if (!graph.NewByTable.TryGetValue(table, out var rows)) continue;
            var columns = ColumnsOfTheReading.GetOrAdd(table, t => Enumerable.Range(0, t.Columns.Count).Where(c => IsOfTheReading(t, t.Columns[c])).ToArray());
            writer.Text(table.EntityType.Name);
            foreach (var c in columns) writer.Text(table.Columns[c].Property.Name);
            writer.Integer(rows.Count);
            foreach (var row in rows)
                foreach (var c in columns)
                {
                    var column = table.Columns[c];
                    if (graph.PrincipalInGraph(row, table.ForeignKeysOf[c], positions) is { } position)
                    {
                        writer.Tag('R');
                        writer.Integer(position);
                    }
                    else writer.Value(column.ToProvider(graph.ValueOf(row, column, table.ForeignKeysOf[c])));
                }
        }
        return Convert.ToHexStringLower(SHA256.HashData(writer.Written));
    }

    [ThreadStatic] private static Writer? Buffer;

    /// <summary>Per table, the indexes of its columns that are part of the reading.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<EntityTable, int[]> ColumnsOfTheReading = new();

    /// <summary>The type-tagged, length-prefixed encoding of the values (one per thread, reused).</summary>
    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

        public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

        public void Clear() => _bytes.ResetWrittenCount();

        public void Tag(char tag)
        {
            _bytes.GetSpan(1)[0] = (byte)tag;
            _bytes.Advance(1);
        }

        public void Integer(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_bytes.GetSpan(8), value);
            _bytes.Advance(8);
        }

        /// <summary>A text as its UTF-16 code units (a copy, no transcoding), after its length.</summary>
        public void Text(string value)
        {
            var bytes = MemoryMarshal.AsBytes(value.AsSpan());
            Integer(bytes.Length);
            _bytes.Write(bytes);
        }

        /// <summary>The decimal's four 32-bit parts: its digits and its scale (1.0 and 1.00 differ, as stored as text).</summary>
        private void Decimal(decimal value)
        {
            Span<int> parts = stackalloc int[4];
            decimal.GetBits(value, parts);
            foreach (var part in parts) Integer(part);
        }

        private void Bytes(byte[] value)
        {
            Integer(value.Length);
            _bytes.Write(value);
        }

        public void Value(object value)
        {
            switch (value)
            {
                case DBNull: Tag('N'); break;
                case string text: Tag('S'); Text(text); break;
                case bool flag: Tag('B'); Integer(flag ? 1 : 0); break;
                case int number: Tag('I'); Integer(number); break;
                case long number: Tag('I'); Integer(number); break;
                case byte or sbyte or short or ushort or uint:
                    Tag('I'); Integer(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                case double real: Tag('D'); Integer(BitConverter.DoubleToInt64Bits(real)); break;
                case float real: Tag('D'); Integer(BitConverter.DoubleToInt64Bits(real)); break;
                case DateTimeOffset moment: Tag('T'); Integer(moment.UtcTicks); Integer(moment.Offset.Ticks); break;
                case DateTime moment: Tag('T'); Integer(moment.Ticks); Integer((long)moment.Kind); break;
                case decimal number: Tag('M'); Decimal(number); break;
                case byte[] bytes: Tag('X'); Bytes(bytes); break;
                // Anything else (Guid, …): its type and its invariant text.
                default: Tag('O'); Text(value.GetType().FullName!); Text(Convert.ToString(value, CultureInfo.InvariantCulture)!); break;
            }
        }
    }
}
