using BudgetGraph.Api.GraphQL.Enums;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary><c>SubjectLevelOperationFilterInput</c>.</summary>
public sealed class SubjectLevelOperationFilterInputType() : EnumOperationFilterInputType<SubjectLevelType>("SubjectLevel", "科目级次");
