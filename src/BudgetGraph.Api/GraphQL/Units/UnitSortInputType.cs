using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary><c>UnitSortInput</c>.</summary>
public sealed class UnitSortInputType() : EntitySortInputType<Unit>("Unit", "预算单位", UnitQuerySpec.Sort);
