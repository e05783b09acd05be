using BudgetGraph.Api.GraphQL.Loading;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary>A fiscal year with the units that have a budget for it.</summary>
public sealed class FiscalYearType : ObjectGraphType<FiscalYear>
{
    public FiscalYearType()
    {
        Name = "FiscalYear";
        Description = "A fiscal year (预算年度) with the units that published a budget for it.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year (年度), e.g. 2024.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("Units with a budget for this year (有预算的单位).")
            .Resolve(c => new ListResult(c, c.Source.UnitIds.Select(id => EntityQueries.ByKey(c, id, db => db.Units, u => u.Id, "Id")).ToList(), skipMissing: true));
    }
}
