using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Narrative;
using BudgetGraph.Parsing.Tests.Performance;

namespace BudgetGraph.Parsing.Tests.Narrative;

/// <summary>Hand-written narratives: phrasings, section limits, year mentions.</summary>
public sealed class NarrativeParserInputTests
{
    [Fact]
    public void Only_sections_二_to_五_are_read_and_the_tables_end_the_narrative()
    {
        var lines = SeedFile.ToLines(
            "一、单位基本情况\n\n共有人员 5 人，经费 3 万元。\n\n二、部门收支总体情况\n\n" +
            "（一）收入预算：2024 年年初预算数 10 万元。收入较上年增加 1.5 万元，主要是人员增加。\n\n" +
            "六、专业性名词解释\n\n基本支出 9 万元。\n\n表一\n合计\t10.00\n");
        var statement = Assert.Single(NarrativeParser.Parse(lines, 2024).Statements);
        Assert.Equal((NarrativeMetric.IncomeTotal, 10m, ChangeDirection.Increase, 1.5m, 2023), (statement.Metric, statement.Amount!.Value, statement.Direction!.Value, statement.Change!.Value, statement.ComparedYear!.Value));
        Assert.Equal("人员增加", statement.Reason);
        Assert.Equal(7, statement.Line);
    }

    [Fact]
    public void A_figure_with_spaces_between_its_thousands_is_read_whole()
    {
        // Before, "1 234.56 万元" was read as 234.56 万元 labelled "年初预算数1" (its first group lost), and "增加 1 005 万元"
        // not as a change of 1,005 万元.
        var lines = SeedFile.ToLines(
            "二、部门收支总体情况\n\n（一）收入预算：2024 年年初预算数 1 234.56 万元。收入较上年增加 1 005 万元，主要是人员增加。\n");
        var statement = Assert.Single(NarrativeParser.Parse(lines, 2024).Statements);
        Assert.Equal((NarrativeMetric.IncomeTotal, 1234.56m, ChangeDirection.Increase, 1005m), (statement.Metric, statement.Amount!.Value, statement.Direction!.Value, statement.Change!.Value));
    }

    [Fact]
    public void Empty_document_has_no_statements()
    {
        var result = NarrativeParser.Parse(SeedFile.ToLines(""), 2024);
        Assert.Empty(result.Statements);
        Assert.Empty(result.YearMentions);
    }

    [Theory]
    [InlineData("2025年全年补贴发放；", 2025)]
    [InlineData("比2023年减少2万元", null)]
    [InlineData("截止 2023 年 12 月，共有车辆 5 辆", null)]
    [InlineData("《江北区总工会2022年工作要点》", null)]
    [InlineData("关于明确2022年村（社区）干部有关补贴标准的通知", null)]
    [InlineData("《重庆市市容环境卫生管理条例》（2018年修订版）", null)]
    public void Year_mentions_keep_plans_and_drop_references(string text, int? expected)
    {
        var mention = YearMentionFinder.Find(text, 7).SingleOrDefault();
        Assert.Equal(expected, mention?.Year);
    }
}
