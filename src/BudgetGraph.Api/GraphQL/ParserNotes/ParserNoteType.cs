using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.ParserNotes;

/// <summary>Something the parser noticed in a disclosure and worked around (解析说明).</summary>
public sealed class ParserNoteType : ObjectGraphType<ParserNote>
{
    public ParserNoteType()
    {
        Name = "ParserNote";
        Description = "Something the parser noticed in the disclosure and worked around (解析说明), e.g. a table fragment " +
                      "printed without its header, or a district inferred from the text: every assumption behind the figures.";
        this.Column<ParserNote, NonNullGraphType<IntGraphType>, int>("line", "1-based line of the disclosure (行号); 0 for the document as a whole.", n => n.Line);
        this.Column<ParserNote, NonNullGraphType<StringGraphType>, string>("message", "What was noticed and how it was read (说明).", n => n.Message);
    }
}
