using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A card's name index holds its year, core mark and category after the name and the key (IX_Projects_Name_Categories,
/// <c>FilterSpec.IndexCarries</c>). Sorted by name beside them, a page walks it, each entry tested there — a text match
/// of the name included (<c>EntityQueries.WalkOrderIndexAsync</c>) — when the matches are dense enough; a name's text
/// match that its gram's kept count weighs lighter than the terms beside it is counted reading it whole
/// (<c>EntityQueries.ReadFromRarestAsync</c>). Issue 8: at 50,005 disclosures the 10,001 cards named with 经费 of 2024 by
/// name had every card of 2024 read from the year's index, tested and sorted for a page; the cards named with 经费 and a
/// core indicator had the core mark's 220,022 cards read to count them. On the seeds as imported: 17 of the 37 cards are named with 经费,
/// jiangbeicheng-2025.txt's 16 of 2025 (l.731 人大工作经费, l.827 卫生健康工作经费, l.809 城乡社区管理工作经费…) and
/// nanping-2024.txt l.463 南坪街道村居工作经费 of 2024.
/// </summary>
public sealed class CardNameIndexTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task A_name_match_beside_its_year_by_name_walks_the_names_index_when_the_matches_are_dense_there()
    {
        // 16 of the 37 cards: the walk reads about 21 × 37 ÷ 16 entries for the page, each tested there (code point
        // order: 人 U+4EBA, 卫 U+536B, 城 U+57CE; 南坪… is of 2024).
        const string Query = """
            { projects(where: { name: { contains: "经费" }, year: { eq: 2025 } }, order: [{ name: ASC }], first: 3) { totalCount nodes { name year } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("projects");
        Assert.Equal(16, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["人大工作经费", "卫生健康工作经费", "城乡社区管理工作经费"], Names(page));
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(2025, n.GetProperty("year").GetInt32()));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        // (The seeds' 17 cards named with 经费 are few: their ids, listed from the gram rows, are tested in each entry too.
        // At 5,005 disclosures, 17,017 of 37,037, the name alone is tested.)
        Assert.Equal("SCAN p USING COVERING INDEX IX_Projects_Name_Categories\nLIST SUBQUERY 1\n" +
            "  SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=?)\n  CREATE BLOOM FILTER\n", plan.ReplaceLineEndings("\n"));

        // The same walk beside the core mark and the category, a startsWith too: each tested in the entries.
        const string Beside = """
            { projects(where: { name: { startsWith: "社会" }, hasCoreIndicator: { eq: true }, category: { eq: null } }, order: [{ name: ASC }], first: 3) { nodes { name } } }
            """;
        Assert.Equal(["社会保障工作经费", "社会治理工作经费"], Names((await fixture.DataAsync(Beside)).GetProperty("projects")));
    }

    [Fact]
    public async Task A_rare_match_reads_the_matches_and_sorts_them_and_a_descending_order_walks_its_own_index()
    {
        // 1 of 37 (经费 of 2024): a walk would read about 21 × 37 entries for the page; the year's rows are read and sorted.
        const string Rare = """
            { projects(where: { name: { contains: "经费" }, year: { eq: 2024 } }, order: [{ name: ASC }], first: 3) { totalCount nodes { name } } }
            """;
        var rare = (await fixture.DataAsync(Rare)).GetProperty("projects");
        Assert.Equal(1, rare.GetProperty("totalCount").GetInt32());
        Assert.Equal(["南坪街道村居工作经费"], Names(rare));
        Assert.Contains("USE TEMP B-TREE FOR ORDER BY", await fixture.PlanOfAsync(Rare, "ORDER BY"));

        // Descending: IX_Projects_Name_Desc_Categories (the name descending, then the key) holds the same columns and is
        // walked the same (at 50,005 disclosures 经费 beside 2024 by name descending had the year's cards each read and
        // sorted: 378 ms).
        const string Descending = """
            { projects(where: { name: { contains: "经费" }, year: { eq: 2025 } }, order: [{ name: DESC }], first: 2) { nodes { name } } }
            """;
        Assert.Equal(["退役军人及武装工作经费", "运行保障工作经费"], Names((await fixture.DataAsync(Descending)).GetProperty("projects")));
        Assert.StartsWith("SCAN p USING COVERING INDEX IX_Projects_Name_Desc_Categories\n",
            (await fixture.PlanOfAsync(Descending, "ORDER BY")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("hasCoreIndicator", "hasCoreIndicator: { eq: true }", 17)]
    [InlineData("hasCoreIndicator", "hasCoreIndicator: { eq: false }", 0)]
    [InlineData("category", "category: { eq: null }", 17)]
    public async Task A_name_match_beside_its_core_mark_or_category_is_counted_reading_the_names_index_whole(string field, string term, int expected)
    {
        // The seeds' 17 cards named with 经费 (of 37) are few: their ids are listed from the gram rows beside the term,
        // nothing weighed (SQLite reads the list or the term's index). Every 经费 card has a core indicator and no category.
        var query = $$"""{ projects(where: { name: { contains: "经费" }, {{term}} }, first: 2) { totalCount nodes { name } } }""";
        var unindexed = $"ifnull(\"p\".\"{(field == "category" ? "Category" : "HasCoreIndicator")}\", NULL)";
        fixture.Sql.Clear();
        var answer = (await fixture.DataAsync(query)).GetRawText();
        Assert.Equal(expected, JsonDocument.Parse(answer).RootElement.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains(unindexed, StringComparison.Ordinal));
        // As if 经费 had more ids than NameSearch.MaxCandidates (none listed) and the term beside it more cards still
        // (both kept counts raised, as at 50,005 disclosures: 170,017 cards named with 经费, 220,022 with a core
        // indicator): 经费 weighs less, the term beside it is read past its index (IndexHints.Unindexed), and the count
        // reads the name's index whole, each entry tested there, not each card of that term's index to test its name —
        // the same answer.
        var countedColumn = field == "category" ? "Projects.Category" : "Projects.HasCoreIndicator";
        await using (var db = await DbAsync())
        {
            await db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectName && c.Gram == "经费")
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, NameSearch.MaxCandidates + 1));
            await db.ValueCounts.Where(v => v.Column == countedColumn).ExecuteUpdateAsync(u => u.SetProperty(v => v.Count, v => v.Count + 100_000));
        }
        try
        {
            fixture.Sql.Clear();
            Assert.Equal(answer, (await fixture.DataAsync(query)).GetRawText());
            Assert.Contains(fixture.Sql.Commands, c => c.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal) && c.Contains(unindexed, StringComparison.Ordinal));
            // (Either of the name's covering indexes: IX_Projects_Name_Desc_Categories holds the same columns, descending.)
            Assert.Matches(@"^SCAN p USING COVERING INDEX IX_Projects_Name_(Desc_)?Categories\n$",
                (await fixture.PlanOfAsync(query, "SELECT COUNT(*)")).ReplaceLineEndings("\n"));
        }
        finally
        {
            await using var db = await DbAsync();
            await db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectName && c.Gram == "经费")
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, 17));
            await db.ValueCounts.Where(v => v.Column == countedColumn).ExecuteUpdateAsync(u => u.SetProperty(v => v.Count, v => v.Count - 100_000));
        }
    }

    [Theory]
    [InlineData("year: { eq: 2024 }", 3)]
    [InlineData("hasCoreIndicator: { eq: true }", 3)]
    [InlineData("year: { eq: 2025 }", 0)]
    public async Task A_names_prefix_beside_its_year_or_core_mark_is_counted_in_that_range_of_the_names_index(string term, int expected)
    {
        // 南坪 starts 3 of the seeds' names, nanping-2024.txt's (l.424 南坪街道公共事务运行专项, l.445 南坪街道办公用房租金,
        // l.463 南坪街道村居工作经费), all of 2024 with a core indicator: the prefix's range of the name's index (counted
        // there up to half the term beside it) weighs less than the 18 cards of 2024, the 17 of 2025 or the 22 with a core
        // indicator, so that term is tested in the range's entries — not each card of its own index read to test the name
        // (at 5,005 disclosures, 南坪 beside 2024: 35 → 6.5 ms).
        var query = $$"""{ projects(where: { name: { startsWith: "南坪" }, {{term}} }, first: 2) { totalCount nodes { name } } }""";
        Assert.Equal(expected, (await fixture.DataAsync(query)).GetProperty("projects").GetProperty("totalCount").GetInt32());
        // (The other COUNT counts the prefix's range, up to the most worth counting.)
        Assert.Matches(InPrefixRange, (await fixture.PlanOfAsync(query, "SELECT COUNT(*)\nFROM \"Projects\"")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("year: { eq: 2024 }", 3)]
    [InlineData("hasCoreIndicator: { eq: true }", 3)]
    [InlineData("year: { eq: 2025 }", 0)]
    public async Task A_names_prefix_beside_its_year_or_core_mark_by_name_reads_that_range_in_order(string term, int expected)
    {
        // Sorted by name, the prefix's range of the name's index is the page in its order: the term beside it is tested in
        // the range's entries (its own index not read), its count read there too, and no sort — where each card of the
        // year was read, tested and sorted (南坪 beside 2024 at 5,005 disclosures: 118 → 12 ms; at 50,005, 490 → 10).
        // nanping-2024.txt's three in code point order: 公 U+516C, 办 U+529E, 村 U+6751.
        var query = $$"""{ projects(where: { name: { startsWith: "南坪" }, {{term}} }, order: [{ name: ASC }], first: 2) { totalCount nodes { name } } }""";
        var page = (await fixture.DataAsync(query)).GetProperty("projects");
        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected == 0 ? [] : ["南坪街道公共事务运行专项", "南坪街道办公用房租金"], Names(page));
        // (No match counted: no page read.)
        if (expected > 0)
            Assert.Equal("SEARCH p USING COVERING INDEX IX_Projects_Name_Categories (Name>? AND Name<?)\n",
                (await fixture.PlanOfAsync(query, "ORDER BY")).ReplaceLineEndings("\n"));
        Assert.Matches(InPrefixRange, (await fixture.PlanOfAsync(query, PrefixRangeCount)).ReplaceLineEndings("\n"));

        // Descending: the same range of IX_Projects_Name_Desc_Categories, in its order.
        var descending = query.Replace("name: ASC", "name: DESC", StringComparison.Ordinal);
        Assert.Equal(expected == 0 ? [] : ["南坪街道村居工作经费", "南坪街道办公用房租金"], Names((await fixture.DataAsync(descending)).GetProperty("projects")));
        if (expected > 0)
            Assert.Equal("SEARCH p USING COVERING INDEX IX_Projects_Name_Desc_Categories (Name>? AND Name<?)\n",
                (await fixture.PlanOfAsync(descending, "ORDER BY")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("year: { eq: 2024 }", 3)]
    [InlineData("hasCoreIndicator: { eq: true }", 3)]
    public async Task A_names_prefix_beside_its_year_or_core_mark_in_another_order_is_counted_in_that_range(string term, int expected)
    {
        // By amount the page is the order's to read, but the count reads every match whatever the order: it is weighed
        // as in key order, the term beside the prefix tested in the range's entries (南坪 beside 2024 by amount at 50,005
        // disclosures: 259 → 35 ms, counted through the year's index before). nanping-2024.txt's three by amount, largest
        // first: l.463 南坪街道村居工作经费 (当年预算 1,149.38, l.464), l.424 南坪街道公共事务运行专项 (405.91), l.445
        // 南坪街道办公用房租金 (107.94).
        var query = $$"""{ projects(where: { name: { startsWith: "南坪" }, {{term}} }, order: [{ amount: DESC }], first: 1) { totalCount nodes { name amount } } }""";
        var page = (await fixture.DataAsync(query)).GetProperty("projects");
        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        var node = Assert.Single(page.GetProperty("nodes").EnumerateArray());
        Assert.Equal("南坪街道村居工作经费", node.GetProperty("name").GetString());
        Assert.Equal(1149.38m, node.GetProperty("amount").GetDecimal());
        Assert.Matches(InPrefixRange, (await fixture.PlanOfAsync(query, PrefixRangeCount)).ReplaceLineEndings("\n"));
    }

    // The count of a name's prefix range with the term beside it read past its own index (the SQL it starts with).
    private const string PrefixRangeCount = "SELECT COUNT(*)\nFROM \"Projects\" AS \"p\"\nWHERE \"p\".\"Name\" >= @Value AND \"p\".\"Name\" < @Value1 AND ifnull";

    // A count in the prefix's range of either of the name's covering indexes (the same columns, in either order).
    private const string InPrefixRange = @"^SEARCH p USING COVERING INDEX IX_Projects_Name_(Desc_)?Categories \(Name>\? AND Name<\?\)\n$";

    private async Task<BudgetDbContext> DbAsync() =>
        await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();

    private static string[] Names(System.Text.Json.JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
}
