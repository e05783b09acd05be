using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests.Narrative;

/// <summary>Chaoyang 2023: "较 2022 年", "比上年", "与上年持平".</summary>
public sealed class ChaoyangNarrativeTests(NarrativeSeeds seeds) : IClassFixture<NarrativeSeeds>
{
    private readonly IReadOnlyList<NarrativeStatement> _statements = seeds.Chaoyang.Statements;

    private NarrativeStatement Single(NarrativeMetric metric) => Assert.Single(_statements, s => s.Metric == metric);

    [Fact]
    public void Income_compared_with_较_2022_年()
    {
        var income = Single(NarrativeMetric.IncomeTotal);
        Assert.Equal((3394.41m, ChangeDirection.Decrease, -133.02m, 2022), (income.Amount!.Value, income.Direction!.Value, income.Change!.Value, income.ComparedYear!.Value));
        Assert.Equal("上年结转减少", income.Reason);
    }

    [Fact]
    public void Basic_expenditure_increased_and_reason_stops_before_主要用于()
    {
        var basic = Single(NarrativeMetric.BasicExpenditure);
        Assert.Equal((1225.79m, ChangeDirection.Increase, 104.44m), (basic.Amount!.Value, basic.Direction!.Value, basic.Change!.Value));
        Assert.Equal("2023 年人员增加，其中调入 2 人，新招录 4 人", basic.Reason);
        Assert.Equal((2168.63m, -237.45m), (Single(NarrativeMetric.ProjectExpenditure).Amount!.Value, Single(NarrativeMetric.ProjectExpenditure).Change!.Value));
    }

    [Fact]
    public void Twelve_functional_categories_sum_to_the_expenditure()
    {
        var categories = _statements.Where(s => s.Metric == NarrativeMetric.FunctionalCategoryExpenditure).ToList();
        Assert.Equal(12, categories.Count);
        Assert.Equal(("社会保障和就业支出", 1465.27m), (categories[0].Label, categories[0].Amount!.Value));
        Assert.Equal(3394.41m, categories.Sum(c => c.Amount!.Value));
    }

    [Fact]
    public void Three_public_costs_are_flat_against_the_previous_year()
    {
        var parts = _statements.Where(s => s.Section == "四").ToList();
        Assert.Equal([16m, 0m, 5m, 11m, 0m], parts.Select(s => s.Amount!.Value));
        Assert.All(parts, s => Assert.Equal((ChangeDirection.Flat, 0m, 2022), (s.Direction!.Value, s.Change!.Value, s.ComparedYear!.Value)));
        Assert.Equal("本单位公务接待管理规范，公务接待可压缩空间小", Single(NarrativeMetric.OfficialReception).Reason);
    }

    [Fact]
    public void Operating_costs_rose_by_8_56_against_上年()
    {
        var operating = Single(NarrativeMetric.OperatingCosts);
        Assert.Equal((200.03m, 8.56m, 2022), (operating.Amount!.Value, operating.Change!.Value, operating.ComparedYear!.Value));
        Assert.Equal("新增2名事业人员", operating.Reason);
        Assert.Equal(2168.63m, Single(NarrativeMetric.PerformanceManagedProjects).Amount);
    }
}
