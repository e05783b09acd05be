using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>"三公"经费 of a budget.</summary>
public sealed class ThreePublicCostsType : ObjectGraphType<ThreePublicCosts>
{
    public ThreePublicCostsType()
    {
        Name = "ThreePublicCosts";
        Description = "The \"three public costs\" (\"三公\"经费): overseas travel, official vehicles and official reception.";
        this.Amount("total", "Total (合计).", t => t.Total);
        this.Amount("overseasTravel", "Overseas travel on official business (因公出国（境）费).", t => t.OverseasTravel);
        this.Amount("vehicleSubtotal", "Official vehicles, purchase and operation (公务用车购置及运行费).", t => t.VehicleSubtotal);
        this.Amount("vehiclePurchase", "Official vehicle purchase (公务用车购置费).", t => t.VehiclePurchase);
        this.Amount("vehicleOperation", "Official vehicle operation and maintenance (公务用车运行维护费).", t => t.VehicleOperation);
        this.Amount("officialReception", "Official reception (公务接待费).", t => t.OfficialReception);
        this.Amount("operatingCosts", "Operating costs of the organs (机关运行经费), where the table prints them beside the 三公 figures.", t => t.OperatingCosts);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the figures are (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, c.Source.TableId, c.Source.SourceLine))
            .Reads("BudgetId", "TableId", "SourceLine");
    }
}
