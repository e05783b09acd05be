namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// The document's year label agrees with the years its own texts plan for. One finding per disagreeing year,
/// at its first mention (001 is labelled 2024 while its cards plan "2025年…"). Expected/actual hold the years.
/// </summary>
public sealed class YearLabelRule : IReconciliationRule
{
    public string Code => RuleCodes.YearLabelDisagreesWithText;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var label = input.Disclosure.FiscalYear;
        foreach (var year in input.Disclosure.YearMentions.Where(m => m.Year != label).GroupBy(m => m.Year).OrderBy(g => g.Key))
        {
            var first = year.OrderBy(m => m.Line).First();
            yield return new Finding(Code, Table: null, Row: first.Context, first.Line, Expected: label, Actual: year.Key,
                $"The document is labelled {label} but {year.Count()} of its texts plan for {year.Key}, first at line {first.Line}: \"{first.Context}\".");
        }
    }
}
