using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary><c>ProjectFilterInput</c>.</summary>
public sealed class ProjectFilterInputType() : EntityFilterInputType<Project>("Project", "项目", ProjectQuerySpec.Filter);
