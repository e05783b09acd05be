namespace BudgetGraph.Api.Tests.Database;

/// <summary>The system clock moved by a fixed offset (e.g. an hour later, so that a "last used" stamp is due).</summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
