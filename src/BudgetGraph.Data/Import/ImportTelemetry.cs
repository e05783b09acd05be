using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BudgetGraph.Data.Import;

/// <summary>
/// The importer's own traces and metrics (System.Diagnostics; the host decides whether and where they are exported):
/// one activity per document, the counter <c>budgetgraph.import.documents</c> by outcome (imported, replaced, unchanged,
/// failed) and the histogram <c>budgetgraph.import.duration</c> in seconds. Prometheus shows them as
/// <c>budgetgraph_import_documents_total</c> and <c>budgetgraph_import_duration_seconds</c>.
/// </summary>
public static class ImportTelemetry
{
    /// <summary>The name of both the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "BudgetGraph.Import";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Documents = Meter.CreateCounter<long>(
        "budgetgraph.import.documents", "{document}", "Documents the importer handled, by outcome.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "budgetgraph.import.duration", "s", "Time to read, parse and store one document, by outcome.");

    /// <summary>
    /// Records a document handled by the batched import (<see cref="DisclosureImporter.ImportFilesAsync"/>): its outcome
    /// and the time to store it (parsing runs ahead on other threads, storing shares a transaction, so there is no
    /// one span per document).
    /// </summary>
    internal static void Record(DocumentImportResult result, TimeSpan storing)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", result.Status.ToString().ToLowerInvariant());
        Documents.Add(1, outcome);
        Duration.Record(storing.TotalSeconds, outcome);
    }

    /// <summary>Runs one document's import inside an activity and records its outcome and duration.</summary>
    internal static async Task<DocumentImportResult> MeasureAsync(string fileName, Func<Task<DocumentImportResult>> import)
    {
        using var activity = ActivitySource.StartActivity("import document");
        activity?.SetTag("budgetgraph.document.file", fileName);
        var started = Stopwatch.GetTimestamp();
        var result = await import();
        var outcome = new KeyValuePair<string, object?>("outcome", result.Status.ToString().ToLowerInvariant());
        Documents.Add(1, outcome);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, outcome);
        if (activity is not null)
        {
            activity.SetTag("budgetgraph.import.outcome", outcome.Value);
            if (result.UnitSlug is not null) activity.SetTag("budgetgraph.unit", result.UnitSlug);
            if (result.FiscalYear is not null) activity.SetTag("budgetgraph.fiscal_year", result.FiscalYear);
            if (!result.Succeeded) activity.SetStatus(ActivityStatusCode.Error, result.ToString());
        }
        return result;
    }
}
