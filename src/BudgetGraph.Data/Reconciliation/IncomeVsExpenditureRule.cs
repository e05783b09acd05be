using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>In each 收支总表 the income total (收入合计) equals the expenditure total (支出合计).</summary>
public sealed class IncomeVsExpenditureRule : IReconciliationRule
{
    public string Code => RuleCodes.IncomeNotExpenditure;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var table in input.Disclosure.SummaryTables)
        {
            var income = table.Lines.LastOrDefault(l => l.Side == SummarySide.Income && l.Role == SummaryLineRole.Total);
            var expenditure = table.Lines.LastOrDefault(l => l.Side == SummarySide.Expenditure && l.Role == SummaryLineRole.Total);
            if (income?.Amount is not { } incomeTotal || expenditure?.Amount is not { } expenditureTotal) continue;
            if (incomeTotal == expenditureTotal) continue;
            yield return new Finding(Code, table.Title, expenditure.Label, expenditure.Line, Expected: incomeTotal, Actual: expenditureTotal,
                $"{income.Label} {Amounts.Show(incomeTotal)} but {expenditure.Label} {Amounts.Show(expenditureTotal)}.");
        }
    }
}
