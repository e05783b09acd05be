using BudgetGraph.Api.GraphQL.Loading;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// Cached commands read SQLite rows straight from the statement (<see cref="SqliteColumns"/>); every getter must give
/// what <see cref="SqliteDataReader"/>'s getter of the same name gives, for every storage class, NULL included —
/// and the plan, which reads through them, must answer as the general executor, which reads through EF Core.
/// </summary>
public class SqliteColumnsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public void Each_getter_reads_as_the_data_reader_does()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 42, -9007199254740993, 0, 1, 2.5, '南坪街道', '', NULL, '17', 3000000000
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var statement = reader.Handle!;

        Assert.Equal(reader.GetInt32(0), SqliteColumns.GetInt32(statement, 0));
        Assert.Equal(reader.GetInt16(0), SqliteColumns.GetInt16(statement, 0));
        Assert.Equal(reader.GetInt64(1), SqliteColumns.GetInt64(statement, 1));
        Assert.Equal(reader.GetBoolean(2), SqliteColumns.GetBoolean(statement, 2));
        Assert.Equal(reader.GetBoolean(3), SqliteColumns.GetBoolean(statement, 3));
        Assert.Equal(reader.GetDouble(4), SqliteColumns.GetDouble(statement, 4));
        Assert.Equal("南坪街道", SqliteColumns.GetString(statement, 5));
        Assert.Equal(reader.GetString(6), SqliteColumns.GetString(statement, 6));
        // A text holding a number reads as the number, a number as its text, as the data reader converts them.
        Assert.Equal(reader.GetInt32(8), SqliteColumns.GetInt32(statement, 8));
        Assert.Equal(reader.GetString(0), SqliteColumns.GetString(statement, 0));
        // Out of range for int: both overflow.
        Assert.Throws<OverflowException>(() => reader.GetInt32(9));
        Assert.Throws<OverflowException>(() => SqliteColumns.GetInt32(statement, 9));

        for (var i = 0; i < reader.FieldCount; i++) Assert.Equal(reader.IsDBNull(i), SqliteColumns.IsNull(statement, i));
        // A nullable text column in one call: null for NULL only, the empty text stays empty.
        Assert.Null(SqliteColumns.GetStringOrNull(statement, 7));
        Assert.Equal("", SqliteColumns.GetStringOrNull(statement, 6));
        Assert.Equal("南坪街道", SqliteColumns.GetStringOrNull(statement, 5));
        Assert.Equal(reader.GetString(0), SqliteColumns.GetStringOrNull(statement, 0));
        Assert.Throws<InvalidOperationException>(() => reader.GetString(7));
        Assert.Throws<InvalidOperationException>(() => SqliteColumns.GetString(statement, 7));
    }

    [Fact]
    public async Task Nullable_and_non_null_columns_of_every_type_answer_as_EF_Core_reads_them()
    {
        // Strings, ints, longs (amounts and weights), bools, nullable bools and enums (through their converters),
        // with NULLs among them; the plan's cached commands read them through SqliteColumns, the general path through EF Core.
        const string query = """
            { units(first: 10) { nodes { slug name englishName unitCode functions district { name }
                budgets { year totals { income expenditure carryOver procurement }
                  expenditureLines(table: ALL, take: 3) { code name level table total basic project }
                  projects { name code category department amount executionRateWeight year position hasCoreIndicator
                    indicators { name level1 level2 level3 weight operator operatorRaw numericTarget textTarget unitOfMeasure isCore position } } } } } }
            """;
        var document = GraphQLParser.Parser.Parse(query);
        var general = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false, document);
        await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
        var planned = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);

        Assert.Equal("plan", planned.Outcome);
        Assert.Equal(general.Json, planned.Json);
        Assert.Contains("\"isCore\":null", planned.Json);
        Assert.Contains("\"isCore\":true", planned.Json);
        Assert.Contains("\"textTarget\":null", planned.Json);
        Assert.Contains("\"numericTarget\":null", planned.Json);
        Assert.Contains("\"code\":null", planned.Json);
    }
}
