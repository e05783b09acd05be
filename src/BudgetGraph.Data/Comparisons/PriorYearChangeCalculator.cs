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
        var current = await DisclosedFigures.LoadAsync(db, budgetIds, cancellationToken);
        var priorIds = await PriorBudgets.IdsAsync(db, current.Values.Select(f => f.Budget).ToList(), cancellationToken);
        var prior = await DisclosedFigures.LoadAsync(db, priorIds.Values.ToList(), cancellationToken);
        var statements = (await db.NarrativeStatements.AsNoTracking()
            .Where(s => budgetIds.Contains(s.BudgetId) && s.Direction != null)
            .OrderBy(s => s.BudgetId).ThenBy(s => s.SourceLine).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken)).ToLookup(s => s.BudgetId); // per budget, in that order

        var rows = new List<PriorYearChange>();
        foreach (var figures in current.Values.OrderBy(f => f.Budget.Id))
        {
            var priorFigures = priorIds.TryGetValue(figures.Budget.Id, out var priorId) ? prior[priorId] : null;
            var own = statements[figures.Budget.Id].ToList();
            rows.AddRange(own.Select(s => FromNarrative(s, priorFigures)));
            foreach (var metric in HeadlineMetrics.Where(m => own.All(s => s.Metric != m)))
                rows.Add(FromDisclosures(figures, metric, priorFigures));
        }
        return rows.ToLookup(r => r.BudgetId);
    }

    private static PriorYearChange FromNarrative(Entities.NarrativeStatement statement, DisclosedFigures? prior)
    {
        long? priorAmount = statement.Amount is { } current && statement.Change is { } change ? current - change : null;
        var disclosed = prior?.For(statement.Metric, statement.Section);
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

    private static PriorYearChange FromDisclosures(DisclosedFigures current, NarrativeMetric metric, DisclosedFigures? prior)
    {
        var amount = current.For(metric, section: null);
        var priorAmount = prior?.For(metric, section: null);
        long? change = amount is { } c && priorAmount is { } p ? c - p : null;
        return new PriorYearChange
        {
            BudgetId = current.Budget.Id,
            Metric = metric,
            Label = metric.ToString(),
            CurrentAmount = amount,
            Change = change,
            PriorAmount = priorAmount,
            PercentChange = Percent.Of(change, priorAmount),
            ComparedYear = prior?.Budget.FiscalYear,
            Sentence = "",
            Source = priorAmount is null ? ComparisonSource.None : ComparisonSource.Disclosure,
            DisclosedPriorAmount = priorAmount,
        };
    }
}
