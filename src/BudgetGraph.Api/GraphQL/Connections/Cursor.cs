using System.Globalization;
using System.Text;
using BudgetGraph.Api.GraphQL.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// HotChocolate's index cursor: base64 of the zero-based position in the filtered, sorted list ("MA==" is 0).
/// Clients must treat it as opaque.
/// </summary>
public static class Cursor
{
    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return index;
        }
        catch (FormatException)
        {
        }
        throw new QueryArgumentError(ErrorCodes.InvalidCursor,
            $"The cursor '{cursor}' given as `{argument}` is not a cursor of this connection; use a cursor from `pageInfo` or `edges`.");
    }
}
