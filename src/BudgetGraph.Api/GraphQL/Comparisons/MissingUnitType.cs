using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>MissingUnit</c>.</summary>
public sealed class MissingUnitType : ObjectGraphType<MissingUnit>
{
    public MissingUnitType()
    {
        Name = "MissingUnit";
        Description = "A unit (and year) in scope of a cross-unit answer that contributes no row, and why (未纳入的单位).";
        Field(x => x.UnitSlug).Description("The unit's slug, e.g. ciqikou.");
        Field(x => x.UnitShortName).Description("The unit's short name (简称), e.g. 磁器口.");
        Field(x => x.Year, nullable: true).Description("The fiscal year concerned (预算年度); null when the unit has no disclosure at all.");
        Field<NonNullGraphType<MissingReasonEnum>>("reasonCode").Description("Why, as a code (原因代码).").Resolve(c => c.Source.ReasonCode);
        Field(x => x.Reason).Description("Why, in words (原因).");
    }
}
