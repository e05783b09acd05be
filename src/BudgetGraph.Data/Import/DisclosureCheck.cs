using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// What importing a file would do, without doing it (<c>check FILE…</c>, <c>import --dry-run FILE…</c>): the unit
/// and slug, the year, the tables found, missing, cut or printed twice with the unit printed for each, the
/// row/card counts, the findings and the parser notes, and whether it would be a new budget, replace the stored one
/// (or be refused for holding less), or change nothing. Only reads the database.
/// </summary>
public sealed class DisclosureCheck(
    BudgetDbContext db,
    DisclosureReader reader,
    UnitCatalogue? units = null,
    Reconciler? reconciler = null)
{
    private readonly UnitCatalogue _units = units ?? UnitCatalogue.Shipped;
    private readonly Reconciler _reconciler = reconciler ?? Reconciler.Default;

    /// <summary>As for the import: with it, a smaller replacement is reported as allowed rather than refused.</summary>
    public bool AllowShrink { get; init; }

    /// <summary>The report of one file; <c>Succeeded</c> is false when importing it would fail or be refused.</summary>
    public async Task<(bool Succeeded, string Report)> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, $"{fileName}:0: cannot read the file: {e.Message}");
        }
        return await CheckAsync(fileName, content, cancellationToken);
    }

    public async Task<(bool Succeeded, string Report)> CheckAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        Disclosure disclosure;
        try
        {
            disclosure = reader(fileName, content);
        }
        catch (DisclosureParseException e)
        {
            return (false, $"{fileName}:{e.Line}: {e.Reason}\n  would be refused; nothing was written.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (false, $"{fileName}:0: the parser failed unexpectedly: {e.GetType().Name}: {e.Message}");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var (slug, unitExists) = await new UnitRegistry(db, _units).ResolveAsync(disclosure.Unit, cancellationToken);
        var stored = await db.Budgets.AsNoTracking()
            .Where(b => b.Unit.Slug == slug && b.FiscalYear == disclosure.FiscalYear)
            .Select(b => new { b.Id, b.UnitId, b.SourceDocument.FileName, b.SourceDocument.Sha256, b.SourceDocument.ReadingSha256 })
            .FirstOrDefaultAsync(cancellationToken);

        var totals = BudgetTotals.From(disclosure);
        var findings = _reconciler.Reconcile(disclosure, totals);
        // The stored unit's key, as the import maps onto it: the key is in the rows (and the reading's digest below).
        var unit = new E.Unit { Id = stored?.UnitId ?? 0, Slug = slug, ShortName = disclosure.Unit.ShortName, OfficialName = disclosure.Unit.OfficialName };
        var document = new E.SourceDocument
        {
            FileName = fileName, Sha256 = sha256, EncodingName = disclosure.Source.EncodingName, LineCount = disclosure.Source.LineCount,
        };
        E.Budget budget;
        try
        {
            budget = new BudgetMapper(disclosure, unit, document).Map(totals, findings);
        }
        catch (OverflowException e)
        {
            // An amount the parser let through but that cannot be stored exactly (FixedPoint): refused as the import
            // refuses it, not a stack trace. The parser refuses the amounts of tables with their line already.
            return (false, $"{fileName}:0: cannot be stored: {e.Message}\n  would be refused; nothing was written.");
        }
        var size = BudgetSize.Of(budget);

        var succeeded = true;
        string outcome;
        var storedRevision = await db.SourceDocuments.Where(d => d.Sha256 == sha256).Select(d => (int?)d.LoaderRevision)
            .MaxAsync(cancellationToken);
        if (storedRevision is { } revision && LoaderRevision.WhyReadAgain(revision) is null)
            outcome = $"unchanged: these bytes are already imported (SHA-256 {sha256[..12]}…)";
        else if (storedRevision is { } older && (stored is null || stored.Sha256 != sha256))
        {
            succeeded = false;
            outcome = $"would be REFUSED: loader revision {older} read these bytes as another unit or year; this loader (revision " +
                      $"{LoaderRevision.Current}) reads them as {slug} {disclosure.FiscalYear}";
        }
        else if (stored is null)
            outcome = $"would import a new budget{(unitExists ? "" : " and a new unit")}";
        else
        {
            var storedSize = await BudgetSize.OfStoredAsync(db, stored.Id, cancellationToken);
            if (size.IsSmallerThan(storedSize) && !AllowShrink)
            {
                succeeded = false;
                outcome = $"would be REFUSED: the stored budget from {stored.FileName} has {storedSize}, this document only {size} (--allow-shrink to replace it anyway)";
            }
            else if (storedRevision is { } olderRevision)
            {
                using var writer = new BulkGraphWriter(db);
                outcome = $"would be {LoaderRevision.WhyReadAgain(olderRevision)}, " + (stored.ReadingSha256 == writer.ReadingDigestOf(budget)
                    ? "and read the same (every row of its budget): only its revision would be recorded"
                    : $"replacing its budget ({storedSize})");
            }
            else outcome = $"would replace the stored budget from {stored.FileName} ({storedSize})";
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{fileName}: {disclosure.Unit.ShortName} ({slug}) {disclosure.FiscalYear}: {outcome}");
        var info = disclosure.Unit;
        report.AppendLine(CultureInfo.InvariantCulture, $"  unit: {info.OfficialName}; district {info.District ?? "not stated"}; code {info.UnitCode ?? "not stated"} (line {info.Line})");
        report.AppendLine(CultureInfo.InvariantCulture, $"  year: {disclosure.FiscalYear} (line {disclosure.FiscalYearLine}); {disclosure.Source.EncodingName}, {disclosure.Source.LineCount} lines");

        var inventory = disclosure.Inventory;
        report.AppendLine(CultureInfo.InvariantCulture, $"  tables found ({inventory.Found.Count}):");
        foreach (var table in inventory.Found)
        {
            var number = table.Number is null ? "" : table.Number + (table.NumberIsInferred ? " (counted)" : "");
            var notes = new List<string> { $"lines {table.StartLine}–{table.EndLine}", $"{table.RowCount} rows" };
            notes.Add(table.PrintedUnit is { } printedUnit ? $"unit {printedUnit}" : "unit not printed");
            if (!table.HasPrintedTitle) notes.Add("no title or header (fragment)");
            if (table.IsPartial) notes.Add("PARTIAL");
            report.AppendLine(CultureInfo.InvariantCulture, $"    {number,-14} {table.Title} — {string.Join(", ", notes)}");
        }
        var missing = inventory.Missing;
        report.AppendLine(CultureInfo.InvariantCulture, $"  tables announced but missing ({missing.Count}){(missing.Count == 0 ? "" : ":")}");
        foreach (var table in missing)
            report.AppendLine(CultureInfo.InvariantCulture, $"    {table.Label} ({table.Source}, line {table.Line})");
        report.AppendLine(CultureInfo.InvariantCulture, $"  tables printed twice, read once ({inventory.Duplicates.Count}){(inventory.Duplicates.Count == 0 ? "" : ":")}");
        foreach (var copy in inventory.Duplicates)
            report.AppendLine(CultureInfo.InvariantCulture, $"    {copy.Number} {copy.Title} — copy at lines {copy.StartLine}–{copy.EndLine}");

        report.AppendLine(CultureInfo.InvariantCulture,
            $"  size: {size}: {budget.ExpenditureLines.Count} functional rows, {budget.EconomicLines.Count} economic rows, " +
            $"{budget.IncomeLines.Count} income rows, {budget.SummaryLines.Count} summary lines, {budget.ProcurementLines.Count} procurement lines, " +
            $"{budget.OverallIndicators.Count + budget.Projects.Sum(p => p.Indicators.Count)} indicators, {budget.NarrativeStatements.Count} narrative figures");
        report.AppendLine(CultureInfo.InvariantCulture, $"  findings ({findings.Count}){(findings.Count == 0 ? "" : ":")}");
        foreach (var finding in findings)
            report.AppendLine(CultureInfo.InvariantCulture, $"    {finding.Rule} line {finding.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {finding.Message}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  parser notes ({disclosure.Notes.Count}){(disclosure.Notes.Count == 0 ? "" : ":")}");
        foreach (var note in disclosure.Notes)
            report.AppendLine(CultureInfo.InvariantCulture, $"    line {note.Line}: {note.Message}");
        report.Append("  nothing was written.");
        return (succeeded, report.ToString());
    }
}
