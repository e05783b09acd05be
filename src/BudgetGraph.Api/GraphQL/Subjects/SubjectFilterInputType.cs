using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary><c>SubjectFilterInput</c>.</summary>
public sealed class SubjectFilterInputType() : EntityFilterInputType<Subject>("Subject", "科目", SubjectQuerySpec.Filter);
