using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// A run into an empty SQLite database builds its secondary indexes once at the end (<see cref="SqliteBulkLoad"/>):
/// the database it leaves must be the one a row-by-row import leaves — same schema, same rows — and an interrupted
/// bulk load must be completed by the next run.
/// </summary>
public sealed class BulkLoadTests
{
    private const string Schema = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";

    /// <summary>The seeds, one twice (recognised by its SHA-256) and a file that cannot be parsed.</summary>
    private static List<string> Files(string folder)
    {
        var broken = Path.Combine(folder, "broken.txt");
        File.WriteAllText(broken, "这不是部门预算公开文本\n");
        var seeds = DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList();
        return [.. seeds, broken, seeds[0]];
    }

    private static async Task<(IReadOnlyList<DocumentImportResult> Results, IReadOnlyList<string> Digest, List<string> Schema)> ImportAsync(
        SqliteFileDatabase database, List<string> files, int deferIndexesFrom)
    {
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var importer = new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = deferIndexesFrom };
        var results = await importer.ImportFilesAsync(files);
        return (results, await DatabaseDigest.CreateAsync(db), database.Strings(Schema));
    }

    [Fact]
    public async Task A_bulk_load_into_an_empty_database_leaves_the_schema_and_rows_of_a_row_by_row_import()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-bulk-").FullName;
        try
        {
            var files = Files(folder);
            using var rowByRow = new SqliteFileDatabase();
            using var bulk = new SqliteFileDatabase();
            var expected = await ImportAsync(rowByRow, files, deferIndexesFrom: int.MaxValue);
            var actual = await ImportAsync(bulk, files, deferIndexesFrom: 1);

            Assert.Equal(expected.Results.Select(r => r.ToString()),
                actual.Results.Select(r => r.ToString()));
            Assert.Equal([ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Imported,
                ImportStatus.Failed, ImportStatus.Unchanged], actual.Results.Select(r => r.Status));
            Assert.Equal(expected.Schema, actual.Schema);
            Assert.DoesNotContain(actual.Schema, s => s.Contains(SqliteBulkLoad.DeferredTable, StringComparison.Ordinal));
            Assert.Contains("index IX_ExpenditureLines_BudgetId_TableKind_Code ExpenditureLines CREATE INDEX \"IX_ExpenditureLines_BudgetId_TableKind_Code\" ON \"ExpenditureLines\" (\"BudgetId\", \"TableKind\", \"Code\")", actual.Schema);
            Assert.Equal(expected.Digest, actual.Digest);
            Assert.True(actual.Digest.Count > 1000);
            // The level totals, summed per document row by row and once at the end of the bulk load, are the same
            // rows (part of the digest; here by themselves): chaoyang 2023 表二, 12 类 lines summing to 3,394.41 万元.
            const string Totals = "SELECT u.\"Slug\" || ' ' || t.\"FiscalYear\" || ' ' || t.\"TableKind\" || ' ' || t.\"Level\" || ' ' || t.\"Sum\" || ' ' || t.\"Count\" || ' ' || " +
                                  "COALESCE(t.\"Min\", '-') || ' ' || COALESCE(t.\"Max\", '-') || ' ' || (t.\"UnitId\" = b.\"UnitId\") FROM \"ExpenditureLevelTotals\" AS t " +
                                  "JOIN \"Budgets\" AS b ON b.\"Id\" = t.\"BudgetId\" JOIN \"Units\" AS u ON u.\"Id\" = t.\"UnitId\" ORDER BY 1";
            var totals = bulk.Strings(Totals);
            Assert.Equal(rowByRow.Strings(Totals), totals);
            Assert.True(totals.Count >= 15, string.Join("\n", totals));
            Assert.Contains(totals, t => t.StartsWith("chaoyang 2023 ", StringComparison.Ordinal) && t.Contains(" 3394410000 12 ", StringComparison.Ordinal));
            Assert.Equal(["0"], bulk.Strings("SELECT COUNT(*) FROM \"ExpenditureLines\" AS l JOIN \"Budgets\" AS b ON b.\"Id\" = l.\"BudgetId\" " +
                                            "WHERE l.\"UnitId\" <> b.\"UnitId\" OR l.\"FiscalYear\" <> b.\"FiscalYear\""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Imports <paramref name="files"/> into a new database on a clock of the run's phases, which it returns.</summary>
    private static async Task<ImportPhases> ImportTimedAsync(List<string> files, int deferIndexesFrom)
    {
        using var database = new SqliteFileDatabase();
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var phases = ImportPhases.StartingNow();
        var results = await new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = deferIndexesFrom, Phases = phases }
            .ImportFilesAsync(files);
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        return phases;
    }

    [Fact]
    public async Task A_bulk_load_reports_the_steps_of_its_end_in_the_phases_line()
    {
        var phases = await ImportTimedAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList(), deferIndexesFrom: 1);

        Assert.Equal(["open", "documents", "indexes and totals", "cross-year check"], phases.Phases.Select(p => p.Name));
        var end = phases.Phases[2];
        var steps = phases.StepsOf("indexes and totals");
        Assert.Equal(["index builds", "totals and counts", "name grams", "commit"], steps.Select(s => s.Name));
        Assert.Equal(SqliteBulkLoad.BuildSteps, steps.Select(s => s.Name));
        // The steps split the phase: together no longer than it (what is left is the phase's own, after the last step).
        Assert.All(steps, s => Assert.True(s.Wall >= TimeSpan.Zero, s.Name));
        Assert.True(steps.Sum(s => s.Wall.Ticks) <= end.Wall.Ticks, $"{steps.Sum(s => s.Wall.Ticks)} > {end.Wall.Ticks}");
        Assert.Empty(phases.StepsOf("documents"));
        Assert.Matches(@"indexes and totals \d+\.\d\d s \(\d+\.\d cores, CPU \d+\.\d s\) \[index builds \d+\.\d\d s at \d+\.\d cores, " +
                       @"totals and counts \d+\.\d\d s at \d+\.\d cores, name grams \d+\.\d\d s at \d+\.\d cores, commit \d+\.\d\d s at \d+\.\d cores\], cross-year check ",
            phases.ToString());
    }

    [Fact]
    public async Task A_row_by_row_import_has_no_end_steps()
    {
        var phases = await ImportTimedAsync([RepositoryPaths.Seed("nanping-2024.txt")], deferIndexesFrom: int.MaxValue);
        Assert.Equal(["open", "documents"], phases.Phases.Select(p => p.Name));
        Assert.DoesNotContain("[", phases.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_run_builds_the_indexes_an_interrupted_bulk_load_left_deferred()
    {
        using var database = new SqliteFileDatabase();
        await using (var db = database.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        var schema = database.Strings(Schema);
        // What a run killed after its first batch leaves: an index dropped, its DDL kept.
        database.LeaveProjectsOrdinalIndexDeferred();

        await using (var db = database.CreateContext())
        {
            var results = await new DisclosureImporter(db, DisclosureReaders.Default).ImportFilesAsync([RepositoryPaths.Seed("nanping-2024.txt")]);
            Assert.Equal(ImportStatus.Imported, Assert.Single(results).Status);
        }

        Assert.Equal(schema, database.Strings(Schema));
        // The documents an interrupted bulk load committed have no level totals (it writes them at its end): the
        // next run writes them with the indexes.
        Assert.Equal(database.Strings("SELECT COUNT(DISTINCT \"BudgetId\" || '/' || \"TableKind\") FROM \"ExpenditureLines\""),
            database.Strings("SELECT COUNT(DISTINCT \"BudgetId\" || '/' || \"TableKind\") FROM \"ExpenditureLevelTotals\""));
    }

    [Fact]
    public async Task A_migration_after_an_interrupted_bulk_load_builds_the_deferred_indexes_before_it_changes_them()
    {
        // The schema before ExpenditureLineIndexes, which drops IX_ExpenditureLines_Aggregate_Subject and replaces
        // IX_ExpenditureLines_Compare_Total: both are among the indexes a bulk load defers.
        using var database = new SqliteFileDatabase();
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_ExpenditureLineIndexes", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }
        // A bulk load killed before its end: every non-unique index dropped, its DDL kept.
        await using (var db = database.CreateContext())
        {
            await db.Database.OpenConnectionAsync();
            var load = await SqliteBulkLoad.BeginAsync(db, deferIndexes: true, CancellationToken.None);
            Assert.True(load!.IndexesDeferred);
        }
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_ExpenditureLines_Aggregate_Subject'"));
        Assert.True(database.Scalar($"SELECT COUNT(*) FROM \"{SqliteBulkLoad.DeferredTable}\"") > 30);

        // Before: "no such index: IX_ExpenditureLines_Aggregate_Subject", and the database stayed unmigrated.
        await using (var db = database.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        Assert.Equal(0, database.Scalar($"SELECT COUNT(*) FROM \"{SqliteBulkLoad.DeferredTable}\""));

        // The next import writes what the load left (its totals) and drops the mark: the schema of a new database.
        await using (var db = database.CreateContext())
        {
            var results = await new DisclosureImporter(db, DisclosureReaders.Default).ImportFilesAsync([RepositoryPaths.Seed("nanping-2024.txt")]);
            Assert.Equal(ImportStatus.Imported, Assert.Single(results).Status);
        }
        using var current = new SqliteFileDatabase();
        await using (var db = current.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        // (EF Core's migration lock table is left by a migration, not by a new database's script)
        static IEnumerable<string> Tables(SqliteFileDatabase d) => d.Strings(Schema).Where(s => !s.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        Assert.Equal(Tables(current), Tables(database));
        Assert.Contains("index IX_ExpenditureLines_Compare_Total ExpenditureLines CREATE INDEX \"IX_ExpenditureLines_Compare_Total\" ON \"ExpenditureLines\" " +
                        "(\"TableKind\", \"Level\", \"Code\", \"Total\" DESC, \"Id\", \"FiscalYear\", \"UnitId\", \"BudgetId\", \"Name\")", database.Strings(Schema));
    }
}
