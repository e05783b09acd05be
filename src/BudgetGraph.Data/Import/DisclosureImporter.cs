using System.Security.Cryptography;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Imports disclosures into the database, each document in ONE transaction:
/// <list type="bullet">
/// <item>a document whose SHA-256 is already stored changes nothing (<see cref="ImportStatus.Unchanged"/>), unless an
/// older loader read it: then it is read again and replaces its budget (<see cref="ImportStatus.ReadAgain"/>,
/// <see cref="LoaderRevision"/>);</item>
/// <item>the budget's identity is (unit, fiscal year): a changed document replaces the previous version — old budget
/// and all its rows deleted, new one inserted — atomically (<see cref="ImportStatus.Replaced"/>);</item>
/// <item>a document that cannot be parsed or stored is reported with file, line and reason
/// (<see cref="ImportStatus.Failed"/>) and leaves the database as it was.</item>
/// </list>
/// What does not add up is recorded as <see cref="DataQualityFinding"/> rows by the <see cref="Reconciler"/>.
/// </summary>
public sealed class DisclosureImporter(
    BudgetDbContext db,
    DisclosureReader reader,
    UnitCatalogue? units = null,
    SubjectGlossary? glossary = null,
    Reconciler? reconciler = null,
    TimeProvider? clock = null,
    ImportPolicy policy = ImportPolicy.NewestWins)
{
    private readonly UnitCatalogue _units = units ?? UnitCatalogue.Shipped;
    private readonly SubjectGlossary _glossary = glossary ?? SubjectGlossary.Shipped;
    private readonly Reconciler _reconciler = reconciler ?? Reconciler.Default;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private BulkGraphWriter? _writer;
    /// <summary>
    /// During a bulk load into an empty database (<see cref="SqliteBulkLoad.IndexesDeferred"/>): the SHA-256 of every
    /// document stored so far (the database held none before); null otherwise.
    /// </summary>
    private HashSet<string>? _bulkLoad;
    /// <summary>During a bulk load: the name grams of the documents stored, written at its end (<see cref="BulkNameGrams"/>).</summary>
    private BulkNameGrams? _grams;
    /// <summary>
    /// Inside a batch of <see cref="ImportFilesAsync"/>: the districts and years a replaced budget's figures left, summed
    /// again once before the batch commits rather than once per document (a run that reads many documents again).
    /// </summary>
    private readonly HashSet<string?> _districtsToRecompute = [];
    private readonly HashSet<int> _yearsToRecompute = [];
    /// <summary>Inside <see cref="ImportFilesAsync"/>: units and subjects are resolved from <see cref="_known"/>.</summary>
    private bool _inRun;
    /// <summary>Every stored unit (by slug) and subject, while in a run; null until loaded or after an undo.</summary>
    private (Dictionary<string, E.Unit> Units, Dictionary<(Classification, string), Subject> Subjects)? _known;

    /// <summary>
    /// Replace a budget by a document that holds fewer tables, rows or project cards (<see cref="BudgetSize"/>).
    /// Off by default: such a replacement is refused with the reason (a cut file must not replace a complete budget).
    /// </summary>
    public bool AllowShrink { get; init; }

    /// <summary>
    /// From how many files <see cref="ImportFilesAsync"/> into an empty SQLite database builds the secondary indexes
    /// once at the end instead of row by row (<see cref="SqliteBulkLoad"/>); the result is the same database.
    /// </summary>
    public int DeferIndexesFrom { get; init; } = 50;

    /// <summary>Keys per block of a bulk load's name grams (<see cref="BulkNameGrams"/>): tests set small blocks.</summary>
    internal int GramBlockKeys { get; init; } = BulkNameGrams.DefaultBlockKeys;

    /// <summary>
    /// How many cross-year findings the last <see cref="ImportFilesAsync"/> recorded when it ran the cross-year check
    /// over the whole dataset itself (a bulk load does, at its end); null when it checked per document, and the caller
    /// runs <see cref="Comparisons.CrossYearReconciliation.RecordFindingsAsync"/> if it wants the whole dataset checked.
    /// </summary>
    public int? CrossYearFindingsRecorded { get; private set; }

    /// <summary>
    /// When set, <see cref="ImportFilesAsync"/> ends its phases on it: <c>open</c> (settings, stored hashes),
    /// <c>documents</c>, and for a bulk load <c>indexes and totals</c> and <c>cross-year check</c> (the run report's timings).
    /// </summary>
    public ImportPhases? Phases { get; init; }

    /// <summary>Reads, parses and imports one file (traced and counted, see <see cref="ImportTelemetry"/>).</summary>
    public Task<DocumentImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        ImportTelemetry.MeasureAsync(Path.GetFileName(path), () => ReadAndImportAsync(path, cancellationToken));

    private async Task<DocumentImportResult> ReadAndImportAsync(string path, CancellationToken cancellationToken) =>
        ReadFile(path, out var content) is { } unreadable ? unreadable
            : await ParseAndImportAsync(Path.GetFileName(path), content, Path.GetFullPath(path), cancellationToken);

    /// <summary>
    /// Parses and imports one file's bytes; an already-imported SHA-256 is recognised before parsing (traced and
    /// counted, see <see cref="ImportTelemetry"/>). No source path is recorded (the bytes came from elsewhere).
    /// </summary>
    public Task<DocumentImportResult> ImportAsync(string fileName, byte[] content, CancellationToken cancellationToken = default) =>
        ImportTelemetry.MeasureAsync(fileName, () => ParseAndImportAsync(fileName, content, null, cancellationToken));

    private async Task<DocumentImportResult> ParseAndImportAsync(string fileName, byte[] content, string? sourcePath, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await db.SourceDocuments.Where(LoaderRevision.ReadByThisLoader).AnyAsync(d => d.Sha256 == sha256, cancellationToken))
            return Unchanged(fileName, sha256);
        var prepared = Parse(fileName, content, sourcePath);
        return prepared is ParsedDocument parsed ? await StoreAsync(parsed, cancellationToken) : (DocumentImportResult)prepared;
    }

    /// <summary>Imports an already parsed disclosure (its <see cref="Disclosure.Source"/> gives file name and SHA-256).</summary>
    public Task<DocumentImportResult> ImportAsync(Disclosure disclosure, CancellationToken cancellationToken = default) =>
        StoreAsync(Reconciled(disclosure, null), cancellationToken);

    /// <summary>
    /// Imports files in order, each in its own transaction, reporting each result as it is stored. Reading, hashing,
    /// parsing and reconciling (pure work) run on up to <paramref name="parallelism"/> threads ahead of the single
    /// writer, in a bounded window; a file whose SHA-256 is already stored is not parsed.
    /// </summary>
    public async Task<IReadOnlyList<DocumentImportResult>> ImportFilesAsync(
        IReadOnlyList<string> files, Action<DocumentImportResult>? onResult = null, int parallelism = 0,
        CancellationToken cancellationToken = default)
    {
        CrossYearFindingsRecorded = null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        SqliteBulkLoad? bulkLoad = null;
        // The run's phases are timed even when no one reads them: the cores the documents phase kept busy decide
        // whether the index builds may use more than one.
        var phases = Phases ?? ImportPhases.StartingNow();
        var coresSeen = 0.0;
        try
        {
            bulkLoad = await SqliteBulkLoad.BeginAsync(db, files.Count >= DeferIndexesFrom, cancellationToken, GramBlockKeys);
            _bulkLoad = bulkLoad?.IndexesDeferred == true ? new HashSet<string>(StringComparer.Ordinal) : null;
            _grams = bulkLoad?.NameGrams;
            _inRun = true;
            // Bytes an older loader read are not "stored": they are read again (LoaderRevision).
            var stored = (await db.SourceDocuments.AsNoTracking().Where(LoaderRevision.ReadByThisLoader)
                .Select(d => d.Sha256).ToListAsync(cancellationToken)).ToHashSet();
            phases.End("open");
            // Read, hash, parse and reconcile on dedicated threads, up to a window of documents ahead of this writer.
            var workers = parallelism > 0 ? parallelism : Environment.ProcessorCount;
            using var lookahead = new OrderedLookahead<object>(files.Count, workers, workers * LookaheadPerWorker,
                i => Prepare(files[i], stored, cancellationToken), cancellationToken);

            // Documents are committed in batches (one transaction, a savepoint per document, so each document is
            // still all or nothing): a commit writes every touched page to the log, and per document that costs
            // more than storing its rows. Results are reported once their batch is committed.
            var results = new List<DocumentImportResult>(files.Count);
            var pending = new List<DocumentImportResult>();
            var batchClock = System.Diagnostics.Stopwatch.StartNew();
            async Task CommitBatchAsync()
            {
                if (db.Database.CurrentTransaction is { } batch)
                {
                    await RecomputeLeftTotalsAsync(cancellationToken);
                    await batch.CommitAsync(cancellationToken);
                    await batch.DisposeAsync();
                    _grams?.Commit();
                }
                foreach (var done in pending)
                {
                    results.Add(done);
                    onResult?.Invoke(done);
                }
                pending.Clear();
                batchClock.Restart();
            }

            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    var prepared = await lookahead.NextAsync();
                    var storing = System.Diagnostics.Stopwatch.GetTimestamp();
                    DocumentImportResult done;
                    if (prepared is ParsedDocument parsed)
                    {
                        if (db.Database.CurrentTransaction is null) await db.Database.BeginTransactionAsync(cancellationToken);
                        done = await StoreAsync(parsed, cancellationToken);
                    }
                    else done = (DocumentImportResult)prepared;
                    ImportTelemetry.Record(done, System.Diagnostics.Stopwatch.GetElapsedTime(storing));
                    pending.Add(done);
                    if (pending.Count >= BatchDocuments || batchClock.Elapsed >= BatchTime) await CommitBatchAsync();
                }
                await CommitBatchAsync();
                phases.End("documents");
                coresSeen = phases.CoresOfLastPhase;
            }
            finally
            {
                if (db.Database.CurrentTransaction is { } open) await open.DisposeAsync(); // rolls back what was not committed
            }
            return results;
        }
        finally
        {
            try
            {
                // Not cancelled: the indexes and the cross-year findings complete what was committed.
                if (bulkLoad is not null) await bulkLoad.FinishAsync(coresSeen, CancellationToken.None, phases);
                if (bulkLoad?.IndexesDeferred == true) phases.End("indexes and totals");
                if (_bulkLoad is { Count: > 0 } || bulkLoad?.Recovered == true)
                {
                    CrossYearFindingsRecorded = await Comparisons.CrossYearReconciliation.RecordFindingsAsync(db, CancellationToken.None);
                    phases.End("cross-year check");
                }
            }
            finally
            {
                _bulkLoad = null;
                _grams = null;
                _inRun = false;
                _known = null;
                _districtsToRecompute.Clear(); // marks of a batch that was not committed
                _yearsToRecompute.Clear();
                // Its prepared statements belong to this connection: finalized before it goes back to the pool.
                _writer?.Dispose();
                _writer = null;
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>The pure part of importing a file (no database): a result when done already, else the parsed document.</summary>
    private object Prepare(string path, IReadOnlySet<string> stored, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fileName = Path.GetFileName(path);
        if (ReadFile(path, out var content) is { } unreadable) return unreadable;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        return stored.Contains(sha256) ? Unchanged(fileName, sha256) : Parse(fileName, content, Path.GetFullPath(path));
    }

    /// <summary>The file's bytes, or (returned) the failure saying why it cannot be read.</summary>
    private static DocumentImportResult? ReadFile(string path, out byte[] content)
    {
        try
        {
            content = File.ReadAllBytes(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            content = [];
            return DocumentImportResult.Failure(Path.GetFileName(path), 0, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>Parses and reconciles (no database): the parsed document, or the failure with file, line and reason.</summary>
    private object Parse(string fileName, byte[] content, string? sourcePath)
    {
        try
        {
            return Reconciled(reader(fileName, content), sourcePath);
        }
        catch (DisclosureParseException e)
        {
            return DocumentImportResult.Failure(fileName, e.Line, e.Reason);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect of the parser on this one file must not stop the other documents of the run.
            return DocumentImportResult.Failure(fileName, 0, $"the parser failed unexpectedly: {e.GetType().Name}: {e.Message}");
        }
    }

    private ParsedDocument Reconciled(Disclosure disclosure, string? sourcePath)
    {
        var totals = BudgetTotals.From(disclosure);
        return new ParsedDocument(disclosure, totals, _reconciler.Reconcile(disclosure, totals), sourcePath);
    }

    private static DocumentImportResult Unchanged(string fileName, string sha256) =>
        new() { FileName = fileName, Status = ImportStatus.Unchanged, Sha256 = sha256 };

    /// <summary>Stores one parsed document in one transaction: all of it, or nothing.</summary>
    private async Task<DocumentImportResult> StoreAsync(ParsedDocument parsed, CancellationToken cancellationToken)
    {
        var disclosure = parsed.Disclosure;
        var fileName = disclosure.Source.FileName;
        var sourcePath = parsed.SourcePath;
        // Inside a batch (see ImportFilesAsync) a savepoint makes the document all or nothing; alone, a transaction.
        var batch = db.Database.CurrentTransaction;
        await using var own = batch is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var transaction = batch ?? own!;
        if (batch is not null) await batch.CreateSavepointAsync(DocumentSavepoint, cancellationToken);
        try
        {
            if (_bulkLoad?.Contains(disclosure.Source.Sha256)
                ?? await db.SourceDocuments.Where(LoaderRevision.ReadByThisLoader).AnyAsync(d => d.Sha256 == disclosure.Source.Sha256, cancellationToken))
            {
                if (batch is not null) await batch.ReleaseSavepointAsync(DocumentSavepoint, cancellationToken);
                return Unchanged(fileName, disclosure.Source.Sha256);
            }
            // The same bytes read by an older loader (none in a bulk load: the database was empty): this reading replaces
            // that one's budget below, which must be the budget of the same unit and year.
            var olderReading = _bulkLoad is not null ? null : await db.Budgets.AsNoTracking()
                .Where(b => b.SourceDocument.Sha256 == disclosure.Source.Sha256)
                .Select(b => new { b.Id, b.UnitId, b.Unit.Slug, b.FiscalYear, b.SourceDocumentId, b.SourceDocument.LoaderRevision, b.SourceDocument.ReadingSha256 })
                .FirstOrDefaultAsync(cancellationToken);

            // The rows go in with prepared multi-row INSERTs generated from the model, not through the change tracker.
            // Alone, the document's connection closes after its transaction, and that invalidates prepared statements:
            // only a batch (one open connection) reuses the writer's prepared commands.
            using var ownWriter = batch is null ? new BulkGraphWriter(db) : null;
            var writer = ownWriter ?? (_writer ??= new BulkGraphWriter(db));
            // A run resolves units and subjects from maps of every stored one (loaded again after a document is undone).
            if (_inRun && _known is null)
                _known = (await UnitRegistry.LoadAllAsync(db, cancellationToken), await SubjectCatalogue.LoadAllAsync(db, cancellationToken));

            // The unit needs its id first: projects and indicators carry it denormalised.
            // A bulk load writes the units' grams with all the others at its end (from their final names).
            var (unit, newUnit, moved) = await new UnitRegistry(db, _units, _known?.Units, bulkLoad: _bulkLoad is not null)
                .FindOrAddAsync(disclosure.Unit, writer, cancellationToken);
            if (policy == ImportPolicy.SeedsFillAbsent && !newUnit && olderReading is null)
            {
                // Seeds only fill what is absent (or replace what the same seed file imported): a budget imported
                // later from elsewhere is never replaced by a restart. The same bytes an older loader read are read
                // again wherever they were imported from: they are the same document.
                var previousSource = await db.Budgets.Where(b => b.UnitId == unit.Id && b.FiscalYear == disclosure.FiscalYear)
                    .Select(b => new { b.SourceDocument.SourcePath, b.SourceDocument.FileName }).FirstOrDefaultAsync(cancellationToken);
                if (previousSource is not null && (sourcePath is null || previousSource.SourcePath != sourcePath))
                {
                    await UndoAsync(batch, transaction);
                    db.ChangeTracker.Clear();
                    return new DocumentImportResult
                    {
                        FileName = fileName, Status = ImportStatus.Kept, Sha256 = disclosure.Source.Sha256,
                        UnitSlug = unit.Slug, UnitName = unit.ShortName, FiscalYear = disclosure.FiscalYear,
                        ErrorReason = previousSource.SourcePath ?? previousSource.FileName,
                    };
                }
            }

            if (olderReading is not null && (olderReading.UnitId != unit.Id || olderReading.FiscalYear != disclosure.FiscalYear))
            {
                // Not guessed: which reading is right is for a person to decide, and the older one stays visible as such
                // (its document's loaderRevision, the service's start-up warning).
                await UndoAsync(batch, transaction);
                db.ChangeTracker.Clear();
                return DocumentImportResult.Failure(fileName, 0,
                    $"refused to read again: loader revision {olderReading.LoaderRevision} read these bytes as {olderReading.Slug} " +
                    $"{olderReading.FiscalYear}, this loader (revision {LoaderRevision.Current}) reads them as {unit.Slug} {disclosure.FiscalYear}. " +
                    "Nothing was changed; the older reading stays.");
            }

            var document = new E.SourceDocument
            {
                FileName = fileName,
                Sha256 = disclosure.Source.Sha256,
                EncodingName = disclosure.Source.EncodingName,
                LineCount = disclosure.Source.LineCount,
                ImportedAt = _clock.GetUtcNow(),
                SourcePath = sourcePath,
                LoaderRevision = LoaderRevision.Current,
            };
            var budget = new BudgetMapper(disclosure, unit, document).Map(parsed.Totals, parsed.Findings);
            document.ReadingSha256 = writer.ReadingDigestOf(budget);
            var ownFindings = budget.Findings.Count; // this document's own findings; cross-year ones are reported by the run

            if (olderReading?.ReadingSha256 is { } readBefore && readBefore == document.ReadingSha256 && !moved)
            {
                // This loader reads these bytes row for row as the older one did: the stored budget is this reading, so
                // only the revision is recorded (no row leaves an index or a total). The cross-year findings are checked
                // again: their rules are the loader's too.
                await db.SourceDocuments.Where(d => d.Id == olderReading.SourceDocumentId)
                    .ExecuteUpdateAsync(d => d.SetProperty(x => x.LoaderRevision, LoaderRevision.Current), cancellationToken);
                await Comparisons.CrossYearReconciliation.RecordForImportedBudgetAsync(db, unit.Id, disclosure.FiscalYear, cancellationToken);
                if (batch is null) await transaction.CommitAsync(cancellationToken);
                else await batch.ReleaseSavepointAsync(DocumentSavepoint, cancellationToken);
                db.ChangeTracker.Clear();
                return Stored(ImportStatus.ReadAgainSame, olderReading.Id);
            }

            // A unit new to the database has no budget to replace.
            var stored = newUnit ? null : await StoredBudgetAsync(unit.Id, disclosure.FiscalYear, cancellationToken);
            var replaced = !newUnit && await DeletePreviousVersionAsync(unit.Id, disclosure.FiscalYear, cancellationToken);
            // The unit's other budgets, their cards and indicators carry its district too (in a bulk load without their
            // indexes: a scan of each table, for a move, which real disclosures hardly ever make).
            if (moved) await CarriedDistricts.MoveUnitAsync(db, unit.Id, unit.DistrictName, countsKept: _bulkLoad is null, cancellationToken);
            await new SubjectCatalogue(db, _glossary, _known?.Subjects).AddMissingAsync(disclosure, writer, cancellationToken);

            if (stored is not null && !AllowShrink && BudgetSize.Of(budget) is var size && size.IsSmallerThan(stored.Value.Size))
            {
                await UndoAsync(batch, transaction);
                db.ChangeTracker.Clear();
                return DocumentImportResult.Failure(fileName, 0,
                    $"refused to replace {unit.ShortName} ({unit.Slug}) {disclosure.FiscalYear}: the stored budget from {stored.Value.FileName}" +
                    (olderReading is null ? "" : $" (these same bytes as loader revision {olderReading.LoaderRevision} read them)") + " has " +
                    $"{stored.Value.Size}, this document only {size}. Nothing was changed; pass --allow-shrink to replace it anyway.");
            }
            await writer.InsertAsync(budget, cancellationToken);
            // The budget's name grams, level totals, its district's, year's, unit's and subjects' totals, total values, row and value counts, in its transaction. A bulk load into an
            // empty database (indexes dropped: each INSERT … SELECT would scan every line) writes them once at its end:
            // the totals summed from the lines, the grams kept in memory since (_grams, added once the document is stored).
            if (_bulkLoad is null)
            {
                await NameGramWriter.AddBudgetAsync(db, writer, budget, cancellationToken);
                await ExpenditureLevelTotals.WriteAsync(db, budget.Id, cancellationToken);
                // A new budget adds its own figures to its district's and year's totals; figures that leave them (the
                // replaced budget's, a moved unit's other budgets) need them summed again.
                // In a batch that sum waits for the batch's end (RecomputeLeftTotalsAsync, same transaction).
                if (!(replaced || moved)) await ExpenditureDistrictTotals.AddBudgetAsync(db, budget.Id, unit.DistrictName, cancellationToken);
                else if (batch is not null) _districtsToRecompute.Add(unit.DistrictName);
                else await ExpenditureDistrictTotals.RecomputeAsync(db, unit.DistrictName, cancellationToken);
                if (!replaced) await ExpenditureYearTotals.AddBudgetAsync(db, budget.Id, cancellationToken);
                else if (batch is not null) _yearsToRecompute.Add(budget.FiscalYear);
                else await ExpenditureYearTotals.RecomputeAsync(db, budget.FiscalYear, cancellationToken);
                await ExpenditureUnitTotals.RecomputeAsync(db, unit.Id, cancellationToken);
                await ExpenditureSubjectTotals.AddBudgetAsync(db, budget.Id, cancellationToken);
                await ExpenditureTotalValues.AddBudgetAsync(db, budget.Id, cancellationToken);
                await RowCounts.AddBudgetAsync(db, budget.Id, cancellationToken);
                await BudgetRowCounts.SetAsync(db, budget.Id, cancellationToken);
                await ValueCounts.AddBudgetAsync(db, budget.Id, cancellationToken);
                await AmountBands.AddBudgetAsync(db, budget.Id, cancellationToken);
                await FacetCounts.AddBudgetAsync(db, budget.Id, cancellationToken);
            }
            // Cross-year findings of this budget and of the unit's next year commit with the document (never lost to a
            // crash). A bulk load checks the whole dataset once at its end instead (an interrupted one: the next run).
            if (_bulkLoad is null)
                await Comparisons.CrossYearReconciliation.RecordForImportedBudgetAsync(db, unit.Id, budget.FiscalYear, cancellationToken);
            else _bulkLoad.Add(document.Sha256);
            if (batch is null) await transaction.CommitAsync(cancellationToken);
            else await batch.ReleaseSavepointAsync(DocumentSavepoint, cancellationToken);
            _grams?.Add(budget); // stored: its grams are written if its batch commits
            db.ChangeTracker.Clear();

            return Stored(olderReading is not null ? ImportStatus.ReadAgain : replaced ? ImportStatus.Replaced : ImportStatus.Imported, budget.Id);

            DocumentImportResult Stored(ImportStatus status, int budgetId) => new()
            {
                FileName = fileName,
                Status = status,
                Sha256 = document.Sha256,
                UnitSlug = unit.Slug,
                UnitName = unit.ShortName,
                FiscalYear = budget.FiscalYear,
                BudgetId = budgetId,
                Tables = budget.Tables.Count,
                FunctionalRows = budget.ExpenditureLines.Count,
                EconomicRows = budget.EconomicLines.Count,
                IncomeRows = budget.IncomeLines.Count,
                SummaryLines = budget.SummaryLines.Count,
                ProjectCards = budget.Projects.Count,
                Indicators = budget.OverallIndicators.Count(i => i.Project is null) + budget.Projects.Sum(p => p.Indicators.Count),
                NarrativeStatements = budget.NarrativeStatements.Count,
                Findings = ownFindings,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of this document stays: roll back, forget what the context tracked, report why.
            await UndoAsync(batch, transaction);
            db.ChangeTracker.Clear();
            return DocumentImportResult.Failure(fileName, 0, $"cannot be stored: {e.GetBaseException().Message}");
        }
    }

    /// <summary>
    /// Sums again, in the batch's transaction, the districts and years replaced budgets left in it. A district marked
    /// here may have had other budgets added to its stale rows since (an upsert): the sum replaces those rows whole.
    /// A document undone after marking leaves its mark: summing a district again is always right.
    /// </summary>
    private async Task RecomputeLeftTotalsAsync(CancellationToken cancellationToken)
    {
        foreach (var district in _districtsToRecompute) await ExpenditureDistrictTotals.RecomputeAsync(db, district, cancellationToken);
        foreach (var year in _yearsToRecompute) await ExpenditureYearTotals.RecomputeAsync(db, year, cancellationToken);
        _districtsToRecompute.Clear();
        _yearsToRecompute.Clear();
    }

    private const string DocumentSavepoint = "document";
    private const int BatchDocuments = 200;
    /// <summary>
    /// Documents parsed ahead of the writer per worker: enough to keep the workers busy through a batch commit, few enough
    /// that parsed documents rarely live long enough to be promoted by the GC.
    /// </summary>
    private const int LookaheadPerWorker = 4;
    private static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(2);

    /// <param name="SourcePath">The file's full path (provenance, and the seeds-fill-absent rule); null for bytes from elsewhere.</param>
    private sealed record ParsedDocument(Disclosure Disclosure, BudgetTotals Totals, IReadOnlyList<Finding> Findings, string? SourcePath);

    /// <summary>Undoes the document: its savepoint inside a batch, else its transaction (and forgets the run's maps).</summary>
    private async Task UndoAsync(IDbContextTransaction? batch, IDbContextTransaction transaction)
    {
        _known = null;
        if (batch is null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return;
        }
        await batch.RollbackToSavepointAsync(DocumentSavepoint, CancellationToken.None);
        await batch.ReleaseSavepointAsync(DocumentSavepoint, CancellationToken.None);
    }

    /// <summary>What the unit's stored budget for the year holds and which file it came from; null when there is none.</summary>
    private async Task<(BudgetSize Size, string FileName)?> StoredBudgetAsync(int unitId, int fiscalYear, CancellationToken cancellationToken)
    {
        var previous = await db.Budgets.Where(b => b.UnitId == unitId && b.FiscalYear == fiscalYear)
            .Select(b => new { b.Id, b.SourceDocument.FileName }).FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return null;
        return (await BudgetSize.OfStoredAsync(db, previous.Id, cancellationToken), previous.FileName);
    }

    /// <summary>
    /// Deletes the unit's budget for the year and everything under it, children first, so that the same statements
    /// work on SQLite and SQL Server whatever cascades each one allows. Returns whether there was one.
    /// </summary>
    private async Task<bool> DeletePreviousVersionAsync(int unitId, int fiscalYear, CancellationToken cancellationToken)
    {
        var previous = await db.Budgets.Where(b => b.UnitId == unitId && b.FiscalYear == fiscalYear)
            .Select(b => new { b.Id, b.SourceDocumentId }).FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return false;

        var id = previous.Id;
        await NameGramWriter.DeleteBudgetAsync(db, id, cancellationToken);
        // It and its projects and indicators leave the row, value, band and combination counts (counted before they go); a bulk load counts at its end.
        if (_bulkLoad is null)
        {
            await RowCounts.RemoveBudgetAsync(db, id, cancellationToken);
            await ValueCounts.RemoveBudgetAsync(db, id, cancellationToken);
            await AmountBands.RemoveBudgetAsync(db, id, cancellationToken);
            await FacetCounts.RemoveBudgetAsync(db, id, cancellationToken);
        }
        await db.Indicators.Where(i => i.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProjectFundingSplits.Where(s => s.Project.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Projects.Where(p => p.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        // Its lines leave their subjects' totals and values first (read to know the codes); a bulk load sums them at its end.
        if (_bulkLoad is null) await ExpenditureSubjectTotals.RemoveBudgetAsync(db, id, cancellationToken);
        if (_bulkLoad is null) await ExpenditureTotalValues.RemoveBudgetAsync(db, id, cancellationToken);
        await db.ExpenditureLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ExpenditureLevelTotals.Where(t => t.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.EconomicLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.IncomeLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SummaryLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProcurementLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ThreePublicCosts.Where(t => t.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.NarrativeStatements.Where(n => n.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.DataQualityFindings.Where(f => f.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.TableTotals.Where(t => t.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.DisclosedTables.Where(t => t.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Budgets.Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
        await db.SourceDocuments.Where(d => d.Id == previous.SourceDocumentId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
