using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Nanping 2024: tab-separated tables; the overall table orders its columns differently from the cards.</summary>
public sealed class NanpingPerformanceTests(PerformanceSeeds seeds) : IClassFixture<PerformanceSeeds>
{
    private readonly PerformanceResult _result = seeds[SeedFile.Nanping];

    [Fact]
    public void Overall_table_has_budget_unit_and_eleven_indicators()
    {
        var overall = _result.Overall!;
        Assert.Equal("表十", overall.TableNumber);
        Assert.Equal(399, overall.StartLine);
        Assert.Equal("307-重庆市南岸区人民政府南坪街道办事处", overall.UnitLabel);
        Assert.Equal(4851.31m, overall.Budget);
        Assert.StartsWith("在区委区政府的直接领导下", overall.Goal);
        Assert.Equal(11, overall.Indicators.Count);
        Assert.Equal(100m, overall.Indicators.Sum(i => i.Weight));
    }

    [Fact]
    public void Every_performance_table_keeps_the_unit_its_unit_line_prints()
    {
        // "单位：万元" at line 401 (整体绩效目标表, line 399) and at lines 422, 443, 461 (the three cards).
        Assert.Equal("万元", _result.Overall!.PrintedUnit);
        Assert.Equal([(418, "万元"), (439, "万元"), (457, "万元")], _result.Projects.Select(p => (p.StartLine, p.PrintedUnit)));
    }

    [Fact]
    public void Overall_indicator_columns_are_read_by_header_name_not_position()
    {
        // Header: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值 (the cards put 指标值 before 计量单位).
        var retail = _result.Overall!.Indicators[0];
        Assert.Equal("社会消费品零售总额", retail.Name);
        Assert.Equal(12m, retail.Weight);
        Assert.Equal("亿元", retail.UnitOfMeasure);
        Assert.Equal("≥", retail.Operator);
        Assert.Equal(35m, retail.NumericTarget);
        Assert.Null(retail.IsCore);   // the overall table has no 是否核心 column
        Assert.Equal(406, retail.Line);

        var cleaning = _result.Overall.Indicators.Single(i => i.Name == "清扫保洁作业面积");
        Assert.Equal(400000m, cleaning.NumericTarget);
        Assert.Equal("平方米", cleaning.UnitOfMeasure);
    }

    [Fact]
    public void Three_project_cards_with_their_budgets_and_indicator_counts()
    {
        Assert.Equal(
            [("南坪街道公共事务运行专项", 405.91m, 8), ("南坪街道办公用房租金", 107.94m, 5), ("南坪街道村居工作经费", 1149.38m, 9)],
            _result.Projects.Select(p => (p.Name!, p.Budget!.Value, p.Indicators.Count)));
        Assert.All(_result.Projects, p =>
        {
            Assert.Equal("307-重庆市南岸区人民政府南坪街道办事处", p.Department);
            Assert.False(p.IsEmpty);
            Assert.Null(p.Code);
            Assert.Empty(p.Splits);
        });
    }

    [Fact]
    public void Public_affairs_card_marks_safety_inspections_as_its_core_indicator()
    {
        var card = _result.Projects[0];
        Assert.Equal(418, card.StartLine);
        Assert.StartsWith("该项目为街道行使职能职责的项目经费", card.Overview);
        Assert.StartsWith("南岸重点地区整治办〔2022〕2号", card.Basis);
        Assert.StartsWith("紧紧围绕全区中心工作", card.AnnualGoal);

        var safety = Assert.Single(card.Indicators, i => i.IsCore == true);
        Assert.Equal("安全检查人次", safety.Name);
        Assert.Equal(20m, safety.Weight);
        Assert.Equal("≥", safety.Operator);
        Assert.Equal(1500m, safety.NumericTarget);
        Assert.Null(safety.TextTarget);
        Assert.Equal("人次", safety.UnitOfMeasure);
        Assert.Equal(436, safety.Line);
    }

    [Fact]
    public void Equality_operator_and_percent_unit_are_read_from_card_columns()
    {
        var replies = _result.Projects[1].Indicators.Single(i => i.Name == "群工系统回复及时率");
        Assert.Equal("=", replies.Operator);
        Assert.Equal(100m, replies.NumericTarget);
        Assert.Equal("%", replies.UnitOfMeasure);
        Assert.False(replies.IsCore);
    }

    [Fact]
    public void Year_label_comes_from_the_table_titles_and_unit_label_from_编制单位()
    {
        Assert.Equal(2024, _result.YearLabel);
        Assert.Equal(399, _result.YearLabelLine);
        Assert.Equal(["307-重庆市南岸区人民政府南坪街道办事处"], _result.UnitLabels);
    }

    [Fact]
    public void Every_performance_table_is_kept_as_a_raw_table()
    {
        Assert.Equal([399, 418, 439, 457], _result.RawTables.Select(t => t.StartLine));
        var cardRows = _result.RawTables[1].Rows;
        Assert.Contains(cardRows, r => r.Line == 425 && r.Cells[0] == "当年预算" && r.Cells[1] == "405.91");
    }
}
