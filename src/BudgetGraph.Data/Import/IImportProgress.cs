namespace BudgetGraph.Data.Import;

/// <summary>A live progress display of an import run (e.g. a terminal's progress bar with count, rate and ETA).</summary>
public interface IImportProgress
{
    /// <summary>The run starts with <paramref name="total"/> documents.</summary>
    void Start(int total);

    /// <summary><paramref name="done"/> documents are finished; <paramref name="latest"/> is the last one's result.</summary>
    void Report(int done, DocumentImportResult latest);

    /// <summary>The run is over; the display gives the terminal back.</summary>
    void Stop();
}
