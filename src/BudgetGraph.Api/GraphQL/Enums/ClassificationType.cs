using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum Classification</c>.</summary>
public sealed class ClassificationType() : DescribedEnumType<Classification>("Classification",
    "Which classification of government expenditure a code belongs to (支出分类).",
    (Classification.Functional, "FUNCTIONAL", "Functional classification (功能分类科目): what the money is for."),
    (Classification.Economic, "ECONOMIC", "Economic classification (经济分类科目): what kind of spending it is."));
