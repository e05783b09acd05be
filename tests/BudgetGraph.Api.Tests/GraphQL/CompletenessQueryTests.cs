namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary><c>Budget.completeness</c> over the seeds as imported by the real importer; values read off the seed texts.</summary>
public sealed class CompletenessQueryTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Nanping_announces_tables_one_to_ten_by_numbering_and_all_are_found()
    {
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) { completeness {
                announcedTables { number title source line foundLine }
                foundTables { number kind startLine isPartial }
                missingTables { number } } } }
            """);
        var completeness = data.GetProperty("budget").GetProperty("completeness");
        var announced = completeness.GetProperty("announcedTables").EnumerateArray().ToList();
        Assert.Equal(["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十"],
            announced.Select(a => a.GetProperty("number").GetString()));
        Assert.All(announced, a => Assert.Equal("NUMBERING", a.GetProperty("source").GetString()));
        // 表二 (line 111) is printed without its number; 表七 survives only as the headerless fragment at line 265.
        Assert.Equal(111, announced[1].GetProperty("foundLine").GetInt32());
        Assert.Equal(("部门收入总表", 265), (announced[6].GetProperty("title").GetString(), announced[6].GetProperty("foundLine").GetInt32()));
        Assert.Empty(completeness.GetProperty("missingTables").EnumerateArray());

        var found = completeness.GetProperty("foundTables").EnumerateArray().ToList();
        Assert.Equal(13, found.Count);
        var income = Assert.Single(found, t => t.GetProperty("kind").GetString() == "DEPARTMENT_INCOME");
        Assert.Equal((265, true), (income.GetProperty("startLine").GetInt32(), income.GetProperty("isPartial").GetBoolean()));
    }
}
