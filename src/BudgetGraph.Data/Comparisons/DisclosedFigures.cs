using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// The figures of one disclosure that narrative statements speak of, so a narrative's implied prior year can be
/// checked against the previous year's disclosure. Section 三 of the narrative (部门预算情况说明) speaks of the
/// general public budget only, so its 基本支出/项目支出 are checked against 表二 (一般公共预算财政拨款支出预算表),
/// while section 二 speaks of the whole department (部门支出总表).
/// </summary>
public sealed record DisclosedFigures(Budget Budget, long? GeneralPublicTotal, long? GeneralPublicBasic, long? GeneralPublicProject)
{
    public static async Task<Dictionary<int, DisclosedFigures>> LoadAsync(
        BudgetDbContext db, IReadOnlyCollection<int> budgetIds, CancellationToken cancellationToken = default)
    {
        // A document without a prior year (most of a first import) asks for none: no round trip for two empty answers.
        if (budgetIds.Count == 0) return [];
        var budgets = await db.Budgets.AsNoTracking().Include(b => b.ThreePublicCosts)
            .Where(b => budgetIds.Contains(b.Id)).ToListAsync(cancellationToken);
        // Sum of the 类 rows of 表二 per budget, in SQL (a 类 row already holds its 款 and 项).
        var generalPublic = await db.ExpenditureLines.AsNoTracking()
            .Where(l => budgetIds.Contains(l.BudgetId) && l.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure
                        && l.Level == SubjectLevel.Category)
            .GroupBy(l => l.BudgetId)
            .Select(g => new { BudgetId = g.Key, Total = g.Sum(l => l.Total ?? 0), Basic = g.Sum(l => l.Basic ?? 0), Project = g.Sum(l => l.Project ?? 0) })
            .ToDictionaryAsync(g => g.BudgetId, cancellationToken);
        return budgets.ToDictionary(b => b.Id, b =>
        {
            var sums = generalPublic.GetValueOrDefault(b.Id);
            return new DisclosedFigures(b, sums?.Total, sums?.Basic, sums?.Project);
        });
    }

    /// <summary>The disclosure's figure for what a narrative statement measures; null when it has no counterpart.</summary>
    public long? For(NarrativeMetric metric, string? section) => metric switch
    {
        NarrativeMetric.IncomeTotal => Budget.IncomeTotal,
        NarrativeMetric.ExpenditureTotal => Budget.ExpenditureTotal,
        NarrativeMetric.GeneralPublicBudgetExpenditure => GeneralPublicTotal,
        NarrativeMetric.GovernmentFundAppropriation => Budget.GovernmentFundIncome,
        NarrativeMetric.StateCapitalAppropriation => Budget.StateCapitalIncome,
        NarrativeMetric.BasicExpenditure => section == "三" ? GeneralPublicBasic ?? Budget.BasicExpenditure : Budget.BasicExpenditure,
        NarrativeMetric.ProjectExpenditure => section == "三" ? GeneralPublicProject ?? Budget.ProjectExpenditure : Budget.ProjectExpenditure,
        NarrativeMetric.ThreePublicCostsTotal => Budget.ThreePublicCosts?.Total,
        NarrativeMetric.OverseasTravel => Budget.ThreePublicCosts?.OverseasTravel,
        NarrativeMetric.OfficialReception => Budget.ThreePublicCosts?.OfficialReception,
        NarrativeMetric.VehicleOperation => Budget.ThreePublicCosts?.VehicleOperation,
        NarrativeMetric.VehiclePurchase => Budget.ThreePublicCosts?.VehiclePurchase,
        NarrativeMetric.ProcurementTotal => Budget.ProcurementTotal,
        _ => null,
    };
}
