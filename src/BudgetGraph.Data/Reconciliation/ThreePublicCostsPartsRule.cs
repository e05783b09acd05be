namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// "三公"经费: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and the vehicle subtotal =
/// 购置费 + 运行费.
/// </summary>
public sealed class ThreePublicCostsPartsRule : IReconciliationRule
{
    public string Code => RuleCodes.ThreePublicCostsPartsNotTotal;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        if (input.Disclosure.ThreePublicCosts is not { } costs) yield break;

        var vehicleParts = new[] { costs.VehiclePurchase, costs.VehicleOperation };
        var vehicleSum = Amounts.Sum(vehicleParts);
        if (Amounts.Differ(costs.VehicleSubtotal, vehicleSum, vehicleParts.Any(p => p is not null)))
            yield return new Finding(Code, costs.Title, "公务用车购置及运行费", costs.Line, vehicleSum, costs.VehicleSubtotal ?? 0m,
                $"公务用车购置及运行费 is {Amounts.Show(costs.VehicleSubtotal)} but 购置费 + 运行费 = {Amounts.Show(vehicleSum)}.");

        // The subtotal stands for the vehicle costs; fall back to its parts when the subtotal cell is empty.
        var vehicles = costs.VehicleSubtotal ?? (vehicleParts.Any(p => p is not null) ? vehicleSum : null);
        var parts = new[] { costs.OverseasTravel, vehicles, costs.OfficialReception };
        var sum = Amounts.Sum(parts);
        if (Amounts.Differ(costs.Total, sum, parts.Any(p => p is not null)))
            yield return new Finding(Code, costs.Title, "合计", costs.Line, sum, costs.Total ?? 0m,
                $"三公经费合计 is {Amounts.Show(costs.Total)} but 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = {Amounts.Show(sum)}.");
    }
}
