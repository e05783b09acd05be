using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary><c>UnitsConnection</c> of the <c>units</c> field.</summary>
public sealed class UnitsConnectionType() : ConnectionGraphType<UnitType, UnitsEdgeType, Unit>("UnitsConnection", "units (预算单位)");
