using BudgetGraph.Api.GraphQL.Subjects;
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
        Field(x => x.Rank).Description("Rank by total among the compared rows of the same subject and the same year (年度内排名): " +
                                       "1 = largest, a missing total counts as 0, ties share a rank and the next total gets the next " +
                                       "number (dense rank). Computed over every row the filters select, before paging and `top`.");
        Field(x => x.OverallRank).Description("Rank by total among all compared rows of the same subject, every year together " +
                                              "(总排名), same rules as `rank`; use it when the units' years differ.");
        this.AddEnglishNameFields(Classification.Functional, r => r.Code);
        Field(x => x.SourceLine).Description("Line of the source document the row was read from (原文行号).");
    }
}
