using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary>A labelled split of a project's budget.</summary>
public sealed class FundingSplitType : ObjectGraphType<ProjectFundingSplit>
{
    public FundingSplitType()
    {
        Name = "FundingSplit";
        Description = "A labelled split of a project's budget (资金来源/安排), e.g. 本级安排 or 上级补助.";
        this.Column<ProjectFundingSplit, NonNullGraphType<StringGraphType>, string>("label", "The label as written (名目).", s => s.Label);
        this.Amount("amount", "The amount of this split (金额).", s => s.Amount);
        this.Column<ProjectFundingSplit, NonNullGraphType<IntGraphType>, int>("line", "Line of the source document (来源行号).", s => s.SourceLine);
    }
}
