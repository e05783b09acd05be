using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Shandong 2024: one cell per line, long texts wrapping onto lines without a tab, splits 区级支出 / 补助街镇.</summary>
public sealed class ShandongPerformanceTests(PerformanceSeeds seeds) : IClassFixture<PerformanceSeeds>
{
    private readonly PerformanceResult _result = seeds[SeedFile.Shandong];

    [Fact]
    public void Overall_table_reads_percent_weights_as_numbers()
    {
        var overall = _result.Overall!;
        Assert.Equal("部门整体绩效目标表", overall.Title);
        Assert.Equal("山洞街道办事处", overall.UnitLabel);
        Assert.Equal(1009.24m, overall.Budget);
        Assert.Equal(["验收合格率", "完成及时率", "地区安全性", "环境美化率", "群众满意度"], overall.Indicators.Select(i => i.Name));
        Assert.All(overall.Indicators, i =>
        {
            Assert.Equal(20m, i.Weight);   // printed "20%"
            Assert.Equal("%", i.UnitOfMeasure);
            Assert.Equal("≥", i.Operator);
            Assert.Equal(90m, i.NumericTarget);
        });
        Assert.Equal(20, overall.Indicators[0].Line);   // the row's first printed line (19 is its empty leading cell)
    }

    [Fact]
    public void Five_special_fund_cards_with_budgets_and_indicator_counts()
    {
        Assert.Equal(
            [
                ("保基本民生项目（镇街体制）", 156.83m, 5), ("基层社会治理（镇街体制）", 50.2m, 6),
                ("清扫保洁及市政绿化管护（镇街体制）", 106.48m, 8), ("群众慰问帮扶（镇街体制）", 0.9m, 4),
                ("政策性人员（镇街体制）", 18.57m, 6),
            ],
            _result.Projects.Select(p => (p.Name!, p.Budget!.Value, p.Indicators.Count)));
        Assert.All(_result.Projects, p => Assert.Equal("707-重庆市沙坪坝区山洞街道", p.Department));
    }

    [Fact]
    public void First_card_splits_its_budget_into_district_spending_and_an_empty_subsidy()
    {
        var card = _result.Projects[0];
        Assert.Equal(55, card.StartLine);
        Assert.Equal(2, card.Splits.Count);
        Assert.Equal(("区级支出", 156.83m, 69), (card.Splits[0].Label, card.Splits[0].Amount, card.Splits[0].Line));
        Assert.Equal("补助街镇", card.Splits[1].Label);
        Assert.Null(card.Splits[1].Amount);
    }

    [Fact]
    public void Wrapped_text_cells_are_joined_line_by_line_even_across_blank_lines()
    {
        var card = _result.Projects[0];
        Assert.Equal(
            "1.社区居委会16人、专职副书记2人2025年全年补贴发放；\n2.社区11名小组长、6名居委监督成员2025年全年补贴发放；\n" +
            "3.2个社区2025年全年办公经费发放；\n解决群众反映强烈、急需解决而又无资金来源的民生问题；开展党员志愿服务、党内关怀、访贫问苦。",
            card.Overview);
        // Item 4 of 立项依据 follows a blank line inside the cell (line 89) and still belongs to it.
        var basis = card.Basis!.Split('\n');
        Assert.Equal(5, basis.Length);
        Assert.StartsWith("4.《中共重庆市委组织部", basis[3]);
        Assert.StartsWith("5.《关于修订", basis[4]);
        Assert.Equal(card.Overview, card.AnnualGoal);
    }

    [Fact]
    public void Qualitative_indicator_keeps_its_text_target()
    {
        var qualitative = _result.Projects[3].Indicators[^1];
        Assert.StartsWith("提升3-5级严重精神障碍患者服务管理能效", qualitative.Name);
        Assert.Equal("定性", qualitative.Operator);
        Assert.Equal("良好", qualitative.TextTarget);
        Assert.Null(qualitative.NumericTarget);
        Assert.Null(qualitative.UnitOfMeasure);
        Assert.Equal(20m, qualitative.Weight);
    }

    [Fact]
    public void Hyphen_inside_a_name_is_not_taken_for_a_level_prefix()
    {
        var control = _result.Projects[3].Indicators[0];
        Assert.Equal("3-5级严重精神障碍患者管控率", control.Name);
        Assert.Null(control.Level1);
    }

    [Fact]
    public void Year_label_is_the_budget_label_2024年预算()
    {
        Assert.Equal(2024, _result.YearLabel);
        Assert.Equal(69, _result.YearLabelLine);
        Assert.Equal(["山洞街道办事处", "707-重庆市沙坪坝区山洞街道"], _result.UnitLabels);
    }

    [Fact]
    public void Card_texts_planning_for_2025_are_returned_as_year_mentions()
    {
        // Labelled "2024年预算", but its 项目概况 and 当年绩效目标 plan "2025年全年补贴发放"; 立项依据 citations are left out.
        Assert.All(_result.YearMentions, m => Assert.Equal(2025, m.Year));
        Assert.Equal([80, 81, 82, 94, 95, 96, 455, 466], _result.YearMentions.Select(m => m.Line));
        Assert.Contains("2025年全年补贴发放", _result.YearMentions[0].Context);
    }
}
