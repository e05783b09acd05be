namespace BudgetGraph.Data.Import;

/// <summary>What importing one document did: its status, what it stored, or why it failed (file:line: reason).</summary>
public sealed record DocumentImportResult
{
    public required string FileName { get; init; }
    public required ImportStatus Status { get; init; }
    public string? Sha256 { get; init; }
    public string? UnitSlug { get; init; }
    public string? UnitName { get; init; }
    public int? FiscalYear { get; init; }
    public int? BudgetId { get; init; }
    public int Tables { get; init; }
    public int FunctionalRows { get; init; }
    public int EconomicRows { get; init; }
    public int IncomeRows { get; init; }
    public int SummaryLines { get; init; }
    public int ProjectCards { get; init; }
    public int Indicators { get; init; }
    public int NarrativeStatements { get; init; }
    public int Findings { get; init; }
    /// <summary>1-based line of a parse failure; 0 when it concerns the whole file.</summary>
    public int? ErrorLine { get; init; }
    public string? ErrorReason { get; init; }

    public bool Succeeded => Status != ImportStatus.Failed;

    public static DocumentImportResult Failure(string fileName, int line, string reason) =>
        new() { FileName = fileName, Status = ImportStatus.Failed, ErrorLine = line, ErrorReason = reason };

    /// <summary>One line for a console: "nanping-2024.txt: imported 南坪街道 2024: 62 functional rows, …" or "file:line: reason".</summary>
    public override string ToString() => Status switch
    {
        ImportStatus.Failed => $"{FileName}:{ErrorLine}: {ErrorReason}",
        ImportStatus.Unchanged => $"{FileName}: unchanged (already imported, SHA-256 {Sha256?[..12]}…)",
        ImportStatus.Kept => $"{FileName}: kept {UnitName} ({UnitSlug}) {FiscalYear} as imported from {ErrorReason} (seeds only fill what is absent)",
        _ => $"{FileName}: {Status switch
            {
                ImportStatus.ReadAgain => "read again (budget replaced)",
                ImportStatus.ReadAgainSame => "read again (the same reading: revision recorded)",
                _ => Status.ToString().ToLowerInvariant(),
            }} {UnitName} ({UnitSlug}) {FiscalYear}: " +
             $"{Tables} tables, {FunctionalRows} functional rows, {EconomicRows} economic rows, {IncomeRows} income rows, " +
             $"{SummaryLines} summary lines, {ProjectCards} project cards, {Indicators} indicators, " +
             $"{NarrativeStatements} narrative figures, {Findings} findings",
    };
}
