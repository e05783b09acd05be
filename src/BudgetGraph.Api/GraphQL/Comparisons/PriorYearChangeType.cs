using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Api.GraphQL.Enums;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class PriorYearChangeType : ObjectGraphType<PriorYearChange>
{
    public PriorYearChangeType()
    {
        Name = "PriorYearChange";
        Description = "A 'this year vs last year' figure of a budget (同比变动), from the narrative statement " +
                      "(比上年增加/减少/持平) or, without one, from the previous-year disclosure; amounts in 万元.";
        Field<NonNullGraphType<NarrativeMetricType>>("metric")
            .Description("What is measured, e.g. INCOME_TOTAL (收入), BASIC_EXPENDITURE (基本支出).")
            .Resolve(c => c.Source.Metric);
        Field(x => x.Label).Description("The measured thing as the narrative writes it (e.g. 一般公共预算拨款).");
        Field<DecimalGraphType>("currentAmount").Description("This year's amount, 万元.").Resolve(c => FixedPoint.FromStored(c.Source.CurrentAmount));
        Field<DecimalGraphType>("change").Description("Signed change versus the previous year, 万元 (减少 is negative, 持平 is 0).")
            .Resolve(c => FixedPoint.FromStored(c.Source.Change));
        Field<DecimalGraphType>("priorAmount").Description("Previous year's amount, 万元: current − change for the narrative.")
            .Resolve(c => FixedPoint.FromStored(c.Source.PriorAmount));
        Field(x => x.PercentChange, nullable: true).Description("Change as a percent of the previous year, rounded to 2 decimals.");
        Field(x => x.ComparedYear, nullable: true).Description("The year compared against (比X年).");
        Field(x => x.Reason, nullable: true).Description("The stated reason (主要原因).");
        Field(x => x.Sentence).Description("The source sentence of the narrative; empty for rows not taken from it.");
        Field(x => x.SourceLine).Description("Line of the sentence in the source document (0 when not from the narrative).");
        Field<NonNullGraphType<ComparisonSourceEnum>>("source").Description("Where the prior-year figure comes from.")
            .Resolve(c => c.Source.Source);
        Field<DecimalGraphType>("disclosedPriorAmount")
            .Description("The previous-year disclosure's own figure, 万元, when the dataset holds that disclosure.")
            .Resolve(c => FixedPoint.FromStored(c.Source.DisclosedPriorAmount));
        Field(x => x.AgreesWithDisclosure, nullable: true)
            .Description("Whether the narrative's implied prior year equals the previous-year disclosure (null: nothing to check).");
    }

}
