using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// Documents read by an older loader (<see cref="LoaderRevision"/>) are read again on the next import of their files,
/// and replace their budgets with this loader's reading; the fingerprint of what the test documents import as is tied
/// to the revision, so that a change to the loader cannot ship without the bump that makes databases read again.
/// </summary>
public sealed class LoaderRevisionTests
{
    /// <summary>
    /// The SHA-256 of every stored row (<see cref="StoredRowsAsync"/>) after importing <see cref="FingerprintDocuments"/>
    /// into a new database, per loader revision. When the test fails, what those documents import as changed: if a
    /// row, amount, line, finding or note changed, bump <see cref="LoaderRevision.Current"/> and add its fingerprint
    /// here; if only how rows are written changed (ids, the order of inserts), replace the current revision's.
    /// </summary>
    private static readonly Dictionary<int, string> Fingerprints = new()
    {
        [1] = "f44203658230dc698100d2f45b39d049b306f4475f64dca881bfa2ac2fd331ff",
        [2] = "ffe118db70be36b25239de207318402ce327b6d5c0da989512c7d36d8f556189",
        // (re-recorded for ComputedExpenditure: the same rows, Budgets' columns in another order and the readings'
        // digests without the column the database now computes; and for UnitNameStartGrams: the same readings, the gram
        // index with the unit names' start grams, which that migration writes into stored databases; and for
        // UnitNameGramSlugs: the same readings, the unit grams carrying the slug, which that migration writes likewise;
        // and for RowCounts: the same readings, the projects' and indicators' row counts that migration writes; and for
        // ValueCounts, ValueCountNumbers, ValueCountFlags and ValueCountTargets: the same readings, the counts of the
        // category columns' values, of the fiscal years, of the core flags and of the indicators' weights and numeric
        // targets that those migrations write; and for AmountBandCounts: the same readings — the fingerprint without that
        // table is the one recorded before — and the band counts of the amounts that migration writes; and again for the
        // importer's band upkeep computed in C#: the same band counts, in other rows' ids; and for ProjectDepartmentGrams:
        // the same readings — the fingerprint without the gram rows and counts of kind 7 is the one recorded before — and
        // the grams of the projects' departments that migration writes; and for BudgetIndicatorRows: the same readings,
        // each budget's count of its indicators that migration writes; and for CarriedDistricts: the same readings, the
        // cards' and indicators' copy of their unit's district and its value counts, which that migration writes; and
        // for BudgetDistricts: the same readings, the budgets' copy of it, which that migration writes; and for
        // BudgetCoreIndicatorRows: the same readings, each budget's count of its core indicators that migration writes; and
        // for BudgetDistrictCounts: the same readings, the value counts of the budgets' districts that migration writes;
        // and for IndicatorProjectCategories: the same readings, the indicators' copy of their card's category and its
        // value counts, which that migration writes; and for ValueCountsInDistricts: the same readings, the counts of the
        // indicators' operators and levels in each district that migration writes; and for IndicatorsWithoutProjectCount:
        // the same readings — the fingerprint without that row is the one recorded before — and the overall goals' row
        // count that migration writes; and for IndicatorFacetCounts: the same readings — the fingerprint without that table
        // is the one recorded before — and the counts of the indicators' combinations that migration writes; and for
        // IndicatorFacetKeyBounds: the same readings — the fingerprint without those two columns is the one recorded
        // before — and the combinations' first and last keys that migration writes; and for ProjectFacetCounts: the same
        // readings — the fingerprint without that table is the one recorded before — and the cards' combinations that
        // migration writes; and for IndicatorFacetUnitOfMeasure: the same readings — the fingerprint without the
        // indicators' combinations is the one the revision before gave without them — and those combinations with the
        // unit of measure, which that migration writes; and for IndicatorFacetTargets: the same readings — without the
        // indicators' combinations both revisions give 9f167182… — and those combinations with the numeric and
        // qualitative targets, which that migration writes; and for ProjectFacetDistrict: the same readings — every row
        // but the cards' combinations is the one the revision before gave (compared line by line) — and those
        // combinations with the district, which that migration writes; and for ValueCountsInYears: the same readings —
        // every row but the value counts' is the one the revision before gave, and those but their ids and seven new rows
        // (compared line by line) — and the counts of the cards' departments in each year, which that migration writes; and
        // for AmountBandsByCategoryAndCore: the same readings — every row but the band counts' is the one the revision
        // before gave, and those but their ids and 34 new rows (compared line by line, the two new columns null in the
        // others) — and the cards' amounts counted beside their category and core mark, which that migration writes; and
        // for ValueCountsBesideCore: the same readings — every row but the value counts' is the one the revision before
        // gave, and those but their ids and seven new rows (compared line by line) — and the counts of the cards'
        // departments beside their core mark, which that migration writes; and for ValueCountsIndicatorNames: the same
        // readings — every row but the value counts' is the one the revision before gave, and those but their ids and 437
        // new rows (compared line by line: the 215 indicator names' counts, summing to the 260 indicators, the null
        // name's 0, and 221 counts of a name in a year, summing to 260 too) — and the counts of the indicators' names,
        // alone and in each year, which that migration writes; and for ValueCountsIndicatorNamesBesideCore: the same
        // readings — every row but the value counts' is the one the revision before gave, and those but their ids and
        // 223 new rows (compared line by line: a name's counts beside its core mark, summing to the 260 indicators, 88
        // of them of no mark) — and those counts, which that migration writes; and for ProjectNameGramYears: the same
        // readings — every row but the 275 gram rows of the cards' names is the one the revision before gave, and those
        // but their number, now the card's year (compared line by line) — and 181 counts of a card name's gram in a
        // year, summing to those 275, which that migration writes)
        [3] = "cd5836f0fd30aacbb5f3a2ff71ccc8c563b8b99ebd88309b681f01ecd58c9f70",
    };

    private static readonly string[] FingerprintDocuments =
    [
        .. Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal),
        RepositoryPaths.OtherFixture("shanghai-putuo-chengguanju-2026.txt"),
        RepositoryPaths.OtherFixture("shanghai-putuo-wanli-2024.txt"),
        RepositoryPaths.File("tests", "fixtures", "synthetic", "nanping-2023.synthetic.txt"),
    ];

    [Fact]
    public async Task What_the_test_documents_import_as_matches_the_fingerprint_of_this_revision()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        var results = await importer.ImportFilesAsync(FingerprintDocuments);
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", await StoredRowsAsync(database.Connection)))));
        Assert.Equal(LoaderRevision.Current, Fingerprints.Keys.Max());
        Assert.True(Fingerprints[LoaderRevision.Current] == fingerprint,
            $"What the test documents import as changed (fingerprint {fingerprint}, recorded for loader revision " +
            $"{LoaderRevision.Current}: {Fingerprints[LoaderRevision.Current]}). If a reading changed, bump LoaderRevision.Current " +
            "so that stored documents are read again, and record the fingerprint under it; see Fingerprints.");
    }

    [Fact]
    public async Task Same_bytes_an_older_loader_read_differently_are_read_again_and_replace_their_budget()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFilesAsync(Seeds);
        Assert.Equal(5, await db.SourceDocuments.CountAsync(d => d.LoaderRevision == LoaderRevision.Current && d.ReadingSha256 != null));
        var digest = await DatabaseDigest.CreateAsync(db);

        // An older loader that read nanping's expenditure total 0.01 万元 short, and one from before the readings'
        // digests were recorded (the migration gave every document null) that read shandong's bytes.
        var nanping = await db.Budgets.Where(b => b.Unit.Slug == "nanping").Select(b => new { b.Id, b.SourceDocumentId, b.ExpenditureTotal }).SingleAsync();
        Assert.Equal(4_851_310_000, nanping.ExpenditureTotal); // 4,851.31 万元 as printed
        await db.Budgets.Where(b => b.Id == nanping.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.ExpenditureTotal, 4_851_300_000));
        await db.SourceDocuments.Where(d => d.Id == nanping.SourceDocumentId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0).SetProperty(d => d.ReadingSha256, new string('0', 64)));
        await db.SourceDocuments.Where(d => d.FileName == "shandong-2024.txt")
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0).SetProperty(d => d.ReadingSha256, (string?)null));
        db.ChangeTracker.Clear(); // the digest's query must not meet the budgets it tracked before the updates
        Assert.NotEqual(digest, await DatabaseDigest.CreateAsync(db));
        var results = await importer.ImportFilesAsync(Seeds);

        Assert.Equal(
            ["chaoyang-2023.txt Unchanged", "ciqikou-2024.txt Unchanged", "jiangbeicheng-2025.txt Unchanged", "nanping-2024.txt ReadAgain", "shandong-2024.txt ReadAgain"],
            results.Select(r => $"{r.FileName} {r.Status}"));
        Assert.StartsWith("nanping-2024.txt: read again (budget replaced) 南坪街道 (nanping) 2024: 13 tables, 126 functional rows",
            results.Single(r => r.FileName == "nanping-2024.txt").ToString());
        Assert.Contains("2 read again (imported by an older loader: 2 replaced, 0 the same)", new ImportRunReport(results).Summary);
        Assert.True(new ImportRunReport(results).ChangedData);
        // One budget of nanping's 2024, read by this loader: 4,851.31 万元 as printed again, and every row and total kept
        // by the import as after the first import (ids aside).
        Assert.Equal(1, await db.Budgets.CountAsync(b => b.Unit.Slug == "nanping"));
        Assert.NotEqual(nanping.Id, await db.Budgets.Where(b => b.Unit.Slug == "nanping").Select(b => b.Id).SingleAsync());
        Assert.Equal(5, await db.SourceDocuments.CountAsync(d => d.LoaderRevision == LoaderRevision.Current && d.ReadingSha256 != null));
        Assert.Equal(digest, await DatabaseDigest.CreateAsync(db));

        // Read by this loader now: the next import leaves them alone.
        Assert.All(await importer.ImportFilesAsync(Seeds), r => Assert.Equal(ImportStatus.Unchanged, r.Status));
    }

    [Fact]
    public async Task Same_bytes_an_older_loader_read_the_same_way_keep_their_budget_and_record_the_revision()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFilesAsync(Seeds);
        var digest = await DatabaseDigest.CreateAsync(db);
        var budgetIds = await db.Budgets.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();

        // An older loader that read every seed as this one does (e.g. a release that changed how another layout reads).
        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0));
        foreach (var import in new Func<Task<IReadOnlyList<DocumentImportResult>>>[]
                 { () => importer.ImportFilesAsync(Seeds), async () => [await importer.ImportFileAsync(RepositoryPaths.Seed("nanping-2024.txt"))] })
        {
            var results = await import();
            Assert.All(results, r => Assert.Equal(ImportStatus.ReadAgainSame, r.Status));
            await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0));
            if (results.Count == 5)
            {
                Assert.StartsWith("nanping-2024.txt: read again (the same reading: revision recorded) 南坪街道 (nanping) 2024: 13 tables, 126 functional rows",
                    results.Single(r => r.FileName == "nanping-2024.txt").ToString());
                Assert.Contains("5 read again (imported by an older loader: 0 replaced, 5 the same)", new ImportRunReport(results).Summary);
            }
        }
        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, LoaderRevision.Current));
        // The same budgets (their ids, which node ids are made of), rows and totals.
        Assert.Equal(budgetIds, await db.Budgets.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync());
        Assert.Equal(digest, await DatabaseDigest.CreateAsync(db));
    }

    [Fact]
    public async Task A_reading_by_a_newer_loader_is_kept()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        var seed = RepositoryPaths.Seed("chaoyang-2023.txt");
        await importer.ImportFileAsync(seed);
        // A database a newer release wrote, served by this one (a rollback): its reading is not replaced by an older one.
        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, LoaderRevision.Current + 1));

        Assert.Equal(ImportStatus.Unchanged, (await importer.ImportFileAsync(seed)).Status);
        Assert.Equal(ImportStatus.Unchanged, (await importer.ImportFilesAsync([seed])).Single().Status);
        Assert.Equal(LoaderRevision.Current + 1, await db.SourceDocuments.Select(d => d.LoaderRevision).SingleAsync());
    }

    [Fact]
    public async Task Reading_the_same_bytes_again_as_another_year_is_refused_and_changes_nothing()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        var seed = RepositoryPaths.Seed("chaoyang-2023.txt");
        await importer.ImportFileAsync(seed);
        // An older loader that had read chaoyang's 2023 disclosure as 2022.
        await db.Budgets.ExecuteUpdateAsync(s => s.SetProperty(b => b.FiscalYear, 2022));
        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0));
        var digest = await DatabaseDigest.CreateAsync(db);

        foreach (var result in new[] { await importer.ImportFileAsync(seed), (await importer.ImportFilesAsync([seed])).Single() })
        {
            Assert.Equal(ImportStatus.Failed, result.Status);
            Assert.Equal(
                $"chaoyang-2023.txt:0: refused to read again: loader revision 0 read these bytes as chaoyang 2022, this loader " +
                $"(revision {LoaderRevision.Current}) reads them as chaoyang 2023. Nothing was changed; the older reading stays.",
                result.ToString());
        }
        Assert.Equal(digest, await DatabaseDigest.CreateAsync(db));
        Assert.Equal(0, await db.SourceDocuments.Select(d => d.LoaderRevision).SingleAsync());

        var (succeeded, report) = await new DisclosureCheck(db, DisclosureReaders.Default).CheckFileAsync(seed);
        Assert.False(succeeded);
        Assert.StartsWith("chaoyang-2023.txt: 朝阳街道 (chaoyang) 2023: would be REFUSED: loader revision 0 read these bytes as another unit or year", report);
    }

    [Fact]
    public async Task The_dry_run_says_which_documents_would_be_read_again()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var seed = RepositoryPaths.Seed("chaoyang-2023.txt");
        await new DisclosureImporter(db, DisclosureReaders.Default).ImportFileAsync(seed);
        var check = new DisclosureCheck(db, DisclosureReaders.Default);
        Assert.Contains(": unchanged: these bytes are already imported", (await check.CheckFileAsync(seed)).Report);

        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.LoaderRevision, 0));
        var (succeeded, report) = await check.CheckFileAsync(seed);
        Assert.True(succeeded);
        Assert.Contains(
            $"2023: would be read again: it was read by loader revision 0, this loader is revision {LoaderRevision.Current}, and read " +
            "the same (every row of its budget): only its revision would be recorded", report);

        // Stored before readings' digests were recorded: the budget would be replaced.
        await db.SourceDocuments.ExecuteUpdateAsync(s => s.SetProperty(d => d.ReadingSha256, (string?)null));
        Assert.Contains(
            $"2023: would be read again: it was read by loader revision 0, this loader is revision {LoaderRevision.Current}, replacing its budget (",
            (await check.CheckFileAsync(seed)).Report);
    }

    private static IReadOnlyList<string> Seeds => Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every row of every table but the migrations' history, in key order, as text — all but the columns that say when,
    /// from where and by which loader a document was imported.
    /// </summary>
    private static async Task<List<string>> StoredRowsAsync(SqliteConnection connection)
    {
        string[] notReadings = ["ImportedAt", "SourcePath", "LoaderRevision"];
        var rows = new List<string>();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '__EFMigrationsHistory' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await select.ExecuteReaderAsync();
            var tableRows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Where(i => !notReadings.Contains(reader.GetName(i)))
                    .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}");
                tableRows.Add($"{table} {string.Join(" ", values)}");
            }
            tableRows.Sort(StringComparer.Ordinal);
            rows.AddRange(tableRows);
        }
        return rows;
    }
}
