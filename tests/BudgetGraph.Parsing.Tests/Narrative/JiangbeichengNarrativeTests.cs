using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests.Narrative;

/// <summary>Jiangbeicheng 2025: state capital figures, "比 2024 年持平", a reason running past "；".</summary>
public sealed class JiangbeichengNarrativeTests(NarrativeSeeds seeds) : IClassFixture<NarrativeSeeds>
{
    private readonly IReadOnlyList<NarrativeStatement> _statements = seeds.Jiangbeicheng.Statements;

    private NarrativeStatement Single(NarrativeMetric metric) => Assert.Single(_statements, s => s.Metric == metric);

    [Fact]
    public void Income_reason_lists_increases_and_decreases_across_a_semicolon()
    {
        var income = Single(NarrativeMetric.IncomeTotal);
        Assert.Equal((3636.80m, -91.13m, 2024), (income.Amount!.Value, income.Change!.Value, income.ComparedYear!.Value));
        Assert.StartsWith("一般公共服务经费拨款增加 420.34 万元", income.Reason);
        Assert.EndsWith("住房保障经费拨款减少 1.01 万元", income.Reason);
        // The amounts inside the reason are not figures of their own.
        Assert.DoesNotContain(_statements, s => s.Amount == 508.11m);
    }

    [Fact]
    public void State_capital_income_and_expenditure_of_2_47()
    {
        var expenditure = Single(NarrativeMetric.StateCapitalExpenditure);
        Assert.Equal((2.47m, -6.83m, "三"), (expenditure.Amount!.Value, expenditure.Change!.Value, expenditure.Section));
        Assert.Equal(2, _statements.Count(s => s.Metric == NarrativeMetric.StateCapitalAppropriation && s.Amount == 2.47m));
    }

    [Fact]
    public void Three_public_costs_of_33_5_are_flat_compared_with_2024()
    {
        var total = Single(NarrativeMetric.ThreePublicCostsTotal);
        Assert.Equal((33.5m, ChangeDirection.Flat, 0m, 2024), (total.Amount!.Value, total.Direction!.Value, total.Change!.Value, total.ComparedYear!.Value));
        Assert.Equal(27.5m, Single(NarrativeMetric.VehicleOperation).Amount);
        Assert.Equal(3m, Single(NarrativeMetric.OverseasTravel).Amount);
    }

    [Fact]
    public void Operating_costs_reason_joins_the_wrapped_line()
    {
        var operating = Single(NarrativeMetric.OperatingCosts);
        Assert.Equal((187.91m, -4.81m), (operating.Amount!.Value, operating.Change!.Value));
        Assert.Equal("厉行节约压减运行经费", operating.Reason);   // "…压减" on line 37, "运行经费。" on line 39
        Assert.Equal(37, operating.Line);
    }

    [Fact]
    public void Procurement_total_954_58_and_two_performance_managed_amounts()
    {
        Assert.Equal(954.58m, Single(NarrativeMetric.ProcurementTotal).Amount);
        Assert.Equal(
            [2304m, 2.47m],
            _statements.Where(s => s.Metric == NarrativeMetric.PerformanceManagedProjects).Select(s => s.Amount!.Value));
    }

    [Fact]
    public void Functional_categories_include_城乡社区支出_1248_18()
    {
        var categories = _statements.Where(s => s.Metric == NarrativeMetric.FunctionalCategoryExpenditure).ToList();
        Assert.Equal(11, categories.Count);
        Assert.Contains(categories, c => c.Label == "城乡社区支出预算" && c.Amount == 1248.18m);
        Assert.Equal(3636.80m, categories.Sum(c => c.Amount!.Value));
    }
}
