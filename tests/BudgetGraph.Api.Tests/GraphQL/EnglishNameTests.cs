using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// English names of the subject catalogue (src/BudgetGraph.Data/Reference/subjects.json) on lines, tree nodes,
/// comparison rows and subjects, each with where it comes from. Nanping 2024 表二 line 135: 2080501 行政单位离退休 48.01.
/// </summary>
public class EnglishNameTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private static (string?, string?, string?) Named(JsonElement e) =>
        (e.GetProperty("name").GetString(), e.GetProperty("nameEn").GetString(), e.GetProperty("nameEnSource").GetString());

    [Fact]
    public async Task An_item_code_has_its_english_name_and_source_on_lines_tree_nodes_and_comparison_rows()
    {
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) {
                expenditureLines(where: { code: { eq: "2080501" } }) { name nameEn nameEnSource total source { line } }
                expenditureTree { code name nameEn nameEnSource children { code name nameEn nameEnSource
                  children { code name nameEn nameEnSource } } }
                economicLines(where: { code: { eq: "30101" } }) { name nameEn nameEnSource } }
              compare(unitSlugs: ["nanping"], subjectCodes: ["2080501"], years: [2024]) { nodes { name nameEn nameEnSource total } } }
            """);

        var budget = data.GetProperty("budget");
        var line = Assert.Single(budget.GetProperty("expenditureLines").EnumerateArray());
        Assert.Equal(("行政单位离退休", "Retired staff of government agencies", "TRANSLATION"), Named(line));
        Assert.Equal((48.01m, 135), (line.GetProperty("total").GetDecimal(), line.GetProperty("source").GetProperty("line").GetInt32()));

        var category = budget.GetProperty("expenditureTree").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "208");
        Assert.Equal(("社会保障和就业支出", "Social security and employment", "PUBLISHED"), Named(category));
        var section = category.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "20805");
        Assert.Equal(("行政事业单位养老支出", "Pensions of government agencies and public institutions", "GLOSSARY"), Named(section));
        var item = section.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "2080501");
        Assert.Equal(("行政单位离退休", "Retired staff of government agencies", "TRANSLATION"), Named(item));
        // every node of the tree is named
        Assert.All(category.GetProperty("children").EnumerateArray().SelectMany(s => s.GetProperty("children").EnumerateArray().Append(s)),
            n => Assert.NotNull(n.GetProperty("nameEn").GetString()));

        Assert.Equal(("基本工资", "Basic salaries", "TRANSLATION"), Named(Assert.Single(budget.GetProperty("economicLines").EnumerateArray())));

        var row = Assert.Single(data.GetProperty("compare").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("行政单位离退休", "Retired staff of government agencies", "TRANSLATION"), Named(row));
        Assert.Equal(48.01m, row.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Every_subject_of_the_seeds_has_an_english_name_and_a_source()
    {
        var data = await fixture.DataAsync("""{ subjects { code name englishName englishNameSource } }""");

        var subjects = data.GetProperty("subjects").EnumerateArray().ToList();
        Assert.True(subjects.Count > 150, $"{subjects.Count} subjects");
        Assert.All(subjects, s => Assert.NotNull(s.GetProperty("englishNameSource").GetString()));
        Assert.All(subjects, s => Assert.NotNull(s.GetProperty("englishName").GetString()));
        var item = subjects.Single(s => s.GetProperty("code").GetString() == "2120501");
        Assert.Equal(("城乡社区环境卫生", "Community environmental sanitation", "GLOSSARY"),
            (item.GetProperty("name").GetString(), item.GetProperty("englishName").GetString(), item.GetProperty("englishNameSource").GetString()));
    }
}
