namespace BudgetGraph.Api.Http;

/// <summary>
/// Start-up import of the seed disclosures, bound from the "Seeds" section (environment: <c>Seeds__Folder</c>,
/// <c>Seeds__ImportAtStartup</c>).
/// </summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seeds";

    /// <summary>
    /// The folder of <c>*.txt</c> disclosures. When unset, the first <c>seeds/</c> folder found in the content root
    /// or above it (the repository's, for <c>dotnet run</c>), or next to the application (the Docker image), is used.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Import new or changed seeds before serving (already imported files are recognised by SHA-256 and skipped).</summary>
    public bool ImportAtStartup { get; set; } = true;
}
