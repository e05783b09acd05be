using System.Diagnostics;
using System.Globalization;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Wall and CPU time of an import run's phases (start-up, schema, documents, index build, cross-year check), for the
/// run report's <c>phases:</c> line: each phase's wall time and how many cores the process kept busy meanwhile
/// (process CPU time ÷ wall time; 2.0 = both cores of a 2-core machine), so a phase that leaves cores idle shows,
/// and its CPU time.
/// </summary>
public sealed class ImportPhases
{
    private readonly List<(string Name, TimeSpan Wall, TimeSpan Cpu)> _phases = [];
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark;
    private readonly long _origin;

    private ImportPhases(TimeSpan sinceProcessStart)
    {
        _origin = Stopwatch.GetTimestamp();
        _wallMark = -sinceProcessStart;
        _cpuMark = TimeSpan.Zero;
    }

    /// <summary>A clock whose first phase began when the process started (runtime start, configuration).</summary>
    public static ImportPhases SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        var since = DateTime.Now - process.StartTime;
        return new ImportPhases(since > TimeSpan.Zero ? since : TimeSpan.Zero);
    }

    /// <summary>A clock whose first phase begins now.</summary>
    public static ImportPhases StartingNow() => new(TimeSpan.Zero) { _cpuMark = Environment.CpuUsage.TotalTime };

    /// <summary>Ends the current phase, named <paramref name="name"/>; the next one begins.</summary>
    public void End(string name)
    {
        var wall = Stopwatch.GetElapsedTime(_origin);
        var cpu = Environment.CpuUsage.TotalTime;
        _phases.Add((name, wall - _wallMark, cpu - _cpuMark));
        _wallMark = wall;
        _cpuMark = cpu;
    }

    /// <summary>The phases ended so far, in order.</summary>
    public IReadOnlyList<(string Name, TimeSpan Wall, TimeSpan Cpu)> Phases => _phases;

    /// <summary>How many cores the process kept busy in the phase ended last (0 before any).</summary>
    public double CoresOfLastPhase => _phases.Count == 0 ? 0 : CoresOf(_phases[^1].Wall, _phases[^1].Cpu);

    private static double CoresOf(TimeSpan wall, TimeSpan cpu) => wall > TimeSpan.Zero ? cpu / wall : 0;

    /// <summary>
    /// E.g. <c>phases: start-up 0.4 s (1.1 cores, CPU 0.4 s), schema 1.2 s (1.0 cores, CPU 1.2 s), documents 21.9 s (1.9 cores, CPU 41.6 s), …; CPU 49.8 s</c>
    /// (each phase's CPU time too: on a shared machine it compares runs where wall times cannot).
    /// </summary>
    public override string ToString() =>
        "phases: " + string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name} {p.Wall.TotalSeconds:0.00} s ({CoresOf(p.Wall, p.Cpu):0.0} cores, CPU {p.Cpu.TotalSeconds:0.0} s)"))) +
        string.Create(CultureInfo.InvariantCulture, $"; CPU {_phases.Sum(p => p.Cpu.TotalSeconds):0.0} s.");
}
