using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// Turns budgets' narrative statements into prior-year rows, and checks them against the previous year's
/// disclosure where the dataset holds one. Works on many budgets at once (a fixed number of queries).
/// </summary>
public static class PriorYearChangeCalculator
{
    /// <summary>Headline metrics every budget answers for, from the narrative, the prior disclosure, or "none".</summary>
    private static readonly NarrativeMetric[] HeadlineMetrics =
    [
        NarrativeMetric.IncomeTotal, NarrativeMetric.ExpenditureTotal, NarrativeMetric.BasicExpenditure,
        NarrativeMetric.ProjectExpenditure, NarrativeMetric.ThreePublicCostsTotal,
    ];

    public static async Task<ILookup<int, PriorYearChange>> ForBudgetsAsync(
        BudgetDbContext db, IReadOnlyCollection<int> budgetIds, CancellationToken cancellationToken = default)
    {
        var budgets = await db.Budgets.AsNoTracking().Include(b => b.ThreePublicCosts)
            .Where(b => budgetIds.Contains(b.Id)).ToListAsync(cancellationToken);
        var priorByBudget = await PriorBudgetsAsync(db, budgets, cancellationToken);
        var statements = await db.NarrativeStatements.AsNoTracking()
            .Where(s => budgetIds.Contains(s.BudgetId) && s.Direction != null)
            .OrderBy(s => s.BudgetId).ThenBy(s => s.SourceLine).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

        var rows = new List<PriorYearChange>();
        foreach (var budget in budgets)
        {
            var prior = priorByBudget.GetValueOrDefault(budget.Id);
            var own = statements.Where(s => s.BudgetId == budget.Id).ToList();
            rows.AddRange(own.Select(s => FromNarrative(s, prior)));
            foreach (var metric in HeadlineMetrics.Where(m => own.All(s => s.Metric != m)))
                rows.Add(FromDisclosures(budget, metric, prior));
        }
        return rows.ToLookup(r => r.BudgetId);
    }

    /// <summary>The same unit's budget of the previous fiscal year, for each budget that has one in the dataset.</summary>
    public static async Task<Dictionary<int, Budget>> PriorBudgetsAsync(
        BudgetDbContext db, IReadOnlyCollection<Budget> budgets, CancellationToken cancellationToken = default)
    {
        var unitIds = budgets.Select(b => b.UnitId).Distinct().ToList();
        var candidates = await db.Budgets.AsNoTracking().Include(b => b.ThreePublicCosts)
            .Where(b => unitIds.Contains(b.UnitId)).ToListAsync(cancellationToken);
        var result = new Dictionary<int, Budget>();
        foreach (var budget in budgets)
        {
            var prior = candidates.FirstOrDefault(c => c.UnitId == budget.UnitId && c.FiscalYear == budget.FiscalYear - 1);
            if (prior is not null) result[budget.Id] = prior;
        }
        return result;
    }

    private static PriorYearChange FromNarrative(Entities.NarrativeStatement statement, Budget? priorBudget)
    {
        long? priorAmount = statement.Amount is { } current && statement.Change is { } change ? current - change : null;
        long? disclosed = priorBudget is null ? null : NarrativePriorMetrics.DisclosedValue(statement.Metric, priorBudget);
        return new PriorYearChange
        {
            BudgetId = statement.BudgetId,
            Metric = statement.Metric,
            Label = statement.Label,
            CurrentAmount = statement.Amount,
            Change = statement.Change,
            PriorAmount = priorAmount,
            PercentChange = Percent.Of(statement.Change, priorAmount),
            ComparedYear = statement.ComparedYear,
            Reason = statement.Reason,
            Sentence = statement.Sentence,
            SourceLine = statement.SourceLine,
            Source = ComparisonSource.Narrative,
            DisclosedPriorAmount = disclosed,
            AgreesWithDisclosure = disclosed is null || priorAmount is null ? null : disclosed == priorAmount,
        };
    }

    private static PriorYearChange FromDisclosures(Budget budget, NarrativeMetric metric, Budget? priorBudget)
    {
        var current = NarrativePriorMetrics.DisclosedValue(metric, budget);
        var prior = priorBudget is null ? null : NarrativePriorMetrics.DisclosedValue(metric, priorBudget);
        long? change = current is { } c && prior is { } p ? c - p : null;
        return new PriorYearChange
        {
            BudgetId = budget.Id,
            Metric = metric,
            Label = metric.ToString(),
            CurrentAmount = current,
            Change = change,
            PriorAmount = prior,
            PercentChange = Percent.Of(change, prior),
            ComparedYear = priorBudget?.FiscalYear,
            Sentence = "",
            Source = priorBudget is null || prior is null ? ComparisonSource.None : ComparisonSource.Disclosure,
            DisclosedPriorAmount = prior,
        };
    }
}
