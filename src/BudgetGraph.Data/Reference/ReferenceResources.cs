namespace BudgetGraph.Data.Reference;

/// <summary>Opens the reference files embedded in this assembly (see the csproj: Reference/*.json).</summary>
internal static class ReferenceResources
{
    public static Stream Open(string fileName)
    {
        var assembly = typeof(ReferenceResources).Assembly;
        var name = $"BudgetGraph.Data.Reference.{fileName}";
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference file {name} is missing from {assembly.GetName().Name}.");
    }
}
