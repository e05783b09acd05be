using System.Text.Json;

namespace BudgetGraph.Api.Http.Csv;

/// <summary>
/// Finds the one list in a GraphQL answer's <c>data</c> and flattens it into a <see cref="CsvTable"/>.
/// <list type="bullet">
/// <item>From <c>data</c> it follows objects that have a single field (<c>{ budget { expenditureLines [...] } }</c>).</item>
/// <item>A connection is unwrapped: its <c>nodes</c>, or else the <c>node</c> of each of its <c>edges</c>; an aggregate
/// its <c>rows</c>. <c>totalCount</c>, <c>pageInfo</c>, <c>missing</c> and the other fields beside them are left out.</item>
/// <item>Anything else — an object with several fields, a scalar, null — is not one list: <see cref="CsvNotOneListException"/>.</item>
/// </list>
/// Each element becomes a row: nested objects as dotted columns (<c>unit.shortName</c>), nested lists as their JSON text
/// in one cell, null as an empty cell. Columns appear in the order the answer first shows them.
/// </summary>
public static class JsonTableFlattener
{
    public static CsvTable Flatten(JsonElement data)
    {
        var (path, items) = FindList(data);
        var name = path.Count == 0 ? "data" : string.Join('.', path);
        var columns = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Dictionary<string, CsvCell>>();
        var leafName = path.Count == 0 ? "value" : path[^1];
        foreach (var item in items)
        {
            var row = new Dictionary<string, CsvCell>(StringComparer.Ordinal);
            if (item.ValueKind == JsonValueKind.Object) AddObject(item, prefix: "", row, columns, known);
            else Add(leafName, Cell(item), row, columns, known);
            rows.Add(row);
        }

        // A nested object that was null in one row and present in another gives "unit" and "unit.name": keep only the
        // dotted columns when the bare one never holds a value.
        columns.RemoveAll(column =>
            columns.Exists(other => other.StartsWith(column + ".", StringComparison.Ordinal))
            && rows.TrueForAll(row => !row.TryGetValue(column, out var cell) || cell.Text is null));

        var table = rows.ConvertAll(row => (IReadOnlyList<CsvCell>)columns.ConvertAll(column => row.GetValueOrDefault(column, CsvCell.Empty)));
        return new CsvTable(name, columns, table);
    }

    private static (List<string> Path, IEnumerable<JsonElement> Items) FindList(JsonElement data)
    {
        var path = new List<string>();
        var current = data;
        while (true)
        {
            switch (current.ValueKind)
            {
                case JsonValueKind.Array:
                    return (path, current.EnumerateArray().ToList());
                case JsonValueKind.Object when current.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array:
                    return (path, nodes.EnumerateArray().ToList());
                case JsonValueKind.Object when current.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array:
                    return (path, edges.EnumerateArray()
                        .Select(edge => edge.ValueKind == JsonValueKind.Object && edge.TryGetProperty("node", out var node) ? node : edge)
                        .ToList());
                case JsonValueKind.Object when current.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array:
                    return (path, rows.EnumerateArray().ToList());
                case JsonValueKind.Object:
                    var fields = current.EnumerateObject().ToList();
                    if (fields.Count != 1)
                    {
                        throw new CsvNotOneListException(
                            $"A CSV answer needs a query whose result is one list; {Where(path)} has {fields.Count} fields " +
                            $"({string.Join(", ", fields.Select(field => field.Name))}). Select only the list, e.g. {{ compare(…) {{ … }} }}.");
                    }
                    path.Add(fields[0].Name);
                    current = fields[0].Value;
                    break;
                default:
                    throw new CsvNotOneListException(
                        $"A CSV answer needs a query whose result is one list; {Where(path)} is {(current.ValueKind == JsonValueKind.Null ? "null" : "a single value")}, not a list.");
            }
        }
    }

    private static string Where(List<string> path) => path.Count == 0 ? "data" : "data." + string.Join('.', path);

    private static void AddObject(JsonElement item, string prefix, Dictionary<string, CsvCell> row, List<string> columns, HashSet<string> known)
    {
        foreach (var field in item.EnumerateObject())
        {
            var column = prefix + field.Name;
            if (field.Value.ValueKind == JsonValueKind.Object) AddObject(field.Value, column + ".", row, columns, known);
            else Add(column, Cell(field.Value), row, columns, known);
        }
    }

    private static void Add(string column, CsvCell cell, Dictionary<string, CsvCell> row, List<string> columns, HashSet<string> known)
    {
        if (known.Add(column)) columns.Add(column);
        row[column] = cell;
    }

    private static CsvCell Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new CsvCell(value.GetString(), false),
        // The exact digits of the answer (Decimal amounts stay exact: no double in between).
        JsonValueKind.Number => new CsvCell(value.GetRawText(), true),
        JsonValueKind.True => new CsvCell("true", false),
        JsonValueKind.False => new CsvCell("false", false),
        JsonValueKind.Null or JsonValueKind.Undefined => CsvCell.Empty,
        // A list (or an object inside a list) stays one cell, as its JSON text.
        _ => new CsvCell(value.GetRawText(), false),
    };
}
