namespace BudgetGraph.Data.Import;

/// <summary>
/// Which import wins when a unit's budget for a year already exists, imported from another document.
/// Each budget records its source path, SHA-256 and import time (<see cref="Entities.SourceDocument"/>).
/// </summary>
public enum ImportPolicy
{
    /// <summary>
    /// The newest import wins: a changed document replaces the unit's budget for the year, wherever the previous one
    /// came from. The <c>import</c> command works so — importing is an operator's explicit act.
    /// </summary>
    NewestWins,

    /// <summary>
    /// Seeds only fill what is absent: a seed imports a budget that does not exist yet, or replaces one that was
    /// imported from this same seed file (the seed was updated); a budget imported from elsewhere — a corrected
    /// disclosure loaded with the <c>import</c> command — is kept (<see cref="ImportStatus.Kept"/>). The start-up
    /// seed import works so, so a restart never undoes an import.
    /// </summary>
    SeedsFillAbsent,
}
