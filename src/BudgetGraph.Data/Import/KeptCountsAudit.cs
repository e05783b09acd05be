using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Counts again, from the rows, the counts the importer keeps so that the API reads them instead of the rows — the
/// tables' row counts (<see cref="RowCounts"/>), the value counts, in each district too (<see cref="ValueCounts"/>), the
/// amounts' band counts (<see cref="AmountBands"/>) and each budget's count of its indicators and core ones
/// (<see cref="BudgetRowCounts"/>) — with the statements a bulk load runs at its end, inside a transaction that is
/// rolled back, and lists every count that differs from the one kept. A kept count that drifted from its rows (rows
/// written or deleted by hand, a fault in the upkeep) would serve a wrong <c>totalCount</c>, or an empty page where a
/// district's count says none, without a warning: this is how an operator finds one (the <c>audit</c> command). It
/// writes nothing, unless asked to repair: then the counts written again are committed (<c>audit --repair</c>). The
/// same SQL on SQLite and SQL Server.
/// </summary>
/// <remarks>Another count kept at import: add its read (the kept rows, the count last) and the statement that writes it
/// whole to <see cref="Kept"/>.</remarks>
public static class KeptCountsAudit
{
    /// <summary>One kept count that is not its rows' count: which counts, the row it is kept on, the two figures.</summary>
    public sealed record Difference(string Counts, string Row, long Kept, long Counted)
    {
        public override string ToString() => $"{Counts}: {Row}: kept {Kept}, counted {Counted}";
    }

    /// <summary>The counts audited, each the rows it is kept on (every column but the last names the row, the last is
    /// the count) and the statements that write them whole from the tables.</summary>
    private static readonly (string Counts, string Read, string CountAgain)[] Kept =
    [
        ("row counts", "SELECT \"Name\", \"Count\" FROM \"RowCounts\"", RowCounts.AllTables),
        ("value counts", "SELECT \"Column\", \"DistrictName\", \"Value\", \"Number\", \"Flag\", \"Count\" FROM \"ValueCounts\"",
            ValueCounts.AllColumns),
        ("amount band counts", "SELECT \"Column\", \"FiscalYear\", \"Band\", \"Count\" FROM \"AmountBandCounts\"", AmountBands.AllColumns),
        ("budgets' indicator counts",
            "SELECT \"Id\", 'IndicatorRows', \"IndicatorRows\" FROM \"Budgets\" UNION ALL SELECT \"Id\", 'CoreIndicatorRows', \"CoreIndicatorRows\" FROM \"Budgets\"",
            BudgetRowCounts.AllBudgets),
    ];

    /// <summary>The names of the counts audited, in the order <see cref="RunAsync"/> reads them.</summary>
    public static IReadOnlyList<string> Counts { get; } = Kept.Select(k => k.Counts).ToList();

    /// <summary>
    /// Every kept count that differs from its rows' count (none: the counts are exact), in the order of
    /// <see cref="Counts"/>, then of their rows. A row kept with a count of 0 and a row no count is kept on are the same.
    /// </summary>
    /// <param name="repair">Whether to keep the counts written again (committed when any differs), instead of rolling them back.</param>
    public static async Task<IReadOnlyList<Difference>> RunAsync(DbContext db, bool repair = false, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            var differences = new List<Difference>();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (counts, read, countAgain) in Kept)
            {
                var kept = await ReadAsync(connection, transaction, read, cancellationToken);
                await ExecuteAsync(connection, transaction, countAgain, cancellationToken);
                var counted = await ReadAsync(connection, transaction, read, cancellationToken);
                foreach (var row in kept.Keys.Union(counted.Keys).Order(StringComparer.Ordinal))
                {
                    var (was, @is) = (kept.GetValueOrDefault(row), counted.GetValueOrDefault(row));
                    if (was != @is) differences.Add(new Difference(counts, row, was, @is));
                }
            }
            // Unless they repair kept counts that differ, nothing of the counts written above stays: the database is as it was.
            if (repair && differences.Count > 0) await transaction.CommitAsync(cancellationToken);
            else await transaction.RollbackAsync(cancellationToken);
            return differences;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    // The rows' counts by row (its other columns, null as "(null)"; rows repeated are summed).
    private static async Task<Dictionary<string, long>> ReadAsync(DbConnection connection, DbTransaction transaction, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var last = reader.FieldCount - 1;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = string.Join(" · ", Enumerable.Range(0, last).Select(i =>
                reader.IsDBNull(i) ? "(null)" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
            rows[row] = rows.GetValueOrDefault(row) + Convert.ToInt64(reader.GetValue(last), CultureInfo.InvariantCulture);
        }
        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // No timeout: counting every row of a database of tens of thousands of disclosures takes minutes.
    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
