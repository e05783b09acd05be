using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum ChangeDirection</c>.</summary>
public sealed class ChangeDirectionType() : DescribedEnumType<ChangeDirection>("ChangeDirection",
    "Direction of a stated change versus the previous year (增减方向).",
    (ChangeDirection.Increase, "INCREASE", "增加."),
    (ChangeDirection.Decrease, "DECREASE", "减少."),
    (ChangeDirection.Flat, "FLAT", "持平."));
