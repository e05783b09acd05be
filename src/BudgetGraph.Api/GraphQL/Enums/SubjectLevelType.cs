using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum SubjectLevel</c>.</summary>
public sealed class SubjectLevelType() : DescribedEnumType<SubjectLevel>("SubjectLevel",
    "Level of a classification code (科目级次): 类 (3 digits), 款 (5), 项 (7).",
    (SubjectLevel.Category, "CATEGORY", "类, a 3-digit code such as 212."),
    (SubjectLevel.Section, "SECTION", "款, a 5-digit code such as 21205."),
    (SubjectLevel.Item, "ITEM", "项, a 7-digit code such as 2120501."));
