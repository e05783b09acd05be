using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Small hand-written inputs: malformed rows, no tables, titles that are not tables.</summary>
public sealed class PerformanceParserInputTests
{
    private const string Card =
        "2024年项目绩效目标表（一级项目）\n" +
        "项目名称\t测试项目\t主管部门\t001-测试街道\n" +
        "当年预算\t10.00\t\t\n" +
        "绩效指标\t指标名称\t指标权重\t指标性质\t指标值\t计量单位\t是否核心\n" +
        "\t测试指标\t{0}\t≥\t5\t次\t是\n";

    [Fact]
    public void Weight_that_is_not_a_number_stops_the_parse_with_file_and_line()
    {
        var lines = SeedFile.ToLines(string.Format(Card, "二十"));
        var error = Assert.Throws<DisclosureParseException>(() => PerformanceParser.Parse(lines, "broken.txt"));
        Assert.Equal("broken.txt", error.FileName);
        Assert.Equal(5, error.Line);
        Assert.Contains("二十", error.Reason);
    }

    [Fact]
    public void Well_formed_hand_written_card_is_read()
    {
        var result = PerformanceParser.Parse(SeedFile.ToLines(string.Format(Card, "20%")));
        var card = Assert.Single(result.Projects);
        Assert.Equal(("测试项目", 10.00m, "001-测试街道"), (card.Name!, card.Budget!.Value, card.Department!));
        var indicator = Assert.Single(card.Indicators);
        Assert.Equal((20m, "≥", 5m, true), (indicator.Weight!.Value, indicator.Operator, indicator.NumericTarget!.Value, indicator.IsCore!.Value));
    }

    [Fact]
    public void Non_numeric_budget_next_to_its_label_is_rejected()
    {
        var text = string.Format(Card, "20").Replace("10.00", "十万");
        var error = Assert.Throws<DisclosureParseException>(() => PerformanceParser.Parse(SeedFile.ToLines(text), "budget.txt"));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Document_without_performance_tables_yields_nothing()
    {
        var result = PerformanceParser.Parse(SeedFile.ToLines("一、部门收支总体情况\n\n收入预算4851.31万元。\n"));
        Assert.Null(result.Overall);
        Assert.Empty(result.Projects);
        Assert.Null(result.YearLabel);
    }

    [Fact]
    public void Title_without_any_table_fields_under_it_is_not_a_table()
    {
        var result = PerformanceParser.Parse(SeedFile.ToLines("目录\n项目绩效目标表\n\n政府采购预算明细表\n"));
        Assert.Empty(result.Projects);
        Assert.Single(result.Notes);
    }
}
