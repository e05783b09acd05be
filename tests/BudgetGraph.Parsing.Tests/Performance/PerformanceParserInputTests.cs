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

    [Fact]
    public void Page_break_with_page_number_and_repeated_header_keeps_every_indicator()
    {
        var text = string.Format(Card, "20") +
            "- 12 -\n" +
            "绩效指标\t指标名称\t指标权重\t指标性质\t指标值\t计量单位\t是否核心\n" +
            "\t第二个指标\t30\t\t≥95\t%\t否\n";
        var result = PerformanceParser.Parse(SeedFile.ToLines(text));
        var card = Assert.Single(result.Projects);
        Assert.Equal(["测试指标", "第二个指标"], card.Indicators.Select(i => i.Name));
        var second = card.Indicators[1];
        Assert.Equal(("≥", 95m, "%"), (second.Operator, second.NumericTarget!.Value, second.UnitOfMeasure));   // operator printed in the target cell
        Assert.DoesNotContain(result.Notes, n => n.Line == 6);   // page number: furniture, emptied before parsing
        Assert.Contains(result.Notes, n => n.Line == 7);   // repeated header
    }

    [Fact]
    public void Repeated_title_over_the_remaining_indicators_continues_the_previous_card()
    {
        var text = string.Format(Card, "20") + "\n2024年项目绩效目标表（一级项目）\n" +
            "绩效指标\t指标名称\t指标权重\t指标性质\t指标值\t计量单位\t是否核心\n" +
            "\t续页指标\t10\t=\t100\t%\t否\n";
        var card = Assert.Single(PerformanceParser.Parse(SeedFile.ToLines(text)).Projects);
        Assert.Equal(["测试指标", "续页指标"], card.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Cell_per_line_card_with_columns_in_another_order_is_read_by_header_names()
    {
        var text =
            "\t部门专项绩效目标申报表\n\n" +
            "\t专项资金名称\n\t测试专项\n\t业务主管部门\n\t测试街道\n\n" +
            "\t2026年预算\n\t8.5\n\t区级支出\n\t8.5\n\n" +
            "\t项目概况\n\t第一行\n第二行\n\n第三行\n\n" +
            "\t绩效指标\n\t指标值\n\t指标\n\t指标性质\n\t计量单位\n\t指标权重\n\n" +
            "\t\n\t12\n\t产出-质量-合格率\n\t \n≥\n\t%\n\t40%\n";
        var result = PerformanceParser.Parse(SeedFile.ToLines(text));
        var card = Assert.Single(result.Projects);
        Assert.Equal(("测试专项", 8.5m, "第一行\n第二行\n第三行"), (card.Name!, card.Budget!.Value, card.Overview!));
        var indicator = Assert.Single(card.Indicators);
        Assert.Equal(("产出", "质量", "合格率"), (indicator.Level1, indicator.Level2, indicator.Name));
        Assert.Equal((12m, "≥", "%", 40m), (indicator.NumericTarget!.Value, indicator.Operator, indicator.UnitOfMeasure, indicator.Weight!.Value));
        Assert.Equal((2026, 8), (result.YearLabel!.Value, result.YearLabelLine));
    }
}
