using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Api.GraphQL.Enums;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class ComparisonRowType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowType()
    {
        Name = "ComparisonRow";
        Description = "One cell of a cross-unit comparison (横向比较): a unit, a year and a functional subject; amounts in 万元.";
        Field(x => x.UnitSlug).Description("The unit's slug, e.g. nanping.");
        Field(x => x.UnitShortName).Description("The unit's short name (简称), e.g. 南坪街道.");
        Field(x => x.Year).Description("Fiscal year (预算年度).");
        Field(x => x.Code).Description("Subject code (科目编码).");
        Field(x => x.Name).Description("Subject name (科目名称) as this unit's disclosure prints it.");
        Field<NonNullGraphType<SubjectLevelType>>("level").Description("Level (级次): 类, 款 or 项.").Resolve(c => c.Source.Level);
        Field<DecimalGraphType>("total").Description("Total (合计), 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Total));
        Field<DecimalGraphType>("basic").Description("Basic expenditure (基本支出), 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Basic));
        Field<DecimalGraphType>("project").Description("Project expenditure (项目支出), 万元.").Resolve(c => FixedPoint.FromStored(c.Source.Project));
        Field(x => x.ShareOfUnitExpenditure, nullable: true)
            .Description("Percent of the unit's total expenditure (支出合计) that year, 2 decimals.");
        Field(x => x.Rank).Description("Rank by total among the compared units for the same year and subject (1 = largest; ties share).");
    }
}
