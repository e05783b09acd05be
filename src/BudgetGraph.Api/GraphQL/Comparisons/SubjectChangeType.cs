using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Api.GraphQL.Enums;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class SubjectChangeType : ObjectGraphType<SubjectChange>
{
    public SubjectChangeType()
    {
        Name = "SubjectChange";
        Description = "One functional subject (功能分类科目) of a budget compared with the previous-year disclosure; amounts in 万元.";
        Field(x => x.Code).Description("Subject code (科目编码).");
        Field(x => x.Name).Description("Subject name (科目名称).");
        Field<NonNullGraphType<SubjectLevelType>>("level").Description("Level (级次): 类, 款 or 项.").Resolve(c => c.Source.Level);
        Field<DecimalGraphType>("current").Description("This year's total, 万元 (null: subject absent this year).")
            .Resolve(c => FixedPoint.FromStored(c.Source.Current));
        Field<DecimalGraphType>("prior").Description("Previous year's total, 万元 (null: subject absent last year).")
            .Resolve(c => FixedPoint.FromStored(c.Source.Prior));
        Field<DecimalGraphType>("change").Description("current − prior, 万元 (absent counts as 0).")
            .Resolve(c => FixedPoint.FromStored(c.Source.Change));
        Field(x => x.PercentChange, nullable: true).Description("Change as a percent of prior, 2 decimals (null when prior is 0 or absent).");
        Field<NonNullGraphType<SubjectChangeStatusEnum>>("status").Description("Continued, new or dropped.").Resolve(c => c.Source.Status);
    }
}
