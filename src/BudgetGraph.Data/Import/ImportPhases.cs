using System.Diagnostics;
using System.Globalization;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Wall and CPU time of an import run's phases (start-up, schema, documents, index build, cross-year check), for the
/// run report's <c>phases:</c> line: each phase's wall time and how many cores the process kept busy meanwhile
/// (process CPU time ÷ wall time; 2.0 = both cores of a 2-core machine), so a phase that leaves cores idle shows,
/// and its CPU time. A phase made of parts of its own (a bulk load's end: index builds, totals, name grams) lists them
/// after it (<see cref="EndStep"/>), so that the part that grows shows without a profiler.
/// </summary>
public sealed class ImportPhases
{
    private readonly List<Phase> _phases = [];
    private readonly List<Phase> _steps = [];
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark;
    private readonly long _origin;

    /// <summary>A phase, or a step of one: its wall and CPU time, and its steps (none for a step).</summary>
    private sealed record Phase(string Name, TimeSpan Wall, TimeSpan Cpu, IReadOnlyList<Phase> Steps);

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

    /// <summary>
    /// Ends the current phase, named <paramref name="name"/>, with the steps ended in it (<see cref="EndStep"/>); the
    /// next one begins.
    /// </summary>
    public void End(string name)
    {
        var wall = Stopwatch.GetElapsedTime(_origin);
        var cpu = Environment.CpuUsage.TotalTime;
        _phases.Add(new Phase(name, wall - _wallMark, cpu - _cpuMark, [.. _steps]));
        _steps.Clear();
        _wallMark = wall;
        _cpuMark = cpu;
    }

    /// <summary>
    /// Ends a step of the current phase, named <paramref name="name"/>: the time since the phase began or since its
    /// last step ended. What comes after the last step, until the phase ends, is the phase's alone.
    /// </summary>
    public void EndStep(string name)
    {
        // The step began where the phase did, plus the steps ended in it so far (each the time since the one before).
        var wall = Stopwatch.GetElapsedTime(_origin);
        var cpu = Environment.CpuUsage.TotalTime;
        _steps.Add(new Phase(name, wall - _wallMark - Sum(_steps, s => s.Wall), cpu - _cpuMark - Sum(_steps, s => s.Cpu), []));
    }

    private static TimeSpan Sum(List<Phase> steps, Func<Phase, TimeSpan> time) => steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + time(s));

    /// <summary>The phases ended so far, in order.</summary>
    public IReadOnlyList<(string Name, TimeSpan Wall, TimeSpan Cpu)> Phases => Times(_phases);

    /// <summary>The steps of the phase named <paramref name="phase"/> (the first of that name), in order; none when it
    /// had none or has not ended.</summary>
    public IReadOnlyList<(string Name, TimeSpan Wall, TimeSpan Cpu)> StepsOf(string phase) =>
        Times(_phases.FirstOrDefault(p => p.Name == phase)?.Steps ?? []);

    private static IReadOnlyList<(string Name, TimeSpan Wall, TimeSpan Cpu)> Times(IEnumerable<Phase> phases) =>
        [.. phases.Select(p => (p.Name, p.Wall, p.Cpu))];

    /// <summary>How the line <see cref="ToString"/> writes begins (the run report's last line).</summary>
    public const string LinePrefix = "phases: ";

    /// <summary>How many cores the process kept busy in the phase ended last (0 before any).</summary>
    public double CoresOfLastPhase => _phases.Count == 0 ? 0 : CoresOf(_phases[^1].Wall, _phases[^1].Cpu);

    private static double CoresOf(TimeSpan wall, TimeSpan cpu) => wall > TimeSpan.Zero ? cpu / wall : 0;

    /// <summary>
    /// E.g. <c>phases: start-up 0.4 s (1.1 cores, CPU 0.4 s), schema 1.2 s (1.0 cores, CPU 1.2 s), documents 21.9 s (1.9 cores, CPU 41.6 s),
    /// indexes and totals 12.5 s (1.4 cores, CPU 17.3 s) [index builds 8.01 s at 1.4 cores, …], …; CPU 49.8 s</c>
    /// (each phase's CPU time too: on a shared machine it compares runs where wall times cannot).
    /// </summary>
    public override string ToString() =>
        LinePrefix + string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name} {p.Wall.TotalSeconds:0.00} s ({CoresOf(p.Wall, p.Cpu):0.0} cores, CPU {p.Cpu.TotalSeconds:0.0} s)") + StepsText(p))) +
        string.Create(CultureInfo.InvariantCulture, $"; CPU {_phases.Sum(p => p.Cpu.TotalSeconds):0.0} s.");

    private static string StepsText(Phase phase) => phase.Steps.Count == 0 ? "" :
        " [" + string.Join(", ", phase.Steps.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Name} {s.Wall.TotalSeconds:0.00} s at {CoresOf(s.Wall, s.Cpu):0.0} cores"))) + "]";
}
