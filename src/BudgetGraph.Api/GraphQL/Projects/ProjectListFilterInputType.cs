using BudgetGraph.Api.GraphQL.Filtering;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary><c>ListFilterInputTypeOfProjectFilterInput</c>.</summary>
public sealed class ProjectListFilterInputType()
    : ListFilterInputType<ProjectFilterInputType>("ProjectFilterInput", "projects (项目)");
