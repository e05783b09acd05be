using System.Globalization;
using System.Text;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>Relay global IDs in HotChocolate 14's format: base64 of "TypeName:rawId" (e.g. "Unit:1" → "VW5pdDox").</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        typeName = text[..colon];
        return int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
