using System.Text.RegularExpressions;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Over cards (rows about as wide as a page), a term rarer than a name's gram does not stand for its rows in another order
/// (<c>FilterSpec.CandidatesOfNameMatch</c>'s <c>rarerTerm</c>): each card is a page read whichever index lists it, and the
/// order's walk stops at the page. On the seeds as imported: 17 cards have 经费 in their name, 2 are of 一般性项目
/// (chaoyang-2023.txt l.467 清扫保洁服务外包 and l.488 文化事务), none both; 35 have no category.
/// </summary>
public sealed class OrderedNameMatchCardsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task A_cards_rarer_term_is_not_read_for_the_names_rows()
    {
        fixture.Sql.Clear();
        var page = (await fixture.DataAsync("""
            { projects(where: { name: { contains: "经费" }, category: { eq: "一般性项目" } }, order: [{ amount: DESC }], first: 5) { nodes { name } } }
            """)).GetProperty("projects");
        Assert.Empty(page.GetProperty("nodes").EnumerateArray());
        Assert.DoesNotContain(fixture.Sql.Commands, c => Regex.IsMatch(c, "\"p\"\\.\"Id\" IN \\(\\s+SELECT \"p0\"\\.\"Id\"\\s+FROM \"Projects\" AS \"p0\"\\s+WHERE \"p0\"\\.\"Category\" = @"));
    }
}
