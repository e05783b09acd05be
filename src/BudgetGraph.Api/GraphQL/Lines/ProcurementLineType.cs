using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A row of 政府采购预算明细表.</summary>
public sealed class ProcurementLineType : ObjectGraphType<ProcurementLine>
{
    public ProcurementLineType()
    {
        Name = "ProcurementLine";
        Description = "A row of the government procurement budget table (政府采购预算明细表).";
        this.Column<ProcurementLine, StringGraphType, string?>("code", "Item code as printed (编码).", l => l.Code);
        this.Column<ProcurementLine, NonNullGraphType<StringGraphType>, string>("name", "Item or unit name (名称).", l => l.Name);
        this.Amount("total", "Procurement budget (采购预算合计).", l => l.Total);
        this.Amount("generalPublicBudget", "Of which from the general public budget (一般公共预算).", l => l.GeneralPublicBudget);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the row is (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, c.Source.TableId, c.Source.SourceLine))
            .Reads("BudgetId", "TableId", "SourceLine");
    }
}
