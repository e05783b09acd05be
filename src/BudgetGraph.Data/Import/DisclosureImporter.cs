using System.Security.Cryptography;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Imports disclosures into the database, each document in ONE transaction:
/// <list type="bullet">
/// <item>a document whose SHA-256 is already stored changes nothing (<see cref="ImportStatus.Unchanged"/>);</item>
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

    /// <summary>
    /// Replace a budget by a document that holds fewer tables, rows or project cards (<see cref="BudgetSize"/>).
    /// Off by default: such a replacement is refused with the reason (a cut file must not replace a complete budget).
    /// </summary>
    public bool AllowShrink { get; init; }

    /// <summary>Reads, parses and imports one file.</summary>
    public async Task<DocumentImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (IOException e)
        {
            return DocumentImportResult.Failure(Path.GetFileName(path), 0, $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return DocumentImportResult.Failure(Path.GetFileName(path), 0, $"cannot read the file: {e.Message}");
        }
        return await ImportAsync(Path.GetFileName(path), content, Path.GetFullPath(path), cancellationToken);
    }

    /// <summary>Parses and imports one file's bytes; an already-imported SHA-256 is recognised before parsing.</summary>
    public Task<DocumentImportResult> ImportAsync(string fileName, byte[] content, CancellationToken cancellationToken = default) =>
        ImportAsync(fileName, content, null, cancellationToken);

    /// <summary>As <see cref="ImportAsync(string,byte[],CancellationToken)"/>, recording the file's full path.</summary>
    public async Task<DocumentImportResult> ImportAsync(string fileName, byte[] content, string? sourcePath, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await db.SourceDocuments.AnyAsync(d => d.Sha256 == sha256, cancellationToken))
            return new DocumentImportResult { FileName = fileName, Status = ImportStatus.Unchanged, Sha256 = sha256 };

        Disclosure disclosure;
        try
        {
            disclosure = reader(fileName, content);
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
        return await ImportAsync(disclosure, sourcePath, cancellationToken);
    }

    /// <summary>Imports an already parsed disclosure (its <see cref="Disclosure.Source"/> gives file name and SHA-256).</summary>
    public Task<DocumentImportResult> ImportAsync(Disclosure disclosure, CancellationToken cancellationToken = default) =>
        ImportAsync(disclosure, null, cancellationToken);

    private async Task<DocumentImportResult> ImportAsync(Disclosure disclosure, string? sourcePath, CancellationToken cancellationToken)
    {
        var fileName = disclosure.Source.FileName;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (await db.SourceDocuments.AnyAsync(d => d.Sha256 == disclosure.Source.Sha256, cancellationToken))
                return new DocumentImportResult { FileName = fileName, Status = ImportStatus.Unchanged, Sha256 = disclosure.Source.Sha256 };

            // The unit needs its id first: projects and indicators carry it denormalised.
            var unit = await new UnitRegistry(db, _units).FindOrAddAsync(disclosure.Unit, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            if (policy == ImportPolicy.SeedsFillAbsent)
            {
                var previousSource = await db.Budgets.Where(b => b.UnitId == unit.Id && b.FiscalYear == disclosure.FiscalYear)
                    .Select(b => new { b.SourceDocument.SourcePath, b.SourceDocument.FileName }).FirstOrDefaultAsync(cancellationToken);
                if (previousSource is not null && (sourcePath is null || previousSource.SourcePath != sourcePath))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return new DocumentImportResult
                    {
                        FileName = fileName, Status = ImportStatus.Kept, Sha256 = disclosure.Source.Sha256,
                        UnitSlug = unit.Slug, UnitName = unit.ShortName, FiscalYear = disclosure.FiscalYear,
                        ErrorReason = previousSource.SourcePath ?? previousSource.FileName,
                    };
                }
            }

            var stored = await StoredBudgetAsync(unit.Id, disclosure.FiscalYear, cancellationToken);
            var replaced = await DeletePreviousVersionAsync(unit.Id, disclosure.FiscalYear, cancellationToken);
            await new SubjectCatalogue(db, _glossary).AddMissingAsync(disclosure, cancellationToken);

            var document = new E.SourceDocument
            {
                FileName = fileName,
                Sha256 = disclosure.Source.Sha256,
                EncodingName = disclosure.Source.EncodingName,
                LineCount = disclosure.Source.LineCount,
                ImportedAt = _clock.GetUtcNow(),
                SourcePath = sourcePath,
            };
            var totals = BudgetTotals.From(disclosure);
            var budget = new BudgetMapper(disclosure, unit, document).Map(totals, _reconciler.Reconcile(disclosure, totals));
            if (stored is not null && !AllowShrink && BudgetSize.Of(budget) is var size && size.IsSmallerThan(stored.Value.Size))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return DocumentImportResult.Failure(fileName, 0,
                    $"refused to replace {unit.ShortName} ({unit.Slug}) {disclosure.FiscalYear}: the stored budget from {stored.Value.FileName} has " +
                    $"{stored.Value.Size}, this document only {size}. Nothing was changed; pass --allow-shrink to replace it anyway.");
            }
            db.Budgets.Add(budget);
            await db.SaveChangesAsync(cancellationToken);
            var findings = budget.Findings.Count; // this document's own findings; cross-year ones are reported by the run
            // Cross-year findings of this budget and of the unit's next year commit with the document (never lost to a crash).
            await Comparisons.CrossYearReconciliation.RecordForImportedBudgetAsync(db, unit.Id, budget.FiscalYear, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return new DocumentImportResult
            {
                FileName = fileName,
                Status = replaced ? ImportStatus.Replaced : ImportStatus.Imported,
                Sha256 = document.Sha256,
                UnitSlug = unit.Slug,
                UnitName = unit.ShortName,
                FiscalYear = budget.FiscalYear,
                BudgetId = budget.Id,
                Tables = budget.Tables.Count,
                FunctionalRows = budget.ExpenditureLines.Count,
                EconomicRows = budget.EconomicLines.Count,
                IncomeRows = budget.IncomeLines.Count,
                SummaryLines = budget.SummaryLines.Count,
                ProjectCards = budget.Projects.Count,
                // Budget.OverallIndicators is the inverse of Indicator.Budget, so EF fixes project indicators into it too.
                Indicators = budget.OverallIndicators.Count(i => i.Project is null) + budget.Projects.Sum(p => p.Indicators.Count),
                NarrativeStatements = budget.NarrativeStatements.Count,
                Findings = findings,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing of this document stays: roll back, forget what the context tracked, report why.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return DocumentImportResult.Failure(fileName, 0, $"cannot be stored: {e.GetBaseException().Message}");
        }
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
        await db.Indicators.Where(i => i.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProjectFundingSplits.Where(s => s.Project.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Projects.Where(p => p.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ExpenditureLines.Where(l => l.BudgetId == id).ExecuteDeleteAsync(cancellationToken);
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
