using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary><c>ProjectSortInput</c>.</summary>
public sealed class ProjectSortInputType() : EntitySortInputType<Project>("Project", "项目", ProjectQuerySpec.Sort);
