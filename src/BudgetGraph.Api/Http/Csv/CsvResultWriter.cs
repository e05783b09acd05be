using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http.Csv;

/// <summary>
/// Answers a GET that asked for <c>text/csv</c> (<see cref="CsvAcceptance"/>) with the query's one list as an RFC 4180
/// file written by CsvHelper: UTF-8 with a byte order mark (so spreadsheet programs read the Chinese text right),
/// CRLF, a header row of dotted column names (<see cref="JsonTableFlattener"/>), and <c>Content-Disposition: attachment</c>
/// with a file name. Text that a spreadsheet would run as a formula (<c>= + - @</c> first) is prefixed with <c>'</c>;
/// numbers are written exactly as the JSON answer prints them.
/// When there is no table to give, the answer is a GraphQL error body in <c>application/json</c>: the request's own
/// errors with 400 (syntax, validation) or 422 (the query ran but reported errors, so a file would be incomplete), and
/// 406 <c>CSV_NOT_ONE_LIST</c> when the result is not one list.
/// </summary>
public sealed class CsvResultWriter(GraphQLHttpResponseWriter json)
{
    public const string NotOneListCode = "CSV_NOT_ONE_LIST";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public async Task WriteAsync(HttpContext http, ExecutionResult result, string? operationName, CancellationToken cancellationToken)
    {
        if (!result.Executed || result.Errors is { Count: > 0 })
        {
            var status = result.Executed ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
            await json.WriteResultAsync(http, GraphQLMediaTypes.Json, status, result, cacheable: false, cancellationToken);
            return;
        }

        CsvTable table;
        var body = await json.SerializeAsync(result, cancellationToken);
        using (var document = JsonDocument.Parse(body))
        {
            try
            {
                table = JsonTableFlattener.Flatten(document.RootElement.GetProperty("data"));
            }
            catch (CsvNotOneListException notOneList)
            {
                await json.WriteRequestErrorAsync(http, GraphQLMediaTypes.Json,
                    new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, NotOneListCode, notOneList.Message), cancellationToken);
                return;
            }
        }

        var bytes = Write(table);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = CsvAcceptance.MediaType + "; charset=utf-8; header=present";
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName(operationName, table.Name));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        await http.Response.Body.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>The file's bytes: BOM, header row, one record per row.</summary>
    public static byte[] Write(CsvTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            if (table.Columns.Count == 0)
            {
                // An empty list has no columns to name; still a valid file with the list's name as its only header.
                writer.WriteHeader([table.Name]);
            }
            else
            {
                writer.WriteHeader(table.Columns.ToArray());
                foreach (var row in table.Rows)
                {
                    foreach (var cell in row) WriteCell(writer, cell);
                    writer.EndRecord();
                }
            }
        }
        return stream.ToArray();
    }

    // A number goes in as a decimal (exact, and never mistaken for a formula however it starts, e.g. -91.13); decimal
    // keeps the scale it was parsed with, so "1629.08" is written back as 1629.08.
    private static void WriteCell(CsvWriter writer, CsvCell cell)
    {
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            writer.WriteField(number, default(ReadOnlySpan<char>));
        else
            writer.WriteField(cell.Text);
    }

    /// <summary><c>CompareUnits.csv</c> for a named operation, else the list's path: <c>compare.csv</c>, <c>budget-expenditureLines.csv</c>.</summary>
    public static string FileName(string? operationName, string listName)
    {
        var stem = new StringBuilder();
        foreach (var character in operationName ?? listName)
            stem.Append(char.IsAsciiLetterOrDigit(character) || character is '_' or '-' ? character : '-');
        return (stem.Length == 0 ? "data" : stem.ToString()) + ".csv";
    }
}
