using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary><c>ProjectsEdge</c> of the <c>projects</c> field.</summary>
public sealed class ProjectsEdgeType() : EdgeGraphType<ProjectType, Project>("ProjectsEdge", "projects (项目)");
