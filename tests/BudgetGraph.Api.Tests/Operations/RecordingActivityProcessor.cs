using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace BudgetGraph.Api.Tests.Operations;

/// <summary>Records the source name of every span that a tracer provider ends (recorded spans only).</summary>
public sealed class RecordingActivityProcessor : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<string> sources = new();

    public IReadOnlyList<string> Sources => [.. sources];

    public override void OnEnd(Activity data) => sources.Enqueue(data.Source.Name);
}
