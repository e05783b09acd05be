namespace BudgetGraph.Parsing.Model;

/// <summary>"三公"经费 table: its five figures plus the vehicle subtotal.</summary>
public sealed record ThreePublicCosts
{
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public decimal? Total { get; init; }                 // 合计
    public decimal? OverseasTravel { get; init; }        // 因公出国（境）费
    public decimal? VehicleSubtotal { get; init; }       // 公务用车购置及运行费 小计
    public decimal? VehiclePurchase { get; init; }       // 公务用车购置费
    public decimal? VehicleOperation { get; init; }      // 公务用车运行费
    public decimal? OfficialReception { get; init; }     // 公务接待费
    public required int Line { get; init; }
}
