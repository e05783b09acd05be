using System.Text.RegularExpressions;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Testing;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// No SQL Server runs on this machine, so SQL Server's SQL is proven without one: every T-SQL text the repository keeps
/// — the idempotent migration script, the bulk-insert statements, the landed release's schema, and each T-SQL snapshot
/// of a query (EF Core's <c>ToQueryString</c> for SQL Server) — must parse with SQL Server 2022's grammar (ScriptDom's
/// <see cref="TSql160Parser"/>, the version of the image the Testcontainers test uses). A SQLite-only construct in SQL
/// Server's SQL (<c>LIMIT</c>, <c>-&gt;&gt;</c>, <c>ON CONFLICT</c>, a missing <c>;</c> before a CTE) fails here, not on a
/// DBA's first run. Parsing checks syntax only: names and types are the migrations' and the snapshots' business.
/// </summary>
public sealed class TransactSqlSyntaxTests
{
    /// <summary>T-SQL kept as files (paths relative to the repository root).</summary>
    private static readonly string[] Scripts =
    [
        "src/BudgetGraph.Data/Sql/SqlServer.migrations.sql",
        "src/BudgetGraph.Data/Sql/BulkInsert.SqlServer.sql",
        "tests/fixtures/landed-release/sqlserver.create.sql",
    ];

    /// <summary>A snapshot holds T-SQL when its test's name says so (…_TSQL…, …SqlServer…).</summary>
    private static readonly Regex TransactSqlSnapshotName = new("TSQL|SqlServer", RegexOptions.CultureInvariant);

    /// <summary>
    /// EF Core's ToQueryString prints a raw SQL statement's parameters (FromSql's <c>{0}</c>, named <c>p0</c>) without
    /// the <c>@</c> the statement itself uses (<c>DECLARE p0 nvarchar(4000) = …;</c> over <c>… = @p0</c>); the
    /// command SQL Server receives names them <c>@p0</c>, so the preamble is read with the <c>@</c>.
    /// </summary>
    private static readonly Regex DeclareWithoutAt = new(@"^DECLARE (?=[A-Za-z_])", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static TheoryData<string> KeptTransactSql()
    {
        var data = new TheoryData<string>();
        foreach (var script in Scripts) data.Add(script);
        foreach (var snapshot in TransactSqlSnapshots()) data.Add(snapshot);
        return data;
    }

    [Theory]
    [MemberData(nameof(KeptTransactSql))]
    public void Kept_TSQL_parses_with_SQL_Server_2022s_grammar(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing.");
        var sql = DeclareWithoutAt.Replace(File.ReadAllText(path).TrimStart('\uFEFF'), "DECLARE @");

        var errors = TransactSql.ParseErrors(sql);

        Assert.True(errors.Count == 0, $"{relativePath} is not valid T-SQL:\n" + string.Join("\n", errors.Select(e =>
            $"  line {e.Line}, column {e.Column}: {e.Message}")));
    }

    [Fact]
    public void The_query_snapshots_of_SQL_Server_are_all_found()
    {
        // Thirteen T-SQL query snapshots when this test was written: a rename that hides them from the theory above
        // (e.g. a test no longer saying TSQL) would otherwise drop them silently.
        Assert.True(TransactSqlSnapshots().Count >= 13, string.Join("\n", TransactSqlSnapshots()));
    }

    [Theory]
    [InlineData("SELECT \"Id\" FROM \"Units\" ORDER BY \"Id\" LIMIT 10;")]
    [InlineData("SELECT \"value\" ->> 0 FROM json_each(@p0);")]
    [InlineData("INSERT INTO [NameGramCounts] ([Kind], [Gram], [Count]) VALUES (1, N'a', 1) ON CONFLICT ([Kind], [Gram]) DO NOTHING;")]
    public void SQLite_only_syntax_is_refused(string sqliteOnly)
    {
        // The check itself: the parser refuses what only SQLite accepts, so the theory above can fail.
        Assert.NotEmpty(TransactSql.ParseErrors(sqliteOnly));
    }


    private static List<string> TransactSqlSnapshots()
    {
        var tests = Path.Combine(RepositoryPaths.Root, "tests");
        return Directory.EnumerateFiles(tests, "*.snap", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && TransactSqlSnapshotName.IsMatch(Path.GetFileName(path)))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
