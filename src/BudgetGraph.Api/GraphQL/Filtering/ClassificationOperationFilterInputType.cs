using BudgetGraph.Api.GraphQL.Enums;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary><c>ClassificationOperationFilterInput</c>.</summary>
public sealed class ClassificationOperationFilterInputType() : EnumOperationFilterInputType<ClassificationType>("Classification", "支出分类");
