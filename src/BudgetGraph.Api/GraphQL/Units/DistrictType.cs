using BudgetGraph.Data.Entities;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary>The district (区) of a unit; read from the unit's own columns.</summary>
public sealed class DistrictType : ObjectGraphType<Unit>
{
    public DistrictType()
    {
        Name = "District";
        Description = "The urban district (所属区) a unit belongs to.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Chinese name (区名), e.g. 南岸区.").Resolve(c => c.Source.DistrictName ?? "")
            .Reads(nameof(Unit.DistrictName));
        Field<StringGraphType>("englishName").Description("English name (英文名), e.g. Nan'an District.").Resolve(c => c.Source.DistrictEnglishName)
            .Reads(nameof(Unit.DistrictEnglishName));
    }
}
