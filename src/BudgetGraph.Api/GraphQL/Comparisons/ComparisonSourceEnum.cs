using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class ComparisonSourceEnum : EnumerationGraphType<ComparisonSource>
{
    public ComparisonSourceEnum()
    {
        Name = "ComparisonSource";
        Description = "Where a prior-year figure comes from (上年数来源).";
        Add("NARRATIVE", ComparisonSource.Narrative,
            "Derived from the narrative (情况说明): this year's amount minus the stated change (比上年增加/减少).");
        Add("DISCLOSURE", ComparisonSource.Disclosure, "Read from the unit's previous-year disclosure held in the dataset.");
        Add("NONE", ComparisonSource.None, "No prior-year figure exists in the dataset; none is invented.");
    }
}
