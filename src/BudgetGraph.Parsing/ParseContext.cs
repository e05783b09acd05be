using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing;

/// <summary>What every reader of one document shares: the file name for errors and the notes it collects.</summary>
internal sealed class ParseContext(string fileName)
{
    private readonly List<ParseNote> _notes = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<ParseNote> Notes => _notes;

    public void Note(int line, string message) => _notes.Add(new ParseNote(line, message));

    public DisclosureParseException Fail(int line, string reason) => new(FileName, line, reason);
}
