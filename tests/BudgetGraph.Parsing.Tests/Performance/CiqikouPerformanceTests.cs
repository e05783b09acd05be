using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Ciqikou 2024: one cell per line, levels as "产出-数量-…" name prefixes, full-width ＝, operators on their own line.</summary>
public sealed class CiqikouPerformanceTests(PerformanceSeeds seeds) : IClassFixture<PerformanceSeeds>
{
    private readonly PerformanceResult _result = seeds[SeedFile.Ciqikou];

    [Fact]
    public void Overall_budget_with_trailing_full_width_space_is_read()
    {
        var overall = _result.Overall!;
        Assert.Equal("磁器口街道", overall.UnitLabel);
        Assert.Equal(1629.08m, overall.Budget);   // printed "1629.08　"
        Assert.Equal(7, overall.Indicators.Count);
    }

    [Fact]
    public void Overall_table_printing_its_unit_in_the_budget_label_keeps_it()
    {
        // Line 6 "部门支出预算总量（万元）": the table prints no 单位 line.
        Assert.Equal("万元", _result.Overall!.PrintedUnit);
    }

    [Fact]
    public void Full_width_equals_is_normalised_and_kept_raw()
    {
        var cleaning = _result.Overall!.Indicators[0];
        Assert.Equal("保洁面积", cleaning.Name);
        Assert.Equal("=", cleaning.Operator);
        Assert.Equal("＝", cleaning.OperatorRaw);
        Assert.Equal(510000m, cleaning.NumericTarget);
    }

    [Fact]
    public void Ten_special_fund_cards_with_budgets()
    {
        Assert.Equal(
            ["一般性项目（设备采购类）", "一般性项目（基础办公类）", "安全生产及应急处置", "人大政协工作", "社会公共服务",
             "项目尾款", "河道安全及水体管护", "一般性项目（运行成本类）", "基层社会治理", "市政环卫管护"],
            _result.Projects.Select(p => p.Name));
        Assert.Equal([2.00m, 17m, 13.2m, 1.8m, 6m, 90m, 5.6m, 58m, 12m, 313.4m], _result.Projects.Select(p => p.Budget!.Value));
        Assert.Equal([4, 4, 7, 4, 5, 4, 5, 4, 4, 5], _result.Projects.Select(p => p.Indicators.Count));
        Assert.All(_result.Projects, p => Assert.Equal("预算科", p.Department));
    }

    [Fact]
    public void Level_prefixes_of_indicator_names_become_levels()
    {
        var computers = _result.Projects[0].Indicators[0];
        Assert.Equal(("产出", "数量", "购买电脑数量"), (computers.Level1, computers.Level2, computers.Name));
        Assert.Equal("产出-数量-购买电脑数量", computers.RawName);
        Assert.Equal(30m, computers.Weight);
        Assert.Equal("台", computers.UnitOfMeasure);
        Assert.Equal("=", computers.Operator);
        Assert.Equal("＝", computers.OperatorRaw);
        Assert.Equal(3m, computers.NumericTarget);

        var satisfaction = _result.Projects[0].Indicators[2];
        Assert.Equal(("满意度", null, "满意度"), (satisfaction.Level1, satisfaction.Level2, satisfaction.Name));

        var service = _result.Projects[3].Indicators.Single(i => i.RawName == "满意度-服务对象满意度-满意度");
        Assert.Equal(("满意度", "服务对象满意度", "满意度"), (service.Level1, service.Level2, service.Name));
        Assert.Equal(97m, service.NumericTarget);
    }

    [Fact]
    public void Qualitative_benefit_indicator_has_text_target()
    {
        var benefit = _result.Projects[0].Indicators[3];
        Assert.Equal(("效益", "社会效益", "保证机关办公正常运行"), (benefit.Level1, benefit.Level2, benefit.Name));
        Assert.Equal("定性", benefit.Operator);
        Assert.Equal("良好", benefit.TextTarget);
        Assert.Null(benefit.UnitOfMeasure);
    }

    [Fact]
    public void Operator_printed_on_its_own_line_is_joined_to_its_cell()
    {
        // Lines 183-184: a cell holding a space, then "≥" on a line without a tab.
        var maintenance = _result.Projects[1].Indicators[0];
        Assert.Equal("多功能一体机维保次数", maintenance.Name);
        Assert.Equal(180, maintenance.Line); // the row's first printed line: 179 is its empty leading cell
        Assert.Equal("≥", maintenance.Operator);
        Assert.Equal("≥", maintenance.OperatorRaw);
        Assert.Equal(1m, maintenance.NumericTarget);
        Assert.Equal("个", maintenance.UnitOfMeasure);
    }

    [Fact]
    public void Cards_split_the_budget_into_district_spending_and_empty_subsidy()
    {
        var card = _result.Projects[0];
        Assert.Equal([("区级支出", (decimal?)2.00m), ("补助街镇", null)], card.Splits.Select(s => (s.Label, s.Amount)));
        Assert.Equal(2024, _result.YearLabel);
        Assert.Equal(83, _result.YearLabelLine);
    }
}
