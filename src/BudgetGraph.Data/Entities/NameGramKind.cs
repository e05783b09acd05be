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
    /// <summary>
    /// The start of <see cref="Unit.OfficialName"/>: its gram of the first two characters, when both are ideographs
    /// (<see cref="Search.NameGrams.Start"/>), so that a <c>startsWith</c> of one gram is its rows, as a <c>contains</c>
    /// of one gram is the rows of <see cref="UnitOfficialName"/>. Unit names are hierarchical (重庆…, a district, a
    /// sub-district): a two-ideograph prefix is shared by many units, and its count and pages then come from this key.
    /// </summary>
    UnitOfficialNameStart = 5,
    /// <summary>The start of <see cref="Unit.ShortName"/> (e.g. 南坪 of 南坪街道), as <see cref="UnitOfficialNameStart"/>.</summary>
    UnitShortNameStart = 6,
    /// <summary>
    /// <see cref="Project.Department"/> (主管部门), as written. A department is a name like a unit's (重庆市南岸区人民政府南坪街道办事处,
    /// 预算科) repeated on every card of a unit: its <c>contains</c> is counted and paged from this kind's grams as a
    /// project name's is. The last kind a bulk load's gram key holds (three bits: <c>BulkNameGrams.Key</c>).
    /// </summary>
    ProjectDepartment = 7,
}
