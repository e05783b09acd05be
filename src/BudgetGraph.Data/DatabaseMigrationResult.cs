namespace BudgetGraph.Data;

/// <summary>What <see cref="DatabaseSetup.MigrateAsync"/> found and did.</summary>
/// <param name="AdoptedLandedRelease">The database was made by the release before migrations and is now recorded as at the first migration.</param>
/// <param name="Pending">The migrations that were pending when it looked (applied now, by this process or a concurrent one).</param>
/// <param name="Current">The last applied migration.</param>
public sealed record DatabaseMigrationResult(bool AdoptedLandedRelease, IReadOnlyList<string> Pending, string? Current)
{
    public override string ToString() =>
        (AdoptedLandedRelease ? "adopted a database of the release before migrations; " : "") +
        (Pending.Count == 0 ? "schema up to date" : $"applied {Pending.Count} migration(s): {string.Join(", ", Pending)}") +
        $" (current: {Current ?? "none"})";
}
