namespace BudgetGraph.Parsing.Model;

/// <summary>Where a disclosure announces one of its tables.</summary>
public enum AnnouncementSource
{
    /// <summary>An entry of the 目录 (table of contents).</summary>
    Contents,
    /// <summary>The 表N numbering: a printed table number, or a number skipped between two printed ones (表一 … 表三 announces 表二).</summary>
    Numbering,
    /// <summary>A table named in the 说明 text (e.g. "详见《政府采购预算明细表》").</summary>
    Explanation,
}
