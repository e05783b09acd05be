namespace BudgetGraph.Parsing.Tests;

/// <summary>The disclosures of another template family in tests/fixtures/other (see its README for their source);
/// their paths: <see cref="RepositoryPaths.OtherFixture"/>.</summary>
internal static class OtherFixtures
{
    public const string Wanli = "shanghai-putuo-wanli-2024.txt";
    public const string Chengguanju = "shanghai-putuo-chengguanju-2026.txt";
}
