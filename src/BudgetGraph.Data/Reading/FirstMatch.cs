using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Reading;

/// <summary>
/// A connection's <c>totalCount</c> counted on the rows, with the least and the greatest key among them read by the same
/// aggregate (<c>COUNT(*), MIN(Id), MAX(Id)</c>: one pass over the filter's index either way), so that a page in key
/// order can start at the first match (<see cref="From"/>) — and a last page, read backwards, at the last one
/// (<see cref="UpTo"/>) — instead of reading the table from its first row (or its last), testing each, until it has a
/// match, or listing the matches' ids in a second pass: the 10,001 units of 南岸区 at 50,005 disclosures come after
/// 30,000 others; the last of the 20,002 project codes holding T0000 before 350,000 others. A filter whose matches come first in key order pays for reading each match's key in the count.
/// (EF Core writes two aggregates of one query as a <c>GROUP BY</c> of a constant, which SQLite sorts every match for:
/// the query's own SQL is wrapped instead.)
/// </summary>
public static class FirstMatch
{
    /// <summary>The number of rows <paramref name="matching"/> holds and the least and greatest <c>Id</c> among them (null when none).</summary>
    public static Task<(int Count, int? FirstKey, int? LastKey)> CountAsync<T>(BudgetDbContext db, IQueryable<T> matching,
        CancellationToken cancellationToken) where T : class =>
        CountAsync(db, CountSql(db, matching), cancellationToken);

    /// <summary>
    /// As above, from the aggregate <see cref="CountSql"/> made (a caller may keep it for a query that does not change,
    /// as EF Core keeps its own translations: translating the filter again costs more than running it on few rows).
    /// Its parameters are bound afresh on every run.
    /// </summary>
    public static async Task<(int Count, int? FirstKey, int? LastKey)> CountAsync(BudgetDbContext db, CountCommand command, CancellationToken cancellationToken)
    {
        var row = (await db.Database.SqlQueryRaw<Counted>(command.Sql, Bound(db, command)).ToListAsync(cancellationToken)).Single();
        return (row.Count, row.FirstKey, row.LastKey);
    }

    /// <summary>
    /// The aggregate <see cref="CountAsync(BudgetDbContext, CountCommand, CancellationToken)"/> runs: the filter's SQL and
    /// its parameters as EF Core translates them, inside <c>SELECT COUNT(*), MIN(Id), MAX(Id) FROM (…)</c> (run through EF Core's
    /// raw SQL: its command pipeline, logging, interceptors, the request's connection and transaction).
    /// </summary>
    public static CountCommand CountSql<T>(BudgetDbContext db, IQueryable<T> matching) where T : class
    {
        var (sql, parameters) = Translated(db, matching);
        var (open, close) = Quotes(db);
        return new($"SELECT COUNT(*) AS {open}Count{close}, MIN({open}m{close}.{open}Id{close}) AS {open}FirstKey{close}, " +
            $"MAX({open}m{close}.{open}Id{close}) AS {open}LastKey{close} FROM (\n{sql}\n) AS {open}m{close}",
            parameters);
    }

    // The keys of the filter's rows as EF Core translates them: SQL and parameters.
    private static (string Sql, CountParameter[] Parameters) Translated<T>(BudgetDbContext db, IQueryable<T> matching) where T : class
    {
        using var translated = matching.Select(e => EF.Property<int>(e, "Id")).CreateDbCommand();
        return (translated.CommandText, [.. translated.Parameters.Cast<DbParameter>()
            .Select(p => new CountParameter(p.ParameterName, p.DbType, p.Size, p.Value is DBNull ? null : p.Value))]);
    }

    private static (string Open, string Close) Quotes(BudgetDbContext db) => db.Database.IsSqlite() ? ("\"", "\"") : ("[", "]");

    // A command's parameters bound afresh, as the provider's.
    private static object[] Bound(BudgetDbContext db, CountCommand command)
    {
        using var factory = db.Database.GetDbConnection().CreateCommand();
        return [.. command.Parameters.Select(p =>
        {
            var parameter = factory.CreateParameter();
            (parameter.ParameterName, parameter.DbType, parameter.Size, parameter.Value) = (p.Name, p.Type, p.Size, p.Value ?? DBNull.Value);
            return (object)parameter;
        })];
    }

    /// <summary>The aggregate's SQL and its parameters (name, type, size, value).</summary>
    public sealed record CountCommand(string Sql, IReadOnlyList<CountParameter> Parameters);

    /// <summary>A parameter of <see cref="CountCommand"/>, as EF Core typed it.</summary>
    public sealed record CountParameter(string Name, System.Data.DbType Type, int Size, object? Value);

    /// <summary>The rows of <paramref name="matching"/> from the key <paramref name="first"/> on (every match's key is at least the first's).</summary>
    public static IQueryable<T> From<T>(IQueryable<T> matching, int first) where T : class =>
        matching.Where(e => EF.Property<int>(e, "Id") >= first);

    /// <summary>The rows of <paramref name="matching"/> up to the key <paramref name="last"/> (every match's key is at most the last's).</summary>
    public static IQueryable<T> UpTo<T>(IQueryable<T> matching, int last) where T : class =>
        matching.Where(e => EF.Property<int>(e, "Id") <= last);

    /// <summary>
    /// The rows of <paramref name="matching"/> with a key from <paramref name="first"/> up to <paramref name="end"/>
    /// (excluded): one range of the primary key, at most that many rows read, however sparse the matches in it.
    /// </summary>
    public static IQueryable<T> Between<T>(IQueryable<T> matching, int first, int end) where T : class =>
        matching.Where(e => EF.Property<int>(e, "Id") >= first && EF.Property<int>(e, "Id") < end);

    /// <summary>
    /// The rows of <paramref name="matching"/> among the first <paramref name="keys"/> keys from <paramref name="table"/>'s
    /// least (<c>Id &lt; (SELECT MIN(Id) …) + @keys</c>: one range of the primary key, at most that many rows read).
    /// </summary>
    public static IQueryable<T> AmongFirstKeys<T>(IQueryable<T> matching, IQueryable<T> table, int keys) where T : class
    {
        var ids = table.Select(e => EF.Property<int>(e, "Id"));
        return matching.Where(e => EF.Property<int>(e, "Id") < ids.Min() + keys);
    }

    /// <summary>
    /// The rows of <paramref name="matching"/> among the last <paramref name="keys"/> keys up to <paramref name="table"/>'s
    /// greatest (<c>Id &gt; (SELECT MAX(Id) …) - @keys</c>: one range of the primary key, at most that many rows read).
    /// </summary>
    public static IQueryable<T> AmongLastKeys<T>(IQueryable<T> matching, IQueryable<T> table, int keys) where T : class
    {
        var ids = table.Select(e => EF.Property<int>(e, "Id"));
        return matching.Where(e => EF.Property<int>(e, "Id") > ids.Max() - keys);
    }

    /// <summary>
    /// The rows of <paramref name="table"/> whose keys <paramref name="keys"/> holds (<c>Id IN (SELECT Id …)</c>): the
    /// database lists the keys first — from an index alone when the filter's columns are in one, cut to a window when
    /// <paramref name="keys"/> is one — then reads just those rows by key.
    /// </summary>
    public static IQueryable<T> ByKeysOf<T>(IQueryable<T> table, IQueryable<T> keys) where T : class
    {
        var ids = keys.Select(e => EF.Property<int>(e, "Id"));
        return table.Where(e => ids.Contains(EF.Property<int>(e, "Id")));
    }

    /// <summary>
    /// The table's highest key, null when it is empty: one seek of the primary key. Keys are positive and distinct
    /// (SQLite's rowid and SQL Server's identity both start at 1), so the table holds at most that many rows — a bound
    /// on what an aggregate over any filter of it can read.
    /// </summary>
    public static Task<int?> HighestKeyAsync<T>(IQueryable<T> table, CancellationToken cancellationToken) where T : class =>
        table.MaxAsync(e => (int?)EF.Property<int>(e, "Id"), cancellationToken);

    /// <summary>
    /// The least and the greatest key of <paramref name="matching"/>'s rows (null when it has none), in one command of
    /// two scalar subqueries, <c>MIN</c> and <c>MAX</c> each alone: over a filter of one column's value whose index
    /// holds its rows in key order after it (an index of the column alone: SQLite's rowid, SQL Server's clustered key,
    /// follow the column), each is one seek — where <c>MIN</c> and <c>MAX</c> in one aggregate read every entry of the
    /// value (SQLite optimizes a lone <c>MIN</c> or <c>MAX</c> only; it flattens the subqueries to that).
    /// </summary>
    public static async Task<(int First, int Last)?> KeyBoundsAsync<T>(BudgetDbContext db, IQueryable<T> matching,
        CancellationToken cancellationToken) where T : class
    {
        var command = KeyBoundsSql(db, matching);
        var row = (await db.Database.SqlQueryRaw<Bounds>(command.Sql, Bound(db, command)).ToListAsync(cancellationToken)).Single();
        return row is { First: { } first, Last: { } last } ? (first, last) : null;
    }

    /// <summary>The command <see cref="KeyBoundsAsync"/> runs: the filter's SQL twice, in a <c>MIN</c> and a <c>MAX</c>.</summary>
    public static CountCommand KeyBoundsSql<T>(BudgetDbContext db, IQueryable<T> matching) where T : class
    {
        var (sql, parameters) = Translated(db, matching);
        var (open, close) = Quotes(db);
        string Of(string aggregate, string name) =>
            $"(SELECT {aggregate}({open}m{close}.{open}Id{close}) FROM (\n{sql}\n) AS {open}m{close}) AS {open}{name}{close}";
        return new($"SELECT {Of("MIN", "First")}, {Of("MAX", "Last")}", parameters);
    }

    private sealed class Bounds
    {
        public int? First { get; init; }
        public int? Last { get; init; }
    }

    private sealed class Counted
    {
        public int Count { get; init; }
        public int? FirstKey { get; init; }
        public int? LastKey { get; init; }
    }
}
