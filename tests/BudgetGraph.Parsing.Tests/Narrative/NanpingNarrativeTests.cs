using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests.Narrative;

/// <summary>Nanping 2024, sections 二–五: every 万元 figure and its change versus 2023.</summary>
public sealed class NanpingNarrativeTests(NarrativeSeeds seeds) : IClassFixture<NarrativeSeeds>
{
    private readonly IReadOnlyList<NarrativeStatement> _statements = seeds.Nanping.Statements;

    private NarrativeStatement Single(NarrativeMetric metric) => Assert.Single(_statements, s => s.Metric == metric);

    [Fact]
    public void Income_4851_31_decreased_by_355_71_with_its_reason()
    {
        var income = Single(NarrativeMetric.IncomeTotal);
        Assert.Equal(4851.31m, income.Amount);
        Assert.Equal((ChangeDirection.Decrease, -355.71m, 2023), (income.Direction!.Value, income.Change!.Value, income.ComparedYear!.Value));
        Assert.Equal("一般公共预算拨款减少353.11万元,政府性基金预算拨款减少2.6万元", income.Reason);
        Assert.Equal(("二", 45), (income.Section, income.Line));
        Assert.Contains("收入比2023年减少355.71万元", income.Sentence);
    }

    [Fact]
    public void General_budget_appropriation_includes_a_carry_over_of_62_66()
    {
        var appropriation = _statements.First(s => s.Metric == NarrativeMetric.GeneralPublicBudgetAppropriation);
        Assert.Equal(("一般公共预算拨款", 4851.31m), (appropriation.Label, appropriation.Amount!.Value));
        var carryOver = Single(NarrativeMetric.CarryOver);
        Assert.Equal(62.66m, carryOver.Amount);
        Assert.Null(carryOver.Change);
    }

    [Fact]
    public void Expenditure_lists_seven_functional_categories()
    {
        var categories = _statements.Where(s => s.Metric == NarrativeMetric.FunctionalCategoryExpenditure).ToList();
        Assert.Equal(7, categories.Count);
        Assert.Equal(("一般公共服务支出预算", 2085.02m), (categories[0].Label, categories[0].Amount!.Value));
        // The printed categories add up to 4,851.30, a cent short of the 4,851.31 total (rounding in the source).
        Assert.Equal(4851.30m, categories.Sum(c => c.Amount!.Value));

        var expenditure = Single(NarrativeMetric.ExpenditureTotal);
        Assert.Equal((4851.31m, -355.71m), (expenditure.Amount!.Value, expenditure.Change!.Value));
        Assert.Equal("基本支出减少47.77万元,项目支出减少307.94万元", expenditure.Reason);
    }

    [Fact]
    public void Basic_expenditure_reason_wraps_onto_the_next_paragraph_but_keeps_its_start_line()
    {
        var basic = Single(NarrativeMetric.BasicExpenditure);
        Assert.Equal((1733.3m, -47.77m, 2023), (basic.Amount!.Value, basic.Change!.Value, basic.ComparedYear!.Value));
        Assert.Equal("调出三人，人员工资福利相应减少", basic.Reason);   // "…主要原因" on line 51, "是调出三人…" on line 53
        Assert.Equal(("三", 51), (basic.Section, basic.Line));
    }

    [Fact]
    public void Project_expenditure_3118_01_decreased_by_305_34()
    {
        var project = Single(NarrativeMetric.ProjectExpenditure);
        Assert.Equal((3118.01m, -305.34m), (project.Amount!.Value, project.Change!.Value));
        Assert.StartsWith("压减村居工作经费", project.Reason);
        Assert.Equal(53, project.Line);
    }

    [Fact]
    public void Government_fund_expenditure_of_zero_fell_by_2_6()
    {
        var fund = Single(NarrativeMetric.GovernmentFundExpenditure);
        Assert.Equal((0m, -2.6m), (fund.Amount!.Value, fund.Change!.Value));
        Assert.Equal(0m, Single(NarrativeMetric.GovernmentFundAppropriation).Amount);
    }

    [Fact]
    public void Three_public_costs_and_each_part_state_their_decrease()
    {
        Assert.Equal(
            [
                (NarrativeMetric.ThreePublicCostsTotal, 18m, -15.09m), (NarrativeMetric.OverseasTravel, 0m, 0m),
                (NarrativeMetric.OfficialReception, 0.5m, -11.59m), (NarrativeMetric.VehicleOperation, 17.5m, -3.5m),
                (NarrativeMetric.VehiclePurchase, 0m, 0m),
            ],
            _statements.Where(s => s.Section == "四").Select(s => (s.Metric, s.Amount!.Value, s.Change!.Value)));
        Assert.All(_statements.Where(s => s.Section == "四"), s => Assert.Equal(ChangeDirection.Decrease, s.Direction));
        // The reason of the vehicle purchase stands after a "；" of its own.
        Assert.Equal("无公务用车购置计划", Single(NarrativeMetric.VehiclePurchase).Reason);
    }

    [Fact]
    public void Operating_costs_procurement_and_performance_managed_projects()
    {
        var operating = Single(NarrativeMetric.OperatingCosts);
        Assert.Equal((230.64m, -16.43m, "五"), (operating.Amount!.Value, operating.Change!.Value, operating.Section));
        Assert.Equal("人员减少，公用经费相应减少", operating.Reason);
        Assert.Equal(0m, Single(NarrativeMetric.ProcurementTotal).Amount);
        Assert.Equal((3118.01m, 69), (Single(NarrativeMetric.PerformanceManagedProjects).Amount!.Value, Single(NarrativeMetric.PerformanceManagedProjects).Line));
    }

    [Fact]
    public void Year_mentions_leave_out_comparisons_and_dates()
    {
        Assert.All(seeds.Nanping.YearMentions, m => Assert.Equal(2024, m.Year));   // "比2023年", "截止 2023 年 12 月" left out
        Assert.Contains(seeds.Nanping.YearMentions, m => m.Line == 45);
    }
}
