using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary><c>UnitFilterInput</c>.</summary>
public sealed class UnitFilterInputType() : EntityFilterInputType<Unit>("Unit", "预算单位", UnitQuerySpec.Filter);
