using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Reading;

/// <summary>
/// A connection's <c>totalCount</c> counted on the rows, with the least key among them read by the same aggregate
/// (<c>COUNT(*), MIN(Id)</c>: one pass over the filter's index either way), so that a page in key order can start at
/// the first match (<see cref="From"/>) instead of reading the table from its first row, testing each, until it has a
/// match: the 10,001 units of 南岸区 at 50,005 disclosures come after 30,000 others (count and page 47 → 9 ms). A filter
/// whose matches come first in key order pays for reading each match's key in the count (the 10,001 units of 北碚区,
/// the first in key order: 7.4 → 8.6 ms). (EF Core writes two aggregates of one query as a <c>GROUP BY</c> of a
/// constant, which SQLite sorts every match for: the query's own SQL is wrapped instead.)
/// </summary>
public static class FirstMatch
{
    /// <summary>The number of rows <paramref name="matching"/> holds and the least <c>Id</c> among them (null when none).</summary>
    public static async Task<(int Count, int? FirstKey)> CountAsync<T>(BudgetDbContext db, IQueryable<T> matching,
        CancellationToken cancellationToken) where T : class
    {
        var (sql, parameters) = CountSql(db, matching);
        var row = (await db.Database.SqlQueryRaw<Counted>(sql, parameters).ToListAsync(cancellationToken)).Single();
        return (row.Count, row.FirstKey);
    }

    /// <summary>
    /// The aggregate <see cref="CountAsync"/> runs: the filter's SQL and its parameters as EF Core translates them, inside
    /// <c>SELECT COUNT(*), MIN(Id) FROM (…)</c> (run through EF Core's raw SQL: its command pipeline, logging,
    /// interceptors, the request's connection and transaction).
    /// </summary>
    public static (string Sql, DbParameter[] Parameters) CountSql<T>(BudgetDbContext db, IQueryable<T> matching) where T : class
    {
        using var translated = matching.Select(e => EF.Property<int>(e, "Id")).CreateDbCommand();
        var parameters = translated.Parameters.Cast<DbParameter>().ToArray();
        // A parameter belongs to one command's collection (SqlClient refuses to add it to a second).
        translated.Parameters.Clear();
        var (open, close) = db.Database.IsSqlite() ? ("\"", "\"") : ("[", "]");
        return ($"SELECT COUNT(*) AS {open}Count{close}, MIN({open}m{close}.{open}Id{close}) AS {open}FirstKey{close} FROM (\n{translated.CommandText}\n) AS {open}m{close}",
            parameters);
    }

    /// <summary>The rows of <paramref name="matching"/> from the key <paramref name="first"/> on (every match's key is at least the first's).</summary>
    public static IQueryable<T> From<T>(IQueryable<T> matching, int first) where T : class =>
        matching.Where(e => EF.Property<int>(e, "Id") >= first);

    private sealed class Counted
    {
        public int Count { get; init; }
        public int? FirstKey { get; init; }
    }
}
