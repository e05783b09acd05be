namespace BudgetGraph.Api.Import;

/// <summary>The <c>import &lt;files or folder&gt;</c> command line. (Placeholder: the importer issue fills it in.)</summary>
public static class ImportCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("import: not implemented yet");
        return Task.FromResult(2);
    }
}
