using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary>An enum graph type whose values are listed by hand, each with its GraphQL name and description.</summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType where TEnum : struct, Enum
{
    protected DescribedEnumType(string name, string description, params (TEnum Value, string Name, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, valueName, valueDescription) in values) Add(valueName, value, valueDescription);
    }
}
