using System.Diagnostics;
using System.Globalization;
using BudgetGraph.Data.Import;
using Spectre.Console;

namespace BudgetGraph.Api.Import;

/// <summary>
/// The import command's progress on a terminal (Spectre.Console): documents done of all, documents per second, a bar
/// and the time remaining. The display runs on its own task between <see cref="Start"/> and <see cref="Stop"/>.
/// </summary>
public sealed class TerminalImportProgress : IImportProgress
{
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ProgressTask> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _clock = new();
    private Task? _display;
    private ProgressTask? _task;
    private int _total;

    public void Start(int total)
    {
        _total = total;
        _clock.Start();
        _display = AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                _started.SetResult(context.AddTask(Describe(0), maxValue: Math.Max(total, 1)));
                await _stopped.Task;
            });
        _task = _started.Task.GetAwaiter().GetResult();
    }

    public void Report(int done, DocumentImportResult latest)
    {
        if (_task is null) return;
        _task.Value = done;
        _task.Description = Describe(done);
    }

    public void Stop()
    {
        _stopped.TrySetResult();
        _display?.GetAwaiter().GetResult();
    }

    private string Describe(int done)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? done / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{_total:N0} documents, {rate:0}/s");
    }
}
