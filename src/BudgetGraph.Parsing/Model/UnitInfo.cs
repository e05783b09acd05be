namespace BudgetGraph.Parsing.Model;

/// <summary>The publishing unit (预算单位) as the disclosure states it.</summary>
public sealed record UnitInfo
{
    /// <summary>Official name, e.g. 重庆市南岸区人民政府南坪街道办事处.</summary>
    public required string OfficialName { get; init; }

    /// <summary>Short name, e.g. 南坪街道.</summary>
    public required string ShortName { get; init; }

    /// <summary>District (区) in Chinese, e.g. 南岸区; null when the text never says.</summary>
    public string? District { get; init; }

    /// <summary>Unit code where stated, e.g. 307 (from "307-重庆市…").</summary>
    public string? UnitCode { get; init; }

    /// <summary>职能职责 text.</summary>
    public string? FunctionsText { get; init; }

    /// <summary>单位构成 text.</summary>
    public string? StructureText { get; init; }

    /// <summary>The contact line as printed, e.g. "部门预算公开联系人：喻兰椒 联系方式：023-62909809".</summary>
    public string? ContactLine { get; init; }

    /// <summary>Line the official name was read from.</summary>
    public int Line { get; init; }
}
