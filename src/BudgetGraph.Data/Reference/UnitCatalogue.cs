using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reference;

/// <summary>
/// The units we know (embedded Reference/units.json). A disclosure's unit is matched by short name, else by
/// district + unit code. An unknown unit is never rejected: it gets a derived slug and no English name.
/// </summary>
public sealed class UnitCatalogue
{
    private readonly IReadOnlyList<UnitReference> _units;

    public UnitCatalogue(IReadOnlyList<UnitReference> units) => _units = units;

    /// <summary>The catalogue shipped with the assembly.</summary>
    public static UnitCatalogue Shipped { get; } = new(Load());

    public IReadOnlyList<UnitReference> Units => _units;

    public UnitReference? Find(UnitInfo unit) =>
        _units.FirstOrDefault(u => u.ShortName == unit.ShortName)
        ?? (unit.UnitCode is { Length: > 0 } code
            ? _units.FirstOrDefault(u => u.UnitCode == code && u.DistrictName is { } d && d == unit.District)
            : null);

    /// <summary>The catalogue entry, or one derived from the text alone (slug from the unit code, else a name hash).</summary>
    public UnitReference Resolve(UnitInfo unit) => Find(unit) ?? new UnitReference(
        unit.ShortName, unit.UnitCode, DeriveSlug(unit), EnglishName: null, unit.District, DistrictEnglishName: null);

    /// <summary>
    /// A readable, stable slug for a unit we have no entry for: "unit-307" from its code, else "unit-" and a short
    /// hash of its district and short name (Chinese names have no URL-safe form without a transliteration table).
    /// </summary>
    public static string DeriveSlug(UnitInfo unit)
    {
        if (unit.UnitCode is { Length: > 0 } code && code.All(char.IsAsciiLetterOrDigit))
            return $"unit-{code.ToLowerInvariant()}";
        return $"unit-{ShortHash(unit.District + "/" + unit.ShortName)}";
    }

    internal static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    private static IReadOnlyList<UnitReference> Load()
    {
        using var stream = ReferenceResources.Open("units.json");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => new UnitReference(
                u.GetProperty("shortName").GetString()!,
                u.GetProperty("unitCode").GetString(),
                u.GetProperty("slug").GetString()!,
                u.GetProperty("englishName").GetString(),
                u.GetProperty("districtName").GetString(),
                u.GetProperty("districtEnglishName").GetString()))
            .ToList();
    }
}
