using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing;

/// <summary>What every reader of one document shares: the file name for errors and the notes it collects.</summary>
internal sealed class ParseContext(string fileName)
{
    private readonly List<ParseNote> _notes = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<ParseNote> Notes => _notes;

    public void Note(int line, string message) => _notes.Add(new ParseNote(line, message));

    /// <summary>Takes the notes of a reading done on a context of its own (e.g. a trial segmentation that is kept).</summary>
    public void AddNotesOf(ParseContext other) => _notes.AddRange(other._notes);

    public DisclosureParseException Fail(int line, string reason) => new(FileName, line, reason);
}
