using BudgetGraph.Data.Comparisons;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

public sealed class SubjectChangeStatusEnum : EnumerationGraphType<SubjectChangeStatus>
{
    public SubjectChangeStatusEnum()
    {
        Name = "SubjectChangeStatus";
        Description = "Whether a subject (科目) appears in both years (延续), only this year (新增) or only last year (取消).";
        Add("CONTINUED", SubjectChangeStatus.Continued, "In both years (延续).");
        Add("NEW", SubjectChangeStatus.New, "Only this year (新增).");
        Add("DROPPED", SubjectChangeStatus.Dropped, "Only in the previous year (取消).");
    }
}
