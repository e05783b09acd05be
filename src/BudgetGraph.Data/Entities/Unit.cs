namespace BudgetGraph.Data.Entities;

/// <summary>A publishing unit (预算单位), e.g. 南坪街道. One row per unit, shared by its budgets of every year.</summary>
public class Unit
{
    public int Id { get; set; }
    /// <summary>Stable URL name, e.g. "nanping".</summary>
    public string Slug { get; set; } = "";
    public string OfficialName { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string? EnglishName { get; set; }
    public string? DistrictName { get; set; }
    public string? DistrictEnglishName { get; set; }
    public string? UnitCode { get; set; }
    public string? FunctionsText { get; set; }
    public string? StructureText { get; set; }
    public string? ContactLine { get; set; }
    public List<Budget> Budgets { get; set; } = [];
}
