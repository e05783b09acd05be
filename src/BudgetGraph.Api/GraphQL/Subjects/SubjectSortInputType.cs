using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary><c>SubjectSortInput</c>.</summary>
public sealed class SubjectSortInputType() : EntitySortInputType<Subject>("Subject", "科目", SubjectQuerySpec.Sort);
