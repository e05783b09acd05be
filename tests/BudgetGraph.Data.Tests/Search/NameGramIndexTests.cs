using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Data.Tests.Search;

/// <summary>
/// The gram index holds exactly the grams of the stored names — after a row-by-row import, a bulk load into an empty
/// database, a replaced budget and the migration's SQL backfill — and pre-selecting by it changes no answer.
/// </summary>
public sealed class NameGramIndexTests
{
    private static async Task<List<string>> StoredAsync(BudgetDbContext db) =>
        (await db.NameGrams.AsNoTracking().ToListAsync()).Select(Row).Order(StringComparer.Ordinal).ToList();

    /// <summary>A gram row as text: kind, gram, id and, on a unit's grams, the slug they carry.</summary>
    private static string Row(NameGram g) => g.Slug is null ? $"{g.Kind} {g.Gram} {g.EntityId}" : $"{g.Kind} {g.Gram} {g.EntityId} {g.Slug}";

    /// <summary>The grams <see cref="NameGrams.Of"/> derives from the names stored now.</summary>
    private static async Task<List<string>> DerivedAsync(BudgetDbContext db)
    {
        var rows = new List<NameGram>();
        foreach (var unit in await db.Units.AsNoTracking().ToListAsync()) rows.AddRange(NameGramWriter.RowsOf(unit));
        foreach (var p in await db.Projects.AsNoTracking().Select(p => new { p.Id, p.Name, p.Department }).ToListAsync())
        {
            rows.AddRange(NameGramWriter.RowsOf(NameGramKind.ProjectName, p.Id, p.Name));
            rows.AddRange(NameGramWriter.RowsOf(NameGramKind.ProjectDepartment, p.Id, p.Department));
        }
        foreach (var i in await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Name }).ToListAsync())
            rows.AddRange(NameGramWriter.RowsOf(NameGramKind.IndicatorName, i.Id, i.Name));
        return rows.Select(Row).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> ImportSeedsAsync(SqliteFileDatabase database, int deferIndexesFrom,
        int gramBlockKeys = BulkNameGrams.DefaultBlockKeys)
    {
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var importer = new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = deferIndexesFrom, GramBlockKeys = gramBlockKeys };
        var results = await importer.ImportFilesAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList());
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        var stored = await StoredAsync(db);
        Assert.Equal(await DerivedAsync(db), stored);
        return stored;
    }

    /// <param name="gramBlockKeys">The bulk load's gram blocks: one block (the default), or blocks of 97 keys — about 60
    /// for the seeds, a document's keys across two blocks, the units' after them — merged at the end.</param>
    [Theory]
    [InlineData(BulkNameGrams.DefaultBlockKeys)]
    [InlineData(97)]
    public async Task Row_by_row_and_bulk_imports_store_the_grams_of_every_name_and_the_same_rows(int gramBlockKeys)
    {
        using var rowByRow = new SqliteFileDatabase();
        using var bulk = new SqliteFileDatabase();
        var expected = await ImportSeedsAsync(rowByRow, deferIndexesFrom: int.MaxValue);
        var actual = await ImportSeedsAsync(bulk, deferIndexesFrom: 1, gramBlockKeys);
        Assert.Equal(expected, actual);
        // And the counts the search plans from, per gram and per gram and target.
        foreach (var counts in new[] { "SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts ORDER BY 1",
                     "SELECT Kind || ' ' || Gram || ' ' || Value || ' ' || Count FROM NameGramValueCounts ORDER BY 1" })
        {
            Assert.Equal(rowByRow.Strings(counts), bulk.Strings(counts));
            Assert.NotEmpty(bulk.Strings(counts));
        }
        // Units 1–5 (official + short names), projects and indicators of the five seeds.
        Assert.Contains($"{NameGramKind.UnitShortName} 南坪 {rowByRow.Scalar("SELECT Id FROM Units WHERE Slug = 'nanping'")} nanping", actual);
        Assert.Equal(rowByRow.Scalar("SELECT COUNT(*) FROM NameGrams"), actual.Count);
        Assert.True(actual.Count > 1000);
    }

    [Fact]
    public async Task A_bulk_load_that_replaces_a_budget_it_stored_keeps_only_the_grams_of_the_new_names()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-grams-").FullName;
        try
        {
            foreach (var seed in DisclosureFiles.InFolder(RepositoryPaths.Seeds)) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            // Last in the run: Nanping 2024 again, every 满意 written 满足 — it replaces the budget stored earlier in the
            // same bulk load (the grams kept for it in memory must not be written).
            File.WriteAllText(Path.Combine(folder, "zz-nanping-2024-changed.txt"), File.ReadAllText(RepositoryPaths.Seed("nanping-2024.txt"))
                .Replace("满意", "满足", StringComparison.Ordinal));
            using var database = new SqliteFileDatabase();
            await using var db = database.CreateContext();
            await DatabaseSetup.MigrateAsync(db);
            // Blocks of 97 keys: the replaced budget's keys lie between others', which move down over them at the end.
            var results = await new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = 1, AllowShrink = true, GramBlockKeys = 97 }
                .ImportFilesAsync(DisclosureFiles.InFolder(folder));
            Assert.Equal(await DerivedAsync(db), await StoredAsync(db));
            var nanping = await db.Units.Where(u => u.Slug == "nanping").Select(u => u.Id).SingleAsync();
            Assert.Contains($"{NameGramKind.UnitShortName} 南坪 {nanping} nanping", await StoredAsync(db));
            Assert.True(await db.NameGrams.CountAsync(g => g.Kind == NameGramKind.IndicatorName && g.Gram == "满足") > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bulk_loads_gram_keys_sort_as_the_tables_key_and_decode_to_their_row()
    {
        (NameGramKind, string, int)[] rows =
        [
            (NameGramKind.UnitOfficialName, "\u4E00\u4E00", 0), (NameGramKind.UnitOfficialName, "\u4E00\u4E00", int.MaxValue),
            (NameGramKind.UnitOfficialName, "\u4E00\u9FFF", 1), (NameGramKind.UnitShortName, "南坪", 7),
            (NameGramKind.ProjectName, "满意", 3), (NameGramKind.ProjectName, "满足", 2), (NameGramKind.IndicatorName, "\u9FFF\u9FFF", 5),
        ];
        var keys = rows.Select(r => BulkNameGrams.Key(r.Item1, r.Item2[0], r.Item2[1], r.Item3)).ToList();
        // The table's order: kind, then the gram as SQLite compares text (its UTF-8 bytes), then the id.
        var expected = rows.OrderBy(r => r.Item1).ThenBy(r => System.Text.Encoding.UTF8.GetBytes(r.Item2), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .ThenBy(r => r.Item3).ToList();
        Assert.Equal(expected, keys.Order().Select(k => BulkNameGrams.Decode(k)).Select(d => (d.Kind, $"{d.First}{d.Second}", d.EntityId)));
    }

    [Fact]
    public async Task The_table_is_a_WITHOUT_ROWID_table_keyed_by_kind_gram_and_id()
    {
        using var database = new SqliteFileDatabase();
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        Assert.Equal(
            "CREATE TABLE \"NameGrams\" (\n    \"Kind\" INTEGER NOT NULL,\n    \"Gram\" TEXT NOT NULL,\n    \"EntityId\" INTEGER NOT NULL, \"Value\" INTEGER NULL, \"Slug\" TEXT NULL,\n" +
            "    CONSTRAINT \"PK_NameGrams\" PRIMARY KEY (\"Kind\", \"Gram\", \"EntityId\")\n) WITHOUT ROWID",
            database.Strings("SELECT sql FROM sqlite_master WHERE name = 'NameGrams'").Single().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_migration_backfill_derives_the_grams_the_importer_writes()
    {
        using var database = new SqliteFileDatabase();
        var imported = await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        const string counts = "SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts ORDER BY 1";
        var importedCounts = database.Strings(counts);
        database.Execute("DELETE FROM NameGrams;");
        database.Execute(NameGramSql.RebuildSqlite);
        await using var db = database.CreateContext();
        Assert.Equal(imported, await StoredAsync(db));
        Assert.Equal(importedCounts, database.Strings(counts));
    }

    [Fact]
    public async Task The_start_grams_migration_writes_into_a_stored_database_the_rows_and_counts_the_importer_writes()
    {
        using var database = new SqliteFileDatabase();
        var imported = await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        const string counts = "SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts ORDER BY 1";
        var importedCounts = database.Strings(counts);
        var nanping = database.Scalar("SELECT Id FROM Units WHERE Slug = 'nanping'");
        // 南坪街道 starts with 南坪, 重庆市南岸区… with 重庆 (four of the five official names: ciqikou's is 磁器口街道).
        Assert.Contains($"{NameGramKind.UnitShortNameStart} 南坪 {nanping} nanping", imported);
        Assert.Contains($"{(int)NameGramKind.UnitOfficialNameStart} 重庆 4", importedCounts);

        // UnitNameGramSlugs after it is undone on the way down and redone on the way up too.
        await DownBeforeAndUpAgainAsync(database, "UnitNameStartGrams", "5, 6", imported, importedCounts);
    }

    [Fact]
    public async Task The_department_grams_migration_writes_into_a_stored_database_the_rows_and_counts_the_importer_writes()
    {
        using var database = new SqliteFileDatabase();
        var imported = await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        const string counts = "SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts ORDER BY 1";
        var importedCounts = database.Strings(counts);
        // Every one of the seeds' 37 project cards names its department in ideographs; Ciqikou's 10 cards name the
        // 预算科 (budget section), and no other card has 预算 in its department.
        Assert.Equal(37L, database.Scalar("SELECT COUNT(DISTINCT EntityId) FROM NameGrams WHERE Kind = 7"));
        Assert.Equal(10L, database.Scalar("SELECT Count FROM NameGramCounts WHERE Kind = 7 AND Gram = '预算'"));

        await DownBeforeAndUpAgainAsync(database, "ProjectDepartmentGrams", "7", imported, importedCounts);
    }

    /// <summary>
    /// Migrates down to the migration before <paramref name="migration"/> — a database stored by the release before,
    /// without the gram rows and counts of <paramref name="kinds"/> (an SQL list) — and up again: the rows and counts are
    /// then the importer's (<paramref name="imported"/>, <paramref name="importedCounts"/>).
    /// </summary>
    private static async Task DownBeforeAndUpAgainAsync(SqliteFileDatabase database, string migration, string kinds,
        List<string> imported, IReadOnlyList<string> importedCounts)
    {
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var added = migrations.Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[migrations.IndexOf(added) - 1]);
        Assert.Equal(0L, database.Scalar($"SELECT COUNT(*) FROM NameGrams WHERE Kind IN ({kinds})"));
        Assert.Equal(0L, database.Scalar($"SELECT COUNT(*) FROM NameGramCounts WHERE Kind IN ({kinds})"));
        Assert.True(database.Scalar("SELECT COUNT(*) FROM NameGrams") > 1000);

        await migrator.MigrateAsync();
        Assert.Equal(imported, await StoredAsync(db));
        Assert.Equal(importedCounts, database.Strings("SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts ORDER BY 1"));
    }

    [Fact]
    public async Task The_slugs_migration_writes_into_a_stored_database_the_slugs_the_importer_writes()
    {
        using var database = new SqliteFileDatabase();
        var imported = await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        var nanping = database.Scalar("SELECT Id FROM Units WHERE Slug = 'nanping'");
        // Every gram of a unit's names carries its slug; no other gram carries one.
        Assert.Contains($"{NameGramKind.UnitOfficialName} 南坪 {nanping} nanping", imported);
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM NameGrams WHERE Kind IN (1, 2, 5, 6) AND Slug IS NULL"));
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM NameGrams WHERE Kind NOT IN (1, 2, 5, 6) AND Slug IS NOT NULL"));

        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var slugs = migrations.Single(m => m.EndsWith("_UnitNameGramSlugs", StringComparison.Ordinal));
        // Down to the migration before it: a database stored by the release before, its gram rows without the column.
        await migrator.MigrateAsync(migrations[migrations.IndexOf(slugs) - 1]);
        Assert.DoesNotContain("\"Slug\"", database.Strings("SELECT sql FROM sqlite_master WHERE name = 'NameGrams'").Single());
        Assert.Empty(database.Strings("SELECT name FROM sqlite_master WHERE name = 'IX_NameGrams_Kind_Gram_Slug'"));

        await migrator.MigrateAsync(slugs);
        // (the departments' grams come with a later migration, which the way down had undone)
        Assert.Equal(imported.Where(r => !r.StartsWith($"{NameGramKind.ProjectDepartment} ", StringComparison.Ordinal)), await StoredAsync(db));
        Assert.Equal(["IX_NameGrams_Kind_Gram_Slug"], database.Strings("SELECT name FROM sqlite_master WHERE name = 'IX_NameGrams_Kind_Gram_Slug'"));
    }

    [Fact]
    public async Task A_replaced_budget_leaves_only_the_grams_of_its_new_names()
    {
        using var database = new SqliteFileDatabase();
        await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        var folder = Directory.CreateTempSubdirectory("budgetgraph-grams-").FullName;
        try
        {
            // The same Nanping disclosure with every 满意 written 满足: a changed document replaces the budget.
            var changed = Path.Combine(folder, "nanping-2024.txt");
            File.WriteAllText(changed, File.ReadAllText(RepositoryPaths.Seed("nanping-2024.txt")).Replace("满意", "满足", StringComparison.Ordinal));
            await using var db = database.CreateContext();
            var result = await new DisclosureImporter(db, DisclosureReaders.Default) { AllowShrink = true }.ImportFileAsync(changed);
            Assert.Equal(ImportStatus.Replaced, result.Status);
            Assert.Equal(await DerivedAsync(db), await StoredAsync(db));
            var nanping = await db.Units.Where(u => u.Slug == "nanping").Select(u => u.Id).SingleAsync();
            Assert.Equal(0, await db.Indicators.CountAsync(i => i.UnitId == nanping && i.Name.Contains("满意")));
            Assert.True(await db.Indicators.CountAsync(i => i.UnitId == nanping && i.Name.Contains("满足")) > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_renamed_unit_keeps_only_the_grams_and_start_grams_of_its_new_names()
    {
        using var database = new SqliteFileDatabase();
        await ImportSeedsAsync(database, deferIndexesFrom: int.MaxValue);
        await using var db = database.CreateContext();
        // SYNTHETIC rename, as UnitRegistry rewrites a unit whose disclosure names it otherwise: nanping's official name
        // without 重庆市 before it, its short name 坪街道.
        var unit = await db.Units.SingleAsync(u => u.Slug == "nanping");
        var (official, shortName) = (unit.OfficialName, unit.ShortName);
        (unit.OfficialName, unit.ShortName) = ("南岸区人民政府南坪街道办事处", "坪街道");
        // In one transaction on an open connection, as the importer calls it.
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.SaveChangesAsync();
            using var writer = new BulkGraphWriter(db);
            await NameGramWriter.ReplaceUnitAsync(db, writer, unit, official, shortName, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var stored = await StoredAsync(db);
        Assert.Equal(await DerivedAsync(db), stored);
        Assert.Contains($"{NameGramKind.UnitOfficialNameStart} 南岸 {unit.Id} nanping", stored);
        Assert.Contains($"{NameGramKind.UnitShortNameStart} 坪街 {unit.Id} nanping", stored);
        Assert.DoesNotContain(stored, r => r.StartsWith($"{NameGramKind.UnitOfficialNameStart} 重庆 {unit.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, r => r.StartsWith($"{NameGramKind.UnitShortNameStart} 南坪 {unit.Id}", StringComparison.Ordinal));
        // And the counts: three official names start with 重庆 now, one with 南岸; no short name with 南坪 (its row gone).
        var counts = database.Strings("SELECT Kind || ' ' || Gram || ' ' || Count FROM NameGramCounts");
        Assert.Contains($"{(int)NameGramKind.UnitOfficialNameStart} 重庆 3", counts);
        Assert.Contains($"{(int)NameGramKind.UnitOfficialNameStart} 南岸 1", counts);
        Assert.DoesNotContain(counts, c => c.StartsWith($"{(int)NameGramKind.UnitShortNameStart} 南坪 ", StringComparison.Ordinal));
    }
}
