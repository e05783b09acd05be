using BudgetGraph.Api.GraphQL.Enums;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary><c>FunctionalTableOperationFilterInput</c>.</summary>
public sealed class FunctionalTableOperationFilterInputType() : EnumOperationFilterInputType<FunctionalTableKindType>("FunctionalTable", "功能分类支出表");
