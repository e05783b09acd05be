namespace BudgetGraph.Data.Entities;

/// <summary>
/// Which name a <see cref="NameGram"/> row belongs to (stored as a small integer: it leads the key of every gram row).
/// The values are stored: never renumber them.
/// </summary>
public enum NameGramKind : byte
{
    /// <summary><see cref="Unit.OfficialName"/> (GraphQL <c>Unit.name</c>).</summary>
    UnitOfficialName = 1,
    /// <summary><see cref="Unit.ShortName"/>.</summary>
    UnitShortName = 2,
    /// <summary><see cref="Project.Name"/>.</summary>
    ProjectName = 3,
    /// <summary><see cref="Indicator.Name"/>.</summary>
    IndicatorName = 4,
}
