namespace BudgetGraph.Api.Tests.Operations;

/// <summary>
/// Tests whose hosts subscribe to EF Core's diagnostics for the whole process (the OpenTelemetry EF Core instrumentation
/// listens to the global <c>Microsoft.EntityFrameworkCore</c> DiagnosticListener): while such a host lives, every other
/// host's EF Core sees an observer and runs its cached commands through EF Core's pipeline instead of the statements
/// its SQLite connections keep (<c>CommandDiagnostics.NothingObserves</c>), which <c>KeptStatementTests</c> counts. So
/// they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideDiagnosticsCollection
{
    public const string Name = "Process-wide EF Core diagnostics";
}
