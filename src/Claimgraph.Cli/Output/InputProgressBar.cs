using Claimgraph.Formats.Input;
using Spectre.Console;

namespace Claimgraph.Cli.Output;

/// <summary>
/// A progress bar of the bytes a <see cref="DocumentReader"/> has read of its inputs (Spectre.Console,
/// on standard error, only when that is a terminal), with what is said meanwhile printed above
/// it. Disabled, it only passes the messages on.
/// </summary>
public sealed class InputProgressBar(TextWriter messages, bool enabled)
{
    private IAnsiConsole? _console;
    private ProgressTask? _task;
    private InputProgress? _progress;

    /// <summary>Runs work while the bar shows <paramref name="progress"/>.</summary>
    public void Run(InputProgress progress, string description, Action work)
    {
        if (!enabled)
        {
            work();
            return;
        }

        _progress = progress;
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(messages) });
        _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                _task = context.AddTask(description, maxValue: Math.Max(1, progress.TotalBytes));
                work();
                Update();
            });
        _console = null;
        _task = null;
    }

    /// <summary>
    /// Reads the inputs with the bar showing: each document is handed to <paramref name="document"/>,
    /// problems ("… (skipped)") and notes are said. Returns how many problems there were.
    /// </summary>
    public int ReadInputs(DocumentReader reader, IReadOnlyList<string> inputs, TextReader standardInput, string description, Action<DocumentItem> document)
    {
        if (enabled)
        {
            reader.MeasureInputs(inputs);
        }

        var problems = 0;
        Run(reader.Progress, description, () =>
        {
            foreach (var item in reader.Read(inputs, standardInput))
            {
                Update();
                switch (item)
                {
                    case ProblemItem problem:
                        problems++;
                        Say($"claimgraph: {problem} (skipped)");
                        break;
                    case NoteItem note:
                        Say($"claimgraph: {note}");
                        break;
                    case DocumentItem read:
                        document(read);
                        break;
                }
            }
        });
        return problems;
    }

    /// <summary>Moves the bar to what the reader has read (cheap; call after every item).</summary>
    public void Update()
    {
        if (_task is null || _progress is null)
        {
            return;
        }

        var read = _progress.BytesRead;
        _task.MaxValue = Math.Max(Math.Max(1, _progress.TotalBytes), read);
        _task.Value = read;
    }

    /// <summary>A message for the user, above the bar while it shows.</summary>
    public void Say(string message)
    {
        if (_console is not null)
        {
            _console.WriteLine(message);
        }
        else
        {
            messages.WriteLine(message);
        }
    }
}
