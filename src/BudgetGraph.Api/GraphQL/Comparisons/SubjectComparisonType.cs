using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class SubjectComparisonType : ObjectGraphType<SubjectComparison>
{
    public SubjectComparisonType()
    {
        Name = "SubjectComparison";
        Description = "A budget's subjects (科目) year over year, against the same unit's previous-year disclosure.";
        Field<NonNullGraphType<ComparisonSourceEnum>>("source")
            .Description("DISCLOSURE when the previous year's disclosure is in the dataset, else NONE (and no rows).")
            .Resolve(c => c.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectChangeType>>>>("rows")
            .Description("One row per subject code present in either year, ordered by code.")
            .Resolve(c => c.Source.Rows);
    }
}
