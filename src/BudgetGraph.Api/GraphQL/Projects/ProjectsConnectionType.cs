using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary><c>ProjectsConnection</c> of the <c>projects</c> field.</summary>
public sealed class ProjectsConnectionType() : ConnectionGraphType<ProjectType, ProjectsEdgeType, Project>("ProjectsConnection", "projects (项目)");
