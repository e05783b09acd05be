using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A budget's loader revision (its document's, read through the reference) beside the year is weighed on the documents'
/// own index, up to half the year's budgets, no budget joined: an older revision (none after a load) is read from that
/// index and the year tested on its few budgets, where SQLite read the year's every budget and its document (issue 8: at
/// 50,005 disclosures 2024's 30,003 budgets, 30–43 ms). A revision every document passes (the current one, after a load)
/// is no term at all: dropped after one seek at each end of the documents' index, so no budget is joined to its document
/// (beside a broad amount at 50,005: 119 ms). On the seeds as imported, all by the current revision.
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
        // (after its two ends, which show that not every document passes).
        var capped = Assert.Single(commands, c => c.Contains("FROM \"SourceDocuments\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal)
            && c.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("eq: {0}")]
    [InlineData("gte: {0}")]
    [InlineData("gt: 0, lte: {0}")]
    public async Task A_revision_every_document_passes_joins_no_document(string operations)
    {
        fixture.Sql.Clear();
        var revision = "{ " + string.Format(System.Globalization.CultureInfo.InvariantCulture, operations, LoaderRevision.Current) + " }";
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: {{revision}} }, first: 5) { totalCount nodes { unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(3, budgets.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ciqikou", "nanping", "shandong"], budgets.GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("unit").GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        var commands = fixture.Sql.Commands;
        // The revision's two ends read from the documents' index (lowest, then highest) …
        var ends = commands.Where(c => c.Contains("FROM \"SourceDocuments\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ends.Count);
        Assert.Contains("ORDER BY \"s\".\"LoaderRevision\"\nLIMIT", ends[0]);
        Assert.Contains("ORDER BY \"s\".\"LoaderRevision\" DESC\nLIMIT", ends[1]);
        // … and no budget joined to its document.
        Assert.DoesNotContain(commands, c => c.Contains("Budgets", StringComparison.Ordinal) && c.Contains("SourceDocuments", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lt: {0}")]
    [InlineData("gt: {0}")]
    [InlineData("gte: {1}")]
    public async Task A_revision_not_every_document_passes_is_tested(string operations)
    {
        var revision = "{ " + string.Format(System.Globalization.CultureInfo.InvariantCulture, operations, LoaderRevision.Current, LoaderRevision.Current + 1) + " }";
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: {{revision}} }, first: 5) { totalCount } }
            """)).GetProperty("budgets");
        Assert.Equal(0, budgets.GetProperty("totalCount").GetInt32());
    }
}

/// <summary>
/// The seeds with nanping-2024.txt's document marked as read by the previous loader revision: the current revision no
/// longer passes every document, so it is tested on each budget's document.
/// </summary>
public sealed class OneOlderReadingFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        SeedImporter.ImportFolderAsync(db, Path.Combine(RepositoryPaths.Root, "seeds"), DisclosureReaders.Default).GetAwaiter().GetResult();
        db.SourceDocuments.Where(d => d.FileName == "nanping-2024.txt")
            .ExecuteUpdate(s => s.SetProperty(d => d.LoaderRevision, LoaderRevision.Current - 1));
    }
}

public sealed class LoaderRevisionBesideTermsAfterAnUpgradeTests(OneOlderReadingFixture fixture) : IClassFixture<OneOlderReadingFixture>
{
    [Fact]
    public async Task The_current_revision_keeps_the_budgets_it_read()
    {
        fixture.Sql.Clear();
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: { eq: {{LoaderRevision.Current}} } }, first: 5) { totalCount nodes { unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(2, budgets.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ciqikou", "shandong"], budgets.GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("unit").GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"Budgets\"", StringComparison.Ordinal) && c.Contains("\"LoaderRevision\" = ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_range_both_revisions_pass_keeps_every_budget_of_the_year()
    {
        fixture.Sql.Clear();
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: { gte: {{LoaderRevision.Current - 1}}, lte: {{LoaderRevision.Current}} } }, first: 5) { totalCount } }
            """)).GetProperty("budgets");
        Assert.Equal(3, budgets.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("Budgets", StringComparison.Ordinal) && c.Contains("SourceDocuments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_older_revision_keeps_nanping_alone()
    {
        var budgets = (await fixture.DataAsync($$"""
            { budgets(where: { year: { eq: 2024 }, loaderRevision: { lt: {{LoaderRevision.Current}} } }, first: 5) { totalCount nodes { unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(1, budgets.GetProperty("totalCount").GetInt32());
        Assert.Equal("nanping", budgets.GetProperty("nodes")[0].GetProperty("unit").GetProperty("slug").GetString());
    }
}
