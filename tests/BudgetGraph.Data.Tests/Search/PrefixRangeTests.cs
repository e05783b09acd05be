using BudgetGraph.Data.Search;

namespace BudgetGraph.Data.Tests.Search;

/// <summary>
/// A <c>startsWith</c> on SQLite reads the range of the name's index its prefix spans: [p, p with its last character the
/// next one) — exactly the texts that start with p, case included (ASCII letters too: a startsWith is case-sensitive,
/// unlike SQLite's LIKE), when that next character exists.
/// </summary>
public sealed class PrefixRangeTests
{
    [Theory]
    [InlineData("南坪", "南坪", "南坫")]
    [InlineData("重庆市南岸区", "重庆市南岸区", "重庆市南岸医")]
    [InlineData("2024", "2024", "2025")]
    [InlineData("满意%", "满意%", "满意&")]
    [InlineData("GDP", "GDP", "GDQ")]
    [InlineData("南坪a", "南坪a", "南坪b")]
    [InlineData("N", "N", "O")]
    public void A_prefix_is_a_range_of_code_points(string prefix, string from, string to) =>
        Assert.Equal((from, to), NameSearch.SqlitePrefixRange(prefix));

    [Theory]
    [InlineData("")]
    [InlineData("\U00020000")]
    [InlineData("南\uFFFF")]
    [InlineData("南\uD7FF")]
    [InlineData("南\u0000")]
    [InlineData("南\t")]
    public void No_range_when_no_next_character_ends_it_or_a_control_character_is_in_it(string prefix) =>
        Assert.Null(NameSearch.SqlitePrefixRange(prefix));

    [Fact]
    public void Sqlite_orders_the_texts_of_the_range_as_code_points()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // 南坪街道 is in [南坪, 南坫); 南坫 and 南坪 + U+FFFF neighbours: 南坪\uFFFF is in, 南坫 is not.
        command.CommandText = "SELECT ('南坪街道' >= '南坪') + ('南坪街道' < '南坫') + ('南坪\uFFFF' < '南坫') + ('南坫' < '南坫');";
        Assert.Equal(3L, command.ExecuteScalar());
    }
}
