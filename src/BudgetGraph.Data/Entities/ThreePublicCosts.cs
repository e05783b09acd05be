namespace BudgetGraph.Data.Entities;

/// <summary>"三公"经费 of a budget: the five figures of the table plus the vehicle subtotal.</summary>
public class ThreePublicCosts
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    public long? Total { get; set; }
    public long? OverseasTravel { get; set; }
    public long? VehicleSubtotal { get; set; }
    public long? VehiclePurchase { get; set; }
    public long? VehicleOperation { get; set; }
    public long? OfficialReception { get; set; }
    /// <summary>机关运行经费, where the table prints it beside the 三公 figures (“三公”经费和机关运行经费预算表).</summary>
    public long? OperatingCosts { get; set; }
    public int SourceLine { get; set; }
}
