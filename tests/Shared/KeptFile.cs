using Xunit;

namespace BudgetGraph.Testing;

/// <summary>
/// A file kept in the repository that must be what the code generates now (schema.graphql, the SQL scripts under
/// src/BudgetGraph.Data/Sql): a missing or stale file fails with the command that refreshes it, and the text generated
/// now is written to a temporary file to compare with. Line endings and surrounding blank lines are not compared.
/// </summary>
public static class KeptFile
{
    /// <param name="path">The kept file.</param>
    /// <param name="generated">What the code generates now.</param>
    /// <param name="whatChanged">Why it would differ, for the message (e.g. "the migrations changed").</param>
    /// <param name="refreshCommand">The command that writes the file again.</param>
    public static void AssertCurrent(string path, string generated, string whatChanged, string refreshCommand)
    {
        Assert.True(File.Exists(path), $"{path} is missing. Generate it with: {refreshCommand}");
        var now = generated.ReplaceLineEndings("\n").Trim();
        if (File.ReadAllText(path).ReplaceLineEndings("\n").Trim() == now) return;

        var written = Path.Combine(Path.GetTempPath(), "budgetgraph-" + Path.GetFileName(path));
        File.WriteAllText(written, now);
        Assert.Fail($"{path} is stale: {whatChanged} (the text generated now is in {written}). Refresh it with: {refreshCommand}");
    }
}
