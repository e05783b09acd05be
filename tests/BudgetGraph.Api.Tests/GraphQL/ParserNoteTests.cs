using BudgetGraph.Api.Tests.Comparisons;

namespace BudgetGraph.Api.Tests.GraphQL;

public class ParserNoteTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task A_budget_shows_what_the_parser_assumed_to_read_its_disclosure()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "nanping", year: 2024) { parserNotes { line message } } }""");

        var notes = data.GetProperty("budget").GetProperty("parserNotes").EnumerateArray().ToList();
        // nanping-2024.txt lines 265–310: the tail of 部门收入总表 printed under 部门收支总表 without title or header.
        Assert.Contains(notes, n => n.GetProperty("line").GetInt32() == 265
                                    && n.GetProperty("message").GetString()!.Contains("部门收入总表"));
    }

    [Fact]
    public async Task An_inferred_district_is_stated()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "ciqikou", year: 2024) { parserNotes { line message } } }""");

        Assert.Contains(data.GetProperty("budget").GetProperty("parserNotes").EnumerateArray(),
            n => n.GetProperty("message").GetString()!.Contains("沙坪坝区"));
    }
}
