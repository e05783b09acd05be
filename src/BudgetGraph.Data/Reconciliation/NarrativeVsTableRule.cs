using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A figure stated in the narrative (sections 二–五) equals the table that prints the same thing: income and
/// expenditure totals, basic and project expenditure, a 类 of expenditure, "三公" total and parts, procurement.
/// Where two tables print the figure (表二 and 表八 for basic expenditure), agreeing with either is enough: the
/// tables' own disagreement is <see cref="Table2VsTable8Rule"/>'s finding. Statements without an amount (only a
/// change versus last year) are not checked. The project expenditure under performance management may be stated
/// per fund in one sentence (004: "一般公共预算当年财政拨款 2304 万元，国有资本经营预算 2.47 万元"): those parts are
/// added up and compared as one figure.
/// </summary>
public sealed class NarrativeVsTableRule : IReconciliationRule
{
    public string Code => RuleCodes.NarrativeNotTable;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var statement in input.Disclosure.NarrativeStatements.Where(s => s.Metric != NarrativeMetric.PerformanceManagedProjects)
                     .Concat(PerformanceManagedProjectsPerSentence(input.Disclosure)))
        {
            if (statement.Amount is not { } stated) continue;
            var candidates = TableFigures(input, statement).Where(c => c.Amount is not null).ToList();
            if (candidates.Count == 0 || candidates.Any(c => c.Amount == stated)) continue;
            var first = candidates[0];
            yield return new Finding(Code, first.Table, statement.Label, statement.Line, Expected: first.Amount, Actual: stated,
                $"The narrative states {statement.Label} {Amounts.Show(stated)} but " +
                string.Join(" / ", candidates.Select(c => $"{c.Table} prints {Amounts.Show(c.Amount)}")) + ".");
        }
    }

    private static IEnumerable<NarrativeStatement> PerformanceManagedProjectsPerSentence(Disclosure disclosure) =>
        disclosure.NarrativeStatements
            .Where(s => s.Metric == NarrativeMetric.PerformanceManagedProjects && s.Amount is not null)
            .GroupBy(s => (s.Line, s.Sentence))
            .Select(g => g.Count() == 1 ? g.First() : g.First() with
            {
                Label = string.Join(" + ", g.Select(s => s.Label)),
                Amount = g.Sum(s => s.Amount!.Value),
            });

    private sealed record TableFigure(string Table, decimal? Amount);

    // An empty fund table ("故此表无数据") states 0.
    private static IEnumerable<TableFigure> FundTable(Disclosure disclosure, FunctionalTableKind kind) =>
        disclosure.FunctionalTables.Where(t => t.Kind == kind)
            .Select(t => new TableFigure(t.Title, t.Total?.Total ?? (t.Rows.Count == 0 ? 0m : null)));

    private static IEnumerable<TableFigure> TableFigures(ReconciliationInput input, NarrativeStatement statement)
    {
        var disclosure = input.Disclosure;
        var totals = input.Totals;
        var table2 = disclosure.FunctionalTables.FirstOrDefault(t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure);
        var table8 = disclosure.FunctionalTables.FirstOrDefault(t => t.Kind == FunctionalTableKind.DepartmentExpenditure);
        var expenditureTables = new[] { table2, table8 }.OfType<FunctionalExpenditureTable>().ToList();
        var costs = disclosure.ThreePublicCosts;
        var costsTitle = costs?.Title ?? "三公经费";

        switch (statement.Metric)
        {
            case NarrativeMetric.IncomeTotal:
                yield return new("收入合计", totals.IncomeTotal);
                break;
            case NarrativeMetric.ExpenditureTotal:
                yield return new("支出合计", totals.ExpenditureTotal);
                foreach (var table in expenditureTables) yield return new(table.Title, table.Total?.Total);
                break;
            case NarrativeMetric.BasicExpenditure:
                foreach (var table in expenditureTables) yield return new(table.Title, table.Total?.Basic);
                break;
            case NarrativeMetric.ProjectExpenditure:
            case NarrativeMetric.PerformanceManagedProjects:
                foreach (var table in expenditureTables) yield return new(table.Title, table.Total?.Project);
                break;
            case NarrativeMetric.GeneralPublicBudgetAppropriation:
                // Stated either as this year's appropriation or including the carry-over ("含上年结转").
                if (table2 is not null) yield return new(table2.Title, table2.Total?.Total);
                yield return new("一般公共预算资金", totals.GeneralPublicBudgetIncome);
                if (totals.GeneralPublicBudgetIncome is { } gpb && totals.CarryOver is { } carry)
                    yield return new("一般公共预算资金 + 上年结转", gpb + carry);
                break;
            case NarrativeMetric.GeneralPublicBudgetExpenditure:
                if (table2 is not null) yield return new(table2.Title, table2.Total?.Total);
                break;
            case NarrativeMetric.GovernmentFundExpenditure:
                foreach (var figure in FundTable(disclosure, FunctionalTableKind.GovernmentFundExpenditure)) yield return figure;
                break;
            case NarrativeMetric.StateCapitalExpenditure:
                foreach (var figure in FundTable(disclosure, FunctionalTableKind.StateCapitalExpenditure)) yield return figure;
                break;
            case NarrativeMetric.FunctionalCategoryExpenditure:
                foreach (var table in expenditureTables)
                    foreach (var row in table.Rows.Where(r => r.Code.Length == 3 && statement.Label.StartsWith(r.Name, StringComparison.Ordinal)))
                        yield return new(table.Title, row.Total);
                break;
            case NarrativeMetric.ThreePublicCostsTotal:
                yield return new(costsTitle, costs?.Total);
                break;
            case NarrativeMetric.OverseasTravel:
                yield return new(costsTitle, costs?.OverseasTravel);
                break;
            case NarrativeMetric.OfficialReception:
                yield return new(costsTitle, costs?.OfficialReception);
                break;
            case NarrativeMetric.VehicleOperation:
                yield return new(costsTitle, costs?.VehicleOperation);
                break;
            case NarrativeMetric.VehiclePurchase:
                yield return new(costsTitle, costs?.VehiclePurchase);
                break;
            case NarrativeMetric.ProcurementTotal:
                foreach (var table in disclosure.ProcurementTables)
                    yield return new(table.Title, table.Total ?? (table.Rows.Count == 0 ? 0m : null));
                break;
        }
    }
}
