namespace BudgetGraph.Data.Reference;

/// <summary>What the shipped catalogue (Reference/units.json) knows about a unit: stable slug and English names.</summary>
public sealed record UnitReference(
    string ShortName,
    string? UnitCode,
    string Slug,
    string? EnglishName,
    string? DistrictName,
    string? DistrictEnglishName);
