using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Testing;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// What the importer sends to SQL Server, proven without a server: the seeds are imported through a SQL Server context
/// over a <see cref="RecordingDbConnection"/> (no rows back, so every document is new), and every statement it sent
/// must parse with SQL Server 2022's grammar. The SQL Server-only statements (the MERGEs of the subject, district and year
/// totals and the gram counts, the identity inserts of the bulk writer) run nowhere else on this machine; the Testcontainers import
/// test runs them on a real server where a Docker engine answers.
/// </summary>
public sealed class SqlServerImportStatementsTests
{
    [Fact]
    public async Task Every_statement_the_importer_sends_to_SQL_Server_parses_as_TSQL()
    {
        var connection = new RecordingDbConnection();
        var options = new DbContextOptionsBuilder<BudgetDbContext>()
            .UseSqlServer(connection, sqlServer => sqlServer.MigrationsAssembly(BudgetDbContextOptionsExtensions.SqlServerMigrationsAssembly))
            .Options;
        await using var db = new BudgetDbContext(options);

        // The importer itself, not SeedImporter: the schema is the migration script's (parsed by TransactSqlSyntaxTests),
        // and a migration reads its history back, which a connection that answers nothing cannot give.
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        var results = await importer.ImportFilesAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList());
        await CrossYearReconciliation.RecordFindingsAsync(db);

        Assert.True(results.All(r => r.Status == ImportStatus.Imported), string.Join("\n", results));
        var statements = connection.Commands.Distinct(StringComparer.Ordinal).ToList();
        // The dry run reached the SQL Server-only writes, so the parse below covers them.
        Assert.Contains(statements, s => s.Contains("MERGE \"ExpenditureSubjectTotals\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("MERGE \"ExpenditureDistrictTotals\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("MERGE \"ExpenditureYearTotals\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("MERGE [NameGramCounts]", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("MERGE [NameGramValueCounts]", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("SET IDENTITY_INSERT", StringComparison.Ordinal));
        // The row counts a stored budget adds to (RowCounts; a replaced budget's removal is the same statement with '-').
        Assert.Contains(statements, s => s.Contains("UPDATE \"RowCounts\" SET \"Count\" = \"Count\" + (SELECT COUNT(*) FROM \"Indicators\"", StringComparison.Ordinal));
        // And the counts of its category columns' values (ValueCounts): the values counted, the new ones, null's; in each
        // district too.
        Assert.Contains(statements, s => s.Contains("UPDATE \"ValueCounts\" SET \"Count\" = \"Count\" + g.\"N\" FROM (SELECT r.\"Operator\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("INSERT INTO \"ValueCounts\" (\"Column\", \"DistrictName\", \"Value\", \"Count\") SELECT 'Indicators.Operator@District'", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("INSERT INTO \"ValueCounts\" (\"Column\", \"Value\", \"Count\") SELECT 'Indicators.Operator', r.\"Operator\"", StringComparison.Ordinal));
        // Which loader read the stored bytes: the look-up of an older reading, and the revision written with each document.
        Assert.Contains(statements, s => s.Contains($"[s].[LoaderRevision] >= {LoaderRevision.Current}", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("INSERT INTO [SourceDocuments]", StringComparison.Ordinal) && s.Contains("[LoaderRevision]", StringComparison.Ordinal)
            && s.Contains("[ReadingSha256]", StringComparison.Ordinal));

        AssertTransactSql(statements);
    }

    [Fact]
    public async Task Every_statement_the_audit_of_the_kept_figures_sends_to_SQL_Server_parses_as_TSQL()
    {
        // KeptFiguresAudit over a connection that answers nothing: its reads, the figures written again whole, the rollback.
        var connection = new RecordingDbConnection();
        var options = new DbContextOptionsBuilder<BudgetDbContext>()
            .UseSqlServer(connection, sqlServer => sqlServer.MigrationsAssembly(BudgetDbContextOptionsExtensions.SqlServerMigrationsAssembly))
            .Options;
        await using var db = new BudgetDbContext(options);

        Assert.Empty(await KeptFiguresAudit.RunAsync(db));

        var statements = connection.Commands.Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(statements, s => s.StartsWith("SELECT \"Column\", \"DistrictName\", \"Value\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("UPDATE \"Budgets\" SET \"IndicatorRows\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("UPDATE \"Indicators\" SET \"ProjectCategory\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("DELETE FROM \"ExpenditureDistrictTotals\"", StringComparison.Ordinal));
        // The gram rows: each kind's names read and its kept rows in key order (one range: no names), then the rows of no
        // kind; every other figure a read and a statement writing them whole.
        var names = NameGramRowsAudit.NameStatements.ToList();
        Assert.Equal([names[0], NameGramRowsAudit.KeptRows(from: false, to: false), names[1], names[2], NameGramRowsAudit.KeptRowsOfNoKind],
            statements.Take(5));
        // (The key bounds only read: none was found that no longer bounds its rows.)
        Assert.Equal(5 + 2 * (KeptFiguresAudit.Figures.Count - 1) - FacetCounts.All.Count, statements.Count);
        // And what the audit sends beside: the key bounds written again, the kept rows of a range of grams (a kind of more
        // rows than fit in memory), and a repair's: the gram rows derived into a temporary table and replaced, the data
        // revision raised.
        AssertTransactSql([.. statements, .. FacetCounts.All.Select(f => f.BoundKeysAgain),
            NameGramRowsAudit.KeptRows(from: true, to: true), NameGramRowsAudit.KeptRows(from: true, to: false),
            NameGramRowsAudit.KeptRows(from: false, to: true), NameGramSql.DeriveIntoTempSqlServer, NameGramRowsAudit.Replace(sqlServer: true),
            NameGramRowsAudit.Drop(sqlServer: true), KeptFiguresAudit.RaiseRevision]);
    }

    private static void AssertTransactSql(IReadOnlyList<string> statements)
    {
        var failures = statements
            .Select(sql => (sql, errors: TransactSql.ParseErrors(sql)))
            .Where(x => x.errors.Count > 0)
            .Select(x => $"{string.Join("; ", x.errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"))}\n{x.sql}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {statements.Count} statements are not valid T-SQL:\n\n" + string.Join("\n\n", failures));
    }
}
