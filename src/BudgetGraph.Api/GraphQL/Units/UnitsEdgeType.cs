using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary><c>UnitsEdge</c> of the <c>units</c> field.</summary>
public sealed class UnitsEdgeType() : EdgeGraphType<UnitType, Unit>("UnitsEdge", "units (预算单位)");
