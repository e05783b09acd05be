namespace BudgetGraph.Data.Entities;

/// <summary>
/// The one row (<see cref="SingleId"/>) that counts the changes made to stored figures outside an import — an
/// operator's <c>audit --repair</c> (<see cref="Import.KeptFiguresAudit"/>) — so that a running service, whose cached
/// answers follow a stamp of the imported documents, also drops those it cached before such a change.
/// </summary>
public class DataRevision
{
    /// <summary>The id of the one row, written by the first change (no row: no change yet, number 0).</summary>
    public const int SingleId = 1;

    public int Id { get; set; }

    /// <summary>Raised by one at each change; 0 until the first.</summary>
    public long Number { get; set; }
}
