using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary><c>EconomicLineFilterInput</c>.</summary>
public sealed class EconomicLineFilterInputType()
    : EntityFilterInputType<EconomicLine>("EconomicLine", "经济分类支出行", EconomicLineQuerySpec.Filter);
