using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Completeness;

/// <summary>A table the disclosure announces, with the table found for it or none.</summary>
public sealed class TableAnnouncementType : ObjectGraphType<TableAnnouncement>
{
    public TableAnnouncementType()
    {
        Name = "TableAnnouncement";
        Description = "A table the disclosure announces (应公开表格) — in its 目录, by its 表N numbering or in its 说明 — and where the table found for it starts; foundLine null means it is missing.";
        this.Column<TableAnnouncement, StringGraphType, string?>("number", "Table number as announced (表号), e.g. 表二; null when announced by title only.", a => a.TableNumber);
        this.Column<TableAnnouncement, StringGraphType, string?>("title", "Title as announced, or for a number the title of the table found under it (表名); null when unknown.", a => a.Title);
        this.Column<TableAnnouncement, NonNullGraphType<AnnouncementSourceType>, AnnouncementSource>("source", "Where it is announced (来源).", a => a.Source);
        this.Column<TableAnnouncement, NonNullGraphType<IntGraphType>, int>("line", "1-based line of the announcement (行号).", a => a.Line);
        this.Column<TableAnnouncement, IntGraphType, int?>("foundLine", "First line of the table found for it (所在行); null when the table is missing.", a => a.FoundLine);
    }
}
