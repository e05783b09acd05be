using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Benchmark;

/// <summary>Drives one query with N concurrent clients (each waits for its answer before sending again) for a fixed time.</summary>
public sealed class LoadRunner(HttpClient client, string graphqlUrl)
{
    public async Task<BenchmarkResult> RunAsync(BenchmarkQuery query, int clients, TimeSpan warmUp, TimeSpan duration)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = query.Query }));
        var (answerBytes, answerObjects) = await EnsureAnswersWithoutErrorsAsync(query, body);

        await DriveAsync(body, clients, warmUp);
        var recorders = await DriveAsync(body, clients, duration);
        return LatencyRecorder.Merge(query.Name, duration, recorders) with { AnswerBytes = answerBytes, AnswerObjects = answerObjects };
    }

    private async Task<LatencyRecorder[]> DriveAsync(byte[] body, int clients, TimeSpan duration)
    {
        var recorders = Enumerable.Range(0, clients).Select(_ => new LatencyRecorder()).ToArray();
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(recorders.Select(recorder => Task.Run(() => ClientLoopAsync(body, recorder, stopAt))));
        return recorders;
    }

    private async Task ClientLoopAsync(byte[] body, LatencyRecorder recorder, long stopAt)
    {
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(CreateRequest(body));
                var content = await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode) recorder.Record(Stopwatch.GetTimestamp() - started);
                else recorder.RecordError($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(content)}");
            }
            catch (HttpRequestException e)
            {
                recorder.RecordError(e.Message);
            }
        }
    }

    // One checked request first: figures of error responses would be meaningless. Returns the answer's size in bytes
    // and the objects it holds.
    private async Task<(int Bytes, int Objects)> EnsureAnswersWithoutErrorsAsync(BenchmarkQuery query, byte[] body)
    {
        using var response = await client.SendAsync(CreateRequest(body));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(bytes);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
        {
            var text = Encoding.UTF8.GetString(bytes);
            throw new InvalidOperationException($"Query \"{query.Name}\" does not run cleanly (HTTP {(int)response.StatusCode}): {text[..Math.Min(text.Length, 600)]}");
        }
        return (bytes.Length, json.RootElement.TryGetProperty("data", out var data) ? ObjectsWithin(data) : 0);
    }

    /// <summary>The JSON objects nested in <paramref name="element"/>, not counting itself.</summary>
    internal static int ObjectsWithin(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => (p.Value.ValueKind == JsonValueKind.Object ? 1 : 0) + ObjectsWithin(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(v => (v.ValueKind == JsonValueKind.Object ? 1 : 0) + ObjectsWithin(v)),
        _ => 0,
    };

    private HttpRequestMessage CreateRequest(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, graphqlUrl) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }
}
