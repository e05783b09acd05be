namespace BudgetGraph.Data.Import;

public enum ImportStatus
{
    /// <summary>First version of this unit's budget for the year.</summary>
    Imported,
    /// <summary>A changed document (new SHA-256) replaced the previous version of the unit's budget for the year.</summary>
    Replaced,
    /// <summary>The same bytes (same SHA-256) were already imported by this loader: nothing changed.</summary>
    Unchanged,
    /// <summary>
    /// The same bytes were imported by an older loader (<see cref="LoaderRevision"/>): read again, and the budget replaced
    /// by this loader's reading — it reads them otherwise, or the older reading's digest was not recorded.
    /// </summary>
    ReadAgain,
    /// <summary>
    /// The same bytes were imported by an older loader, and this loader reads them the same — every row of the budget
    /// (<see cref="Bulk.ReadingDigest"/>): only the document's revision was recorded; the budget, its ids and totals stay.
    /// </summary>
    ReadAgainSame,
    /// <summary>The document could not be read or stored; the database kept its previous state.</summary>
    Failed,
    /// <summary>
    /// A seed was not imported: the unit's budget for the year came from another document, and seeds only fill what
    /// is absent (<see cref="ImportPolicy.SeedsFillAbsent"/>).
    /// </summary>
    Kept,
}
