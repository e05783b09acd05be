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

    /// <summary>
    /// The catalogue entry of a disclosure's unit: same short name in the same district (a disclosure that names no
    /// district matches by short name alone), else same unit code in the same district. Two districts' units of the
    /// same name (朝阳街道 exists in several) are never taken for one another.
    /// </summary>
    public UnitReference? Find(UnitInfo unit) =>
        _units.FirstOrDefault(u => u.ShortName == unit.ShortName && (unit.District is null || u.DistrictName is null || u.DistrictName == unit.District))
        ?? (unit.UnitCode is { Length: > 0 } code
            ? _units.FirstOrDefault(u => u.UnitCode == code && u.DistrictName is { } d && d == unit.District)
            : null);

    /// <summary>The catalogue entry, or one derived from the text alone (see <see cref="DeriveSlug"/>).</summary>
    public UnitReference Resolve(UnitInfo unit) => Find(unit) ?? new UnitReference(
        unit.ShortName, unit.UnitCode, DeriveSlug(unit), EnglishName: null, unit.District, DistrictEnglishName: null);

    /// <summary>
    /// A readable, stable slug for a unit the catalogue does not list, unique across districts: district and short
    /// name as printed, e.g. "渝中区-解放碑街道" (budget codes such as 307 are reused by every district, so they never
    /// make a slug). Without a district: the short name and a short hash of the official name, e.g. "解放碑街道-1a2b3c4d".
    /// The same unit always gets the same slug, whatever was imported before.
    /// </summary>
    public static string DeriveSlug(UnitInfo unit) => unit.District is { Length: > 0 } district
        ? Clean($"{district}-{unit.ShortName}")
        : Clean($"{unit.ShortName}-{ShortHash(unit.OfficialName)}");

    /// <summary>Spaces and URL delimiters become hyphens.</summary>
    private static string Clean(string slug) =>
        string.Concat(slug.Select(c => char.IsWhiteSpace(c) || "/?#&%+\\\"'<>".Contains(c) ? '-' : char.ToLowerInvariant(c)));

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
