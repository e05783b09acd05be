using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Http.Csv;

namespace BudgetGraph.Api.Tests.Http.Csv;

/// <summary>How a GraphQL answer's data becomes one table, and how CsvHelper writes it.</summary>
public sealed class JsonTableFlattenerTests
{
    [Fact]
    public void A_nested_object_null_in_one_row_keeps_only_its_dotted_columns()
    {
        var table = Flatten("""{"projects":{"nodes":[{"name":"a","unit":null},{"name":"b","unit":{"slug":"nanping"}}]}}""");

        Assert.Equal("projects", table.Name);
        Assert.Equal(["name", "unit.slug"], table.Columns);
        Assert.Equal("name,unit.slug\r\na,\r\nb,nanping\r\n", Csv(table));
    }

    [Fact]
    public void An_aggregate_gives_its_rows_and_leaves_out_what_is_missing()
    {
        var table = Flatten("""{"expenditureAggregate":{"rows":[{"key":"南岸区","sum":4851.3}],"missing":[{"unitSlug":"ciqikou"}]}}""");

        Assert.Equal("key,sum\r\n南岸区,4851.3\r\n", Csv(table));
    }

    [Fact]
    public void A_list_of_scalars_is_one_column_named_after_the_field()
    {
        var table = Flatten("""{"budget":{"years":[2023,2024]}}""");

        Assert.Equal("years\r\n2023\r\n2024\r\n", Csv(table));
    }

    [Fact]
    public void Text_that_starts_like_a_formula_is_escaped_but_negative_numbers_stay_numbers()
    {
        var table = Flatten("""{"rows":[{"text":"=SUM(A1)","change":-91.13}]}""");

        Assert.Equal("text,change\r\n\"'=SUM(A1)\",-91.13\r\n", Csv(table));
    }

    [Fact]
    public void An_empty_list_is_a_file_with_the_list_name_as_header()
    {
        Assert.Equal("compare\r\n", Csv(Flatten("""{"compare":[]}""")));
    }

    [Theory]
    [InlineData("""{"a":[],"b":[]}""", "data has 2 fields (a, b)")]
    [InlineData("""{"unit":null}""", "data.unit is null")]
    [InlineData("""{"unit":{"name":"x"}}""", "data.unit.name is a single value")]
    public void Anything_but_one_list_is_refused_with_where_and_why(string data, string expected)
    {
        var error = Assert.Throws<CsvNotOneListException>(() => Flatten(data));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void File_names_come_from_the_operation_or_the_list_path()
    {
        Assert.Equal("CompareUnits.csv", CsvResultWriter.FileName("CompareUnits", "compare"));
        Assert.Equal("budget-expenditureLines.csv", CsvResultWriter.FileName(null, "budget.expenditureLines"));
    }

    private static CsvTable Flatten(string data)
    {
        using var document = JsonDocument.Parse(data);
        return JsonTableFlattener.Flatten(document.RootElement);
    }

    private static string Csv(CsvTable table)
    {
        var bytes = CsvResultWriter.Write(table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes.AsSpan(3));
    }
}
