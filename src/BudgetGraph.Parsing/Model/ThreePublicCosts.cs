namespace BudgetGraph.Parsing.Model;

/// <summary>"三公"经费 table: its five figures plus the vehicle subtotal (and 机关运行经费 where printed), in 万元.</summary>
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
    /// <summary>机关运行经费, where the table prints it beside the 三公 figures (“三公”经费和机关运行经费预算表).</summary>
    public decimal? OperatingCosts { get; init; }
    /// <summary>A remark under the table, e.g. "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。".</summary>
    public string? Remark { get; init; }
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
    public required int Line { get; init; }
}
