using BudgetGraph.Data.Import;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>The run report's <c>phases:</c> line (<see cref="ImportPhases"/>): phases in order, a phase's steps after it.</summary>
public sealed class ImportPhasesTests
{
    [Fact]
    public void A_phase_lists_the_steps_ended_in_it_and_the_next_phase_starts_without_them()
    {
        var phases = ImportPhases.StartingNow();
        phases.End("open");
        phases.EndStep("first");
        phases.EndStep("second");
        phases.End("end");
        phases.End("after");

        Assert.Equal(["open", "end", "after"], phases.Phases.Select(p => p.Name));
        Assert.Empty(phases.StepsOf("open"));
        Assert.Equal(["first", "second"], phases.StepsOf("end").Select(s => s.Name));
        Assert.Empty(phases.StepsOf("after"));
        Assert.Empty(phases.StepsOf("never ended"));
        Assert.True(phases.StepsOf("end").Sum(s => s.Wall.Ticks) <= phases.Phases[1].Wall.Ticks);

        var line = phases.ToString();
        Assert.StartsWith("phases: open ", line, StringComparison.Ordinal);
        Assert.Matches(@"^phases: open \d+\.\d\d s \(\d+\.\d cores, CPU \d+\.\d s\), end \d+\.\d\d s \(\d+\.\d cores, CPU \d+\.\d s\) " +
                       @"\[first \d+\.\d\d s at \d+\.\d cores, second \d+\.\d\d s at \d+\.\d cores\], after \d+\.\d\d s \(\d+\.\d cores, CPU \d+\.\d s\); CPU \d+\.\d s\.$", line);
    }

    [Fact]
    public void A_step_ended_after_a_phase_began_counts_from_that_phase_not_from_the_last_step_before_it()
    {
        var phases = ImportPhases.StartingNow();
        phases.EndStep("before");
        phases.End("one");
        Thread.Sleep(30);
        phases.End("two");
        phases.EndStep("late");
        phases.End("three");

        Assert.Equal(["before"], phases.StepsOf("one").Select(s => s.Name));
        // "late" began when "two" ended, not when "before" did: it holds none of two's 30 ms.
        var late = Assert.Single(phases.StepsOf("three"));
        Assert.True(late.Wall < phases.Phases[1].Wall, $"{late.Wall} >= {phases.Phases[1].Wall}");
        Assert.True(phases.Phases[1].Wall >= TimeSpan.FromMilliseconds(25));
    }
}
