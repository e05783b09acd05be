using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Jiangbeicheng 2025: 17 一般性项目 cards, one empty 重点专项 table, header quirks across page breaks.</summary>
public sealed class JiangbeichengPerformanceTests(PerformanceSeeds seeds) : IClassFixture<PerformanceSeeds>
{
    private readonly PerformanceResult _result = seeds[SeedFile.Jiangbeicheng];

    [Fact]
    public void Overall_table_has_budget_3636_80_and_seven_indicators()
    {
        var overall = _result.Overall!;
        Assert.Equal("表十", overall.TableNumber);
        Assert.Equal("806—重庆市江北区人民政府江北城街道办事处", overall.UnitLabel);
        Assert.Equal(3636.80m, overall.Budget);
        Assert.Equal(7, overall.Indicators.Count);

        var safety = overall.Indicators.Single(i => i.Name == "群众安全感指数");
        Assert.Equal("定性", safety.Operator);
        Assert.Equal("高于全区安全感指数平均值", safety.TextTarget);
        Assert.False(safety.IsCore);
        Assert.Equal(5, overall.Indicators.Count(i => i.IsCore == true));
    }

    [Fact]
    public void Empty_key_fund_table_is_a_card_with_its_remark()
    {
        var empty = _result.Projects[0];
        Assert.Equal("2025年重点专项资金绩效目标表（一级项目）", empty.Title);
        Assert.Equal(492, empty.StartLine);
        Assert.True(empty.IsEmpty);
        Assert.Equal("本部门无此项收支，故此表无数据。", empty.Remark);
        Assert.Null(empty.Name);
        Assert.Null(empty.Budget);
        Assert.Empty(empty.Indicators);
    }

    [Fact]
    public void Seventeen_general_project_cards_total_2083_80()
    {
        var cards = _result.Projects.Where(p => p.Title == "2025年一般性项目绩效目标表（一级项目）").ToList();
        Assert.Equal(17, cards.Count);
        Assert.All(cards, c => Assert.False(c.IsEmpty));
        Assert.All(cards, c => Assert.Equal("表十二", c.TableNumber));
        Assert.Equal(2083.80m, cards.Sum(c => c.Budget!.Value));
        Assert.Equal(("统战及民族宗教工作经费", 6.00m), (cards[0].Name!, cards[0].Budget!.Value));
        Assert.Equal(("城乡社区管理工作经费", 1085.93m), (cards[15].Name!, cards[15].Budget!.Value));
        Assert.Equal([8, 6, 6, 7, 8, 4, 6, 5, 5, 6, 4, 7, 5, 5, 6, 7, 4], cards.Select(c => c.Indicators.Count));
    }

    [Fact]
    public void Indicator_label_printed_on_the_first_data_row_does_not_lose_that_row()
    {
        // 组织工作经费: the header row starts with an empty cell and "绩效指标" stands in front of the first indicator.
        var card = _result.Projects.Single(p => p.Name == "组织工作经费");
        Assert.Equal(85.04m, card.Budget);
        Assert.Equal("非公党组织联合党员活动参加人数", card.Indicators[0].Name);
        Assert.Equal(1000m, card.Indicators[0].NumericTarget);
        var guidance = card.Indicators.Single(i => i.Name == "有效引领非公经济组织坚定不移跟党走");
        Assert.Equal(("定性", "好", true), (guidance.Operator, guidance.TextTarget, guidance.IsCore!.Value));
    }

    [Fact]
    public void Separator_line_under_a_card_is_page_furniture_and_never_an_indicator()
    {
        var card = _result.Projects.Single(p => p.Name == "财政管理业务经费");
        Assert.Equal("年度预算执行率", card.Indicators[^1].Name);
        Assert.Equal(("当月结束", "定性"), (card.Indicators[3].TextTarget, card.Indicators[3].Operator));
        Assert.DoesNotContain(card.Indicators, i => i.Line == 782);
    }

    [Fact]
    public void Compiling_unit_with_the_amount_unit_in_the_same_cell_is_cleaned()
    {
        Assert.Equal(
            ["806—重庆市江北区人民政府江北城街道办事处", "806-重庆市江北区人民政府江北城街道办事处"],
            _result.UnitLabels);
        Assert.Equal(2025, _result.YearLabel);
        Assert.Equal(492, _result.YearLabelLine);
    }
}
