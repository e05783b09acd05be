using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Chaoyang 2023: three-level indicators in columns, project codes in the name, weight column last in the overall table.</summary>
public sealed class ChaoyangPerformanceTests(PerformanceSeeds seeds) : IClassFixture<PerformanceSeeds>
{
    private readonly PerformanceResult _result = seeds[SeedFile.Chaoyang];

    [Fact]
    public void Overall_table_reads_three_level_indicators_with_weight_in_the_last_column()
    {
        var overall = _result.Overall!;
        Assert.Equal("2023年部门（单位）整体支出绩效目标表", overall.Title);
        Assert.Equal("502-重庆市北碚区朝阳街道办事处", overall.UnitLabel);
        Assert.Equal(3394.41m, overall.Budget);
        Assert.StartsWith("促进辖区经济发展", overall.Goal);   // "<p>" markup removed
        Assert.Equal(13, overall.Indicators.Count);
        Assert.Equal(100m, overall.Indicators.Sum(i => i.Weight));

        var first = overall.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "引导业态升级门店"), (first.Level1, first.Level2, first.Level3));
        Assert.Equal("引导业态升级门店", first.Name);
        Assert.Equal((5m, "家", "≥", 30m, false), (first.Weight!.Value, first.UnitOfMeasure, first.Operator, first.NumericTarget!.Value, first.IsCore!.Value));
    }

    [Fact]
    public void Overall_qualitative_indicators_keep_text_targets()
    {
        var ecology = _result.Overall!.Indicators.Single(i => i.Name == "生态环境进一步改善");
        Assert.Equal(("效益指标", "生态效益指标"), (ecology.Level1, ecology.Level2));
        Assert.Equal("定性", ecology.Operator);
        Assert.Equal("明显改善", ecology.TextTarget);
        Assert.Null(ecology.NumericTarget);
        Assert.Null(ecology.UnitOfMeasure);
        Assert.Equal(10m, ecology.Weight);
        Assert.Equal(3, _result.Overall.Indicators.Count(i => i.IsCore == true));
    }

    [Fact]
    public void Two_project_cards_carry_codes_categories_and_execution_weights()
    {
        Assert.Equal(
            [("50010922T000000095557", "清扫保洁服务外包", 100.00m, 6), ("50010922T000000095633", "文化事务", 50.00m, 7)],
            _result.Projects.Select(p => (p.Code!, p.Name!, p.Budget!.Value, p.Indicators.Count)));
        Assert.All(_result.Projects, p =>
        {
            Assert.Equal("一般性项目", p.Category);
            Assert.Equal("重庆市北碚区朝阳街道办事处", p.Department);
            Assert.Equal(10m, p.ExecutionRateWeight);
        });
    }

    [Fact]
    public void Card_budget_splits_keep_an_empty_superior_subsidy()
    {
        var card = _result.Projects[0];
        Assert.Equal([("本级安排", (decimal?)100.00m, 475), ("上级补助", null, 476)], card.Splits.Select(s => (s.Label, s.Amount, s.Line)));
        Assert.Equal("街道党工委会议研究通过", card.Basis);
        Assert.StartsWith("辖区背街小巷清洁服务外包", card.Overview);
    }

    [Fact]
    public void Card_indicators_read_levels_weight_and_qualitative_grade()
    {
        var indicators = _result.Projects[0].Indicators;
        var timeliness = indicators[0];
        Assert.Equal(("产出指标", "时效指标", "保洁任务完成及时率"), (timeliness.Level1, timeliness.Level2, timeliness.Name));
        Assert.Equal((20m, "%", "≥", 95m, true), (timeliness.Weight!.Value, timeliness.UnitOfMeasure, timeliness.Operator, timeliness.NumericTarget!.Value, timeliness.IsCore!.Value));

        var environment = indicators[1];
        Assert.Equal("群众生活环境改善程度", environment.Name);
        Assert.Equal(("定性", "良"), (environment.Operator, environment.TextTarget));

        var fee = indicators[2];
        Assert.Equal(("元/年", "=", 8.2m), (fee.UnitOfMeasure, fee.Operator, fee.NumericTarget!.Value));
    }

    [Fact]
    public void Unit_labels_include_department_compiling_unit_and_business_department()
    {
        Assert.Equal(
            ["502-重庆市北碚区朝阳街道办事处", "502001-重庆市北碚区朝阳街道办事处（本级）", "重庆市北碚区朝阳街道办事处"],
            _result.UnitLabels);
        Assert.Equal(2023, _result.YearLabel);
    }

    [Fact]
    public void Card_goals_mentioning_the_labelled_year_are_returned_too()
    {
        Assert.Equal([(2023, 479), (2023, 498)], _result.YearMentions.Select(m => (m.Year, m.Line)));
    }
}
