using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// A cell of the comparison matrix: one unit, one year, one subject line of the compared table. Read with SQL window
/// functions (see <see cref="CrossUnitComparer"/>), so <see cref="Rank"/> and <see cref="OverallRank"/> are computed
/// by the database over every compared row, before any paging.
/// </summary>
public sealed class ComparisonRow
{
    /// <summary>The expenditure line (the row's key).</summary>
    public int LineId { get; init; }
    public int BudgetId { get; init; }
    public int UnitId { get; init; }
    public string UnitSlug { get; init; } = "";
    public string UnitShortName { get; init; } = "";
    public int Year { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>The level as stored (the enum's name); raw SQL reads it as text.</summary>
    public string LevelName { get; init; } = "";
    public long? Total { get; init; }
    public long? Basic { get; init; }
    public long? Project { get; init; }
    /// <summary>The unit's expenditure total (支出合计) that year, the denominator of the share.</summary>
    public long? UnitExpenditure { get; init; }
    /// <summary>Share in parts per million, integer arithmetic in SQL; only a sort key (the exposed share is exact).</summary>
    public long? ShareKey { get; init; }
    /// <summary>Dense rank by total (null as 0) among the compared rows of the same subject and year; 1 = largest.</summary>
    public int Rank { get; init; }
    /// <summary>Dense rank by total among all compared rows of the same subject, every year; 1 = largest.</summary>
    public int OverallRank { get; init; }
    /// <summary>Line of the source document the row was read from.</summary>
    public int SourceLine { get; init; }

    /// <summary>Level (级次): 类, 款 or 项.</summary>
    public SubjectLevel Level => Enum.Parse<SubjectLevel>(LevelName);

    /// <summary>Percent of the unit's expenditure total, exact, 2 decimals (null without a total).</summary>
    public decimal? ShareOfUnitExpenditure => Percent.Of(Total, UnitExpenditure);
}
