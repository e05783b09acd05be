using System.Runtime.CompilerServices;

namespace BudgetGraph.Testing;

/// <summary>
/// Snapshooter's strict mode for every snapshot test of every test project (linked into each by
/// tests/Directory.Build.props, so each test assembly runs this module initializer): a missing snapshot fails instead
/// of being written (and passing). To write a new snapshot, run the test once with SNAPSHOOTER_STRICT_MODE=false, read
/// the new .snap file by eye, and commit it.
/// </summary>
internal static class SnapshotStrictMode
{
    public const string Variable = "SNAPSHOOTER_STRICT_MODE";

    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) is "true" or "on";

#pragma warning disable CA2255 // a test assembly's set-up, not a library's
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOnUnlessSet()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null) Environment.SetEnvironmentVariable(Variable, "true");
    }
}
