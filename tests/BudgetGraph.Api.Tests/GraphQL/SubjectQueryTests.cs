namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class SubjectQueryTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Subjects_filter_categories_of_the_functional_classification_with_children()
    {
        var data = await Fixture.DataAsync("""
            { subjects(where: { classification: { eq: FUNCTIONAL }, level: { eq: CATEGORY } }, order: [{ code: ASC }]) {
                code name englishName children { code name parent { code } children { code } } } }
            """);
        var subjects = data.GetProperty("subjects");
        Assert.Equal(new[] { "212", "221" }, Values(subjects, "code"));
        // the catalogue's name wins over the one the fixture stored ("Urban and Rural Community Affairs")
        Assert.Equal("Urban and rural community affairs", subjects[0].GetProperty("englishName").GetString());
        Assert.Equal(new[] { "21201", "21205" }, Values(subjects[0].GetProperty("children"), "code"));
        Assert.Equal("212", subjects[0].GetProperty("children")[1].GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal(new[] { "2120501" }, Values(subjects[0].GetProperty("children")[1].GetProperty("children"), "code"));
    }

    [Fact]
    public async Task Subjects_level_in_filter_uses_enum_lists()
    {
        var data = await Fixture.DataAsync("""{ subjects(where: { level: { in: [SECTION, ITEM] }, code: { startsWith: "2120" } }, order: [{ code: DESC }]) { code } }""");
        Assert.Equal(new[] { "2120501", "21205", "2120101", "21201" }, Values(data.GetProperty("subjects"), "code"));
    }
}
