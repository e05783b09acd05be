using BudgetGraph.Data.Tests.Comparisons;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

public class ParserNoteImportTests(SeedsOnlyDatabase fixture) : IClassFixture<SeedsOnlyDatabase>
{
    [Fact]
    public async Task Import_keeps_the_parser_notes_with_their_lines()
    {
        await using var db = fixture.CreateContext();
        var notes = await db.ParserNotes.Where(n => n.Budget.Unit.Slug == "nanping").OrderBy(n => n.Line).ToListAsync();

        // The headerless 部门收入总表 fragment at line 265 gives two notes: where it was found, and the column order assumed.
        Assert.Equal(2, notes.Count(n => n.Line == 265));
        Assert.Contains(notes, n => n.Message.Contains("standard column order"));
    }
}
