using Snapshooter;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;

namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class SnapshotStrictModeTests
{
    [Fact]
    public void A_missing_snapshot_fails_instead_of_being_written()
    {
        if (!SnapshotStrictMode.IsOn) return; // SNAPSHOOTER_STRICT_MODE=false: someone is writing new snapshots
        var folder = Directory.CreateTempSubdirectory("budgetgraph-snapshots-").FullName;
        try
        {
            Assert.Throws<SnapshotNotFoundException>(() => Snapshot.Match(new { value = 1 }, new SnapshotFullName("missing.snap", folder)));
            Assert.DoesNotContain(Directory.EnumerateFiles(folder, "missing.snap", SearchOption.AllDirectories),
                path => !path.Contains("__mismatch__", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
