using System.Data.Common;
using System.Globalization;
using BudgetGraph.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Works out again, from the rows, the figures the importer keeps so that the API reads them instead of the rows, and
/// lists every one that differs from the figure kept:
/// <list type="bullet">
/// <item>the copies rows carry: the district of budgets, cards and indicators from their unit (<see cref="CarriedDistricts"/>),
/// the category of indicators from their card;</item>
/// <item>counts: the tables' row counts (<see cref="RowCounts"/>), the value counts, in each district too
/// (<see cref="ValueCounts"/>), the amounts' band counts (<see cref="AmountBands"/>), the indicators' and cards'
/// combination counts and the first and last keys they bound (<see cref="FacetCounts"/>), each budget's count of its
/// indicators and core ones (<see cref="BudgetRowCounts"/>), the name grams' counts (<see cref="NameGramSql.Counts"/>);</item>
/// <item>the name gram rows, derived again from the names (<see cref="NameGramRowsAudit"/>: millions of rows, sorted in memory and merged with the kept ones);</item>
/// <item>the expenditure totals <c>compare</c> and <c>expenditureAggregate</c> serve — sums, counts, least and greatest
/// of each budget's, district's, year's, unit's and subject's lines, and each total's count of lines
/// (<see cref="ExpenditureLevelTotals"/> and the five tables summed from them or beside them).</item>
/// </list>
/// Each is written again whole with the statement a bulk load runs at its end, inside a transaction that is rolled
/// back. A kept figure that drifted from its rows (rows written or deleted by hand, a fault in the upkeep) would serve
/// a wrong sum or <c>totalCount</c>, or an empty page where a district's count says none, without a warning: this is how
/// an operator finds one (the <c>audit</c> command). It writes nothing, unless asked to repair: then the figures written
/// again are committed (<c>audit --repair</c>). The same SQL on SQLite and SQL Server.
/// </summary>
/// <remarks>Another figure kept at import: add to <see cref="Kept"/> its read (the columns that name a row first, then
/// its figures) and the statement that writes it whole from the rows, after those it is derived from.</remarks>
public static class KeptFiguresAudit
{
    /// <summary>
    /// One kept figure that is not its rows': which figures, the row it is kept on (its naming columns, null as
    /// "(null)"; for a carried copy: the table, the key, the copy and its source's value), the figures kept and those
    /// worked out again ("(none)": no such row; amounts as the API serves them, e.g. 3394.41 for 3,394.41 万元).
    /// </summary>
    public sealed record Difference(string Figures, string Row, string Kept, string Counted)
    {
        public override string ToString() => $"{Figures}: {Row}: kept {Kept}, counted {Counted}";
    }

    /// <summary>
    /// Figures kept on the rows <see cref="Read"/> returns — its first <see cref="RowColumns"/> columns name the row, the
    /// others are the figures — and the statement that writes them whole from the tables. A count (one figure, the
    /// last column): a row repeated is summed, and a row kept with 0 is the same as no row.
    /// </summary>
    /// <remarks><see cref="Amounts"/>: the columns that hold amounts (stored fixed point), shown as the API serves them.
    /// <see cref="ReadsOnlyDrifted"/>: <see cref="Read"/> returns only the rows that differ from the tables', and
    /// <see cref="WriteAgain"/> writes only those: when it returns none, nothing is written or read again (the key bounds:
    /// each a grouping of millions of rows, 6 s at 50,005 disclosures).</remarks>
    private sealed record KeptFigures(string Name, string Read, int RowColumns, string WriteAgain, bool IsCount = false,
        IReadOnlyList<string>? Amounts = null, bool ReadsOnlyDrifted = false);

    private static readonly string[] TotalAmounts = ["Sum", "Min", "Max"];

    /// <summary>
    /// Writes <paramref name="column"/> of <paramref name="table"/> again from <paramref name="fromColumn"/> of the
    /// <paramref name="from"/> row its <paramref name="key"/> names (null when the key is null or names no row), where
    /// they differ: only the stale copies are written.
    /// </summary>
    private static string Carry(string table, string column, string key, string from, string fromColumn) => $"""
        UPDATE "{table}" SET "{column}" = (SELECT s."{fromColumn}" FROM "{from}" AS s WHERE s."Id" = "{table}"."{key}")
        WHERE EXISTS (SELECT 1 FROM "{from}" AS s WHERE s."Id" = "{table}"."{key}" AND {NullSafeSql.Differs($"s.\"{fromColumn}\"", $"\"{table}\".\"{column}\"")})
            OR ("{column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "{from}" AS s WHERE s."Id" = "{table}"."{key}"));
        """;

    /// <summary>
    /// The rows of <paramref name="table"/> whose copy differs from its source (<see cref="Carry"/>), counted by key, copy
    /// and source value: none once the copies are written again. Only the stale ones are read, however many rows there are.
    /// </summary>
    private static string Stale(string table, string column, string key, string from, string fromColumn) =>
        $"SELECT '{table}', t.\"{key}\", t.\"{column}\", s.\"{fromColumn}\", COUNT(*) FROM \"{table}\" AS t " +
        $"LEFT JOIN \"{from}\" AS s ON s.\"Id\" = t.\"{key}\" WHERE {NullSafeSql.Differs($"s.\"{fromColumn}\"", $"t.\"{column}\"")} " +
        $"GROUP BY t.\"{key}\", t.\"{column}\", s.\"{fromColumn}\"";

    private const string Totals = "\"Sum\", \"Count\", \"Min\", \"Max\"";

    /// <summary>The figures audited, in order: a figure derived from others comes after them (the districts carried
    /// before the counts per district, the level totals before the totals summed from them).</summary>
    private static readonly KeptFigures[] Kept =
    [
        new("carried districts",
            string.Join(" UNION ALL ", CarriedDistricts.Tables.Select(table => Stale(table, "DistrictName", "UnitId", "Units", "DistrictName"))), 4,
            string.Join("\n", CarriedDistricts.Tables.Select(table => Carry(table, "DistrictName", "UnitId", "Units", "DistrictName"))),
            IsCount: true),
        new("carried categories", Stale("Indicators", "ProjectCategory", "ProjectId", "Projects", "Category"), 4,
            Carry("Indicators", "ProjectCategory", "ProjectId", "Projects", "Category"), IsCount: true),
        new("row counts", "SELECT \"Name\", \"Count\" FROM \"RowCounts\"", 1, RowCounts.AllTables, IsCount: true),
        new("value counts", "SELECT \"Column\", \"DistrictName\", \"Value\", \"Number\", \"Flag\", \"Count\" FROM \"ValueCounts\"", 5,
            ValueCounts.AllColumns, IsCount: true),
        new("amount band counts",
            "SELECT \"Column\", \"FiscalYear\", \"Band\", \"Category\", \"HasCoreIndicator\", \"Count\" FROM \"AmountBandCounts\"", 5, AmountBands.AllColumns,
            IsCount: true),
        // Each table's combinations: first the key bounds — not figures: only those that no longer bound their rows' keys
        // are read, and only they written again —, then the counts.
        .. FacetCounts.All.SelectMany(facets => new KeptFigures[]
        {
            new($"{facets.Noun} combination key bounds", facets.UnboundedKeys, facets.Columns.Count + 2, facets.BoundKeysAgain, IsCount: true,
                ReadsOnlyDrifted: true),
            new($"{facets.Noun} combination counts", facets.KeptCounts, facets.Columns.Count, facets.AllCombinations, IsCount: true),
        }),
        new("budgets' indicator counts",
            "SELECT \"Id\", 'IndicatorRows', \"IndicatorRows\" FROM \"Budgets\" UNION ALL SELECT \"Id\", 'CoreIndicatorRows', \"CoreIndicatorRows\" FROM \"Budgets\"",
            2, BudgetRowCounts.AllBudgets, IsCount: true),
        new("name gram counts",
            "SELECT 'Gram', \"Kind\", \"Gram\", NULL, \"Count\" FROM \"NameGramCounts\" UNION ALL " +
            "SELECT 'Value', \"Kind\", \"Gram\", \"Value\", \"Count\" FROM \"NameGramValueCounts\"",
            4, NameGramSql.Counts, IsCount: true),
        new("budgets' level totals",
            $"SELECT \"BudgetId\", \"TableKind\", \"Level\", \"UnitId\", \"FiscalYear\", {Totals} FROM \"ExpenditureLevelTotals\"", 3,
            ExpenditureLevelTotals.AllBudgets, Amounts: TotalAmounts),
        new("districts' totals", $"SELECT \"TableKind\", \"Level\", \"DistrictName\", {Totals}, \"Units\" FROM \"ExpenditureDistrictTotals\"", 3,
            ExpenditureDistrictTotals.AllDistricts, Amounts: TotalAmounts),
        new("years' totals", $"SELECT \"TableKind\", \"Level\", \"FiscalYear\", {Totals} FROM \"ExpenditureYearTotals\"", 3,
            ExpenditureYearTotals.AllYears, Amounts: TotalAmounts),
        new("units' totals", $"SELECT \"UnitId\", \"TableKind\", \"Level\", \"Slug\", {Totals} FROM \"ExpenditureUnitTotals\"", 3,
            ExpenditureUnitTotals.AllUnits, Amounts: TotalAmounts),
        new("subjects' totals", $"SELECT \"TableKind\", \"Level\", \"Code\", \"Label\", {Totals} FROM \"ExpenditureSubjectTotals\"", 3,
            ExpenditureSubjectTotals.AllSubjects, Amounts: TotalAmounts),
        new("totals' line counts",
            "SELECT \"TableKind\", \"Level\", \"Code\", \"FiscalYear\", \"Value\", \"LineCount\" FROM \"ExpenditureTotalValues\"", 5,
            ExpenditureTotalValues.AllValues, IsCount: true, Amounts: ["Value"]),
    ];

    // The revision raised by one, its row written if there is none yet (the same SQL on SQLite and SQL Server).
    internal static readonly string RaiseRevision = $"""
        UPDATE "DataRevisions" SET "Number" = "Number" + 1 WHERE "Id" = {Entities.DataRevision.SingleId};
        INSERT INTO "DataRevisions" ("Id", "Number") SELECT {Entities.DataRevision.SingleId}, 1
        WHERE NOT EXISTS (SELECT 1 FROM "DataRevisions" WHERE "Id" = {Entities.DataRevision.SingleId});
        """;

    /// <summary>The names of the figures audited, in the order <see cref="RunAsync"/> reads them.</summary>
    public static IReadOnlyList<string> Figures { get; } = [NameGramRowsAudit.Name, .. Kept.Select(k => k.Name)];

    /// <summary>
    /// Every kept figure that differs from its rows' (none: the figures are exact), in the order of <see cref="Figures"/>,
    /// then of their rows.
    /// </summary>
    /// <param name="repair">Whether to keep the figures written again (committed when any differs), instead of rolling them back.</param>
    public static async Task<IReadOnlyList<Difference>> RunAsync(DbContext db, bool repair = false, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            var sqlServer = db.Database.IsSqlServer();
            // The gram rows first, from the names alone: the gram counts below are counted from them. Only read, they are
            // compared in a transaction of their own, which on SQLite only reads the database (deferred: an import may
            // write meanwhile) — half a minute at tens of thousands of disclosures that the write transaction below
            // would otherwise hold the write lock through. Repaired, they are compared in it: the rows written must be
            // those of the names it holds.
            IReadOnlyList<Difference>? gramRows = null;
            if (!repair)
            {
                await using var reading = connection is SqliteConnection sqlite
                    ? sqlite.BeginTransaction(deferred: true)
                    : await connection.BeginTransactionAsync(cancellationToken);
                gramRows = await NameGramRowsAudit.RunAsync(connection, reading, sqlServer, repair: false, cancellationToken);
                await reading.RollbackAsync(cancellationToken);
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var differences = new List<Difference>(
                gramRows ?? await NameGramRowsAudit.RunAsync(connection, transaction, sqlServer, repair: true, cancellationToken));
            foreach (var figures in Kept)
            {
                var kept = new Dictionary<string, string>(StringComparer.Ordinal);
                await foreach (var (row, value) in ReadAsync(connection, transaction, figures, cancellationToken)) kept[row] = value;
                if (figures.ReadsOnlyDrifted && kept.Count == 0) continue;
                await ExecuteAsync(connection, transaction, figures.WriteAgain, cancellationToken);
                // The figures written again are compared as they are read, each kept one let go once matched: one set
                // of a table's figures in memory, not two (a budget's level totals: 180,018 rows at 50,005 documents).
                var none = figures.IsCount ? "0" : "(none)";
                var found = new List<Difference>();
                await foreach (var (row, value) in ReadAsync(connection, transaction, figures, cancellationToken))
                {
                    var was = kept.Remove(row, out var keptValue) ? keptValue : none;
                    if (was != value) found.Add(new Difference(figures.Name, row, was, value));
                }
                found.AddRange(kept.Select(left => new Difference(figures.Name, left.Key, left.Value, none)));
                differences.AddRange(found.OrderBy(d => d.Row, StringComparer.Ordinal));
            }
            // Unless they repair kept figures that differ, nothing written above stays: the database is as it was.
            if (repair && differences.Count > 0)
            {
                // A change of stored figures no import made: raised so that a running service drops the answers it
                // cached before it (its stamp reads the revision, Api/Http/DataVersion).
                await ExecuteAsync(connection, transaction, RaiseRevision, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            else await transaction.RollbackAsync(cancellationToken);
            return differences;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    // The figures by row: the naming columns joined, null as "(null)"; a count as its number (rows repeated summed, a
    // count of 0 left out: the same as no row), other figures as "Column value · …" (one row per key: the tables' keys).
    private static async IAsyncEnumerable<(string Row, string Figures)> ReadAsync(DbConnection connection, DbTransaction transaction,
        KeptFigures figures, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, figures.Read);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = string.Join(" · ", Enumerable.Range(0, figures.RowColumns).Select(i => Text(reader, i, figures.Amounts)));
            if (figures.IsCount)
                counts[row] = counts.GetValueOrDefault(row) + Convert.ToInt64(reader.GetValue(figures.RowColumns), CultureInfo.InvariantCulture);
            else
                yield return (row, string.Join(" · ", Enumerable.Range(figures.RowColumns, reader.FieldCount - figures.RowColumns)
                    .Select(i => $"{reader.GetName(i)} {Text(reader, i, figures.Amounts)}")));
        }
        foreach (var (row, count) in counts)
            if (count != 0) yield return (row, count.ToString(CultureInfo.InvariantCulture));
    }

    // A column's value as text: null as "(null)", an amount as the API serves it (Entities.FixedPoint: 3394410000 is 3394.41).
    private static string Text(DbDataReader reader, int column, IReadOnlyList<string>? amounts) =>
        Shown(reader.IsDBNull(column) ? null : reader.GetValue(column), amounts?.Contains(reader.GetName(column)) == true);

    /// <summary>A figure as the audit lists it: null as "(null)", an <paramref name="amount"/> (stored fixed point) as the
    /// API serves it, anything else as invariant text.</summary>
    internal static string Shown(object? value, bool amount) =>
        value is null ? "(null)"
        : amount ? Entities.FixedPoint.FromStored(Convert.ToInt64(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture)
        : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    internal static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // No timeout: working out every figure of a database of tens of thousands of disclosures again takes minutes.
    internal static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
