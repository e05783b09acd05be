using System.Runtime.CompilerServices;
using BudgetGraph.Data;

namespace BudgetGraph.Testing;

/// <summary>
/// SQLite's process-wide settings as the API's <c>Program.cs</c> makes them (<see cref="SqliteLibrary"/>), before any
/// test opens a connection, so every test of the projects that use the database (linked into them by
/// tests/Directory.Build.props) runs SQLite in the mode the service and the import run it in: multi-thread, no
/// per-connection mutex. <c>SqliteLibraryTests</c> checks the setting took.
/// </summary>
internal static class SqliteLibrarySetUp
{
#pragma warning disable CA2255 // a test assembly's set-up, not a library's
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Configure() => SqliteLibrary.Configure();
}
