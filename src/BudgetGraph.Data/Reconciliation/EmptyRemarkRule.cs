using System.Text.RegularExpressions;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A table whose remark says it is empty ("故本表为空表", "故此表无数据") while it prints figures other than zero, e.g.
/// wanli-2024's 三公 table (47.91 万元 under "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表"). The figures are
/// kept as printed; the finding shows the contradiction.
/// </summary>
public sealed partial class EmptyRemarkRule : IReconciliationRule
{
    public string Code => RuleCodes.RemarkSaysEmptyButFigures;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var d = input.Disclosure;
        if (d.ThreePublicCosts is { Remark: { } remark } costs && SaysEmpty().IsMatch(remark)
            && new[] { costs.Total, costs.OverseasTravel, costs.VehicleSubtotal, costs.OfficialReception, costs.OperatingCosts }.FirstOrDefault(a => a is not null and not 0m) is { } figure)
            yield return new Finding(Code, costs.Title, "备注", costs.Line, 0m, figure,
                $"The remark says the table is empty ('{remark}') but it prints {Amounts.Show(figure)} 万元.");

        foreach (var table in d.FunctionalTables)
        {
            if (table.Remark is not { } note || !SaysEmpty().IsMatch(note)) continue;
            if (table.Rows.FirstOrDefault(r => r.Total is not null and not 0m) is { } row)
                yield return new Finding(Code, table.Title, row.Code, row.Line, 0m, row.Total!.Value,
                    $"The remark says the table is empty ('{note}') but row {row.Code} prints {Amounts.Show(row.Total)} 万元.");
        }
    }

    [GeneratedRegex(@"空表|无数据|无此项")]
    private static partial Regex SaysEmpty();
}
