using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A budget's loader revision (its document's, read through the reference) beside the year is weighed on the documents'
/// own index, up to half the year's budgets, no budget joined: an older revision (none after a load) is read from that
/// index and the year tested on its few budgets, where SQLite read the year's every budget and its document (issue 8: at
/// 50,005 disclosures 2024's 30,003 budgets, 30–43 ms). On the seeds as imported, all by the current revision.
/// </summary>
public sealed class LoaderRevisionBesideTermsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task An_older_revision_beside_the_year_is_read_from_the_documents_index()
    {
        fixture.Sql.Clear();
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: { lt: {{LoaderRevision.Current}} } }, first: 5) { totalCount nodes { id } } }
            """)).GetProperty("budgets");
        Assert.Equal(0, budgets.GetProperty("totalCount").GetInt32());
        var commands = fixture.Sql.Commands;
        // The documents counted alone, capped (LIMIT), no budget joined …
        var capped = Assert.Single(commands, c => c.Contains("FROM \"SourceDocuments\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        Assert.DoesNotContain("Budgets", capped);
        // … then the budgets read with the year past its index.
        var reads = commands.Where(c => c.Contains("FROM \"Budgets\" AS \"b\"", StringComparison.Ordinal) && c.Contains("LoaderRevision", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, c => Assert.Contains("ifnull(\"b\".\"FiscalYear\", NULL) = ", c));
    }

    [Fact]
    public async Task The_current_revision_beside_the_year_keeps_every_budget_of_that_year()
    {
        // 2024: nanping-2024.txt, ciqikou-2024.txt, shandong-2024.txt (chaoyang's is 2023, jiangbeicheng's 2025).
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: { eq: {{LoaderRevision.Current}} } }, first: 5) { totalCount nodes { unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(3, budgets.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ciqikou", "nanping", "shandong"], budgets.GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("unit").GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
    }
}
