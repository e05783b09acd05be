using System.Data.Common;
using System.Globalization;
using BudgetGraph.Data.Search;

namespace BudgetGraph.Data.Import;

/// <summary>
/// The name gram rows (<see cref="Entities.NameGram"/>: where every name filter's <c>contains</c> and <c>startsWith</c>
/// finds its candidates) derived again from the names, each with the number and the slug it carries
/// (<see cref="NameGramSql.DeriveIntoTempSqlite"/>), and compared with the rows kept, in SQL (<c>EXCEPT</c> both ways:
/// only rows that differ are read — the index holds millions of rows, 2,776,694 at 5,005 disclosures). A kept row
/// missing hides a name from a search without a warning; one too many, or carrying another number, serves a wrong
/// count. Part of <see cref="KeptFiguresAudit"/>, before the gram counts, which are counted from these rows: repaired,
/// the rows that differ are replaced by the derived ones, and the counts then counted again from them.
/// </summary>
internal static class NameGramRowsAudit
{
    /// <summary>The figures' name in the audit's list and output.</summary>
    public const string Name = "name gram rows";

    /// <summary>At most this many rows that differ are listed; the others are counted in one more line.</summary>
    public const int MaxListed = 100;

    /// <summary>The rows that differ, each side's as it is kept or derived, in key order (kind, gram, entity).</summary>
    public static string Differing(bool sqlServer)
    {
        var derived = NameGramSql.DerivedTable(sqlServer);
        const string columns = "\"Kind\", \"Gram\", \"EntityId\", \"Value\", \"Slug\"";
        return $"""
            SELECT 'kept' AS "Side", k."Kind", k."Gram", k."EntityId", k."Value", k."Slug" FROM (
                SELECT {columns} FROM "NameGrams" EXCEPT SELECT {columns} FROM {derived}) AS k
            UNION ALL
            SELECT 'derived', d."Kind", d."Gram", d."EntityId", d."Value", d."Slug" FROM (
                SELECT {columns} FROM {derived} EXCEPT SELECT {columns} FROM "NameGrams") AS d
            ORDER BY 2, 3, 4, 1
            """;
    }

    /// <summary>
    /// The kept rows that are not derived deleted (by key: one whose number or slug differs too), then the derived rows
    /// not kept written: the kept rows are the derived ones. Only the rows that differ are written.
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
    /// Every gram row that differs from the names' (none: the index is exact), inside <paramref name="transaction"/>;
    /// when <paramref name="repair"/>ing and some differ, the kept rows are made the derived ones (committed or rolled
    /// back with the transaction).
    /// </summary>
    public static async Task<IReadOnlyList<KeptFiguresAudit.Difference>> RunAsync(DbConnection connection, DbTransaction transaction,
        bool sqlServer, bool repair, CancellationToken cancellationToken)
    {
        await KeptFiguresAudit.ExecuteAsync(connection, transaction,
            sqlServer ? NameGramSql.DeriveIntoTempSqlServer : NameGramSql.DeriveIntoTempSqlite, cancellationToken);
        var differences = new List<KeptFiguresAudit.Difference>();
        var unlisted = 0L;
        await using (var command = KeptFiguresAudit.Command(connection, transaction, Differing(sqlServer)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            // Rows of one key come together (kept before derived): one difference per key.
            (string Row, string Kept, string Derived)? current = null;
            while (await reader.ReadAsync(cancellationToken))
            {
                // Named and shown as the other kept figures are (KeptFiguresAudit.Text): the target as the API serves it.
                var row = string.Join(" · ", Enumerable.Range(1, 3).Select(i => KeptFiguresAudit.Text(reader, i, null)));
                var figures = string.Join(" · ", Enumerable.Range(4, 2).Select(i => $"{reader.GetName(i)} {KeptFiguresAudit.Text(reader, i, Targets)}"));
                var kept = reader.GetString(0) == "kept";
                if (current is { } same && same.Row == row)
                {
                    current = kept ? same with { Kept = figures } : same with { Derived = figures };
                    continue;
                }
                Note(current);
                current = (row, kept ? figures : "(none)", kept ? "(none)" : figures);
            }
            Note(current);
        }
        if (unlisted > 0)
            differences.Add(new KeptFiguresAudit.Difference(Name, $"{unlisted.ToString("N0", CultureInfo.InvariantCulture)} more rows (kind · gram · entity) not listed",
                "(not listed)", "(not listed)"));
        if (repair && differences.Count > 0) await KeptFiguresAudit.ExecuteAsync(connection, transaction, Replace(sqlServer), cancellationToken);
        await KeptFiguresAudit.ExecuteAsync(connection, transaction, Drop(sqlServer), cancellationToken);
        return differences;

        void Note((string Row, string Kept, string Derived)? difference)
        {
            if (difference is not { } d) return;
            if (differences.Count < MaxListed) differences.Add(new KeptFiguresAudit.Difference(Name, d.Row, d.Kept, d.Derived));
            else unlisted++;
        }
    }

    // The column holding an indicator's target (stored fixed point).
    private static readonly string[] Targets = ["Value"];
}
