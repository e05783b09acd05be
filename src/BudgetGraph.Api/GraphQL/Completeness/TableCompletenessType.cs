using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Lines;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Completeness;

/// <summary>The completeness of a budget's disclosure: tables announced, found and missing.</summary>
public sealed class TableCompletenessType : ObjectGraphType<Budget>
{
    private static readonly SortSpec<TableAnnouncement> InDocumentOrder = new(a => a.Line);
    private static readonly SortSpec<DisclosedTable> TablesInDocumentOrder = new(t => t.StartLine);

    public TableCompletenessType()
    {
        Name = "TableCompleteness";
        Description = "Whether the disclosure is complete (完整性): the tables it announces (目录, 表N numbering, 说明), the tables " +
                      "found in it, and the announced ones not found. A missing or cut table is also a data-quality finding " +
                      "(ANNOUNCED_TABLE_MISSING, TABLE_CUT); a table printed twice is imported once (TABLE_PRINTED_TWICE).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableAnnouncementType>>>>("announcedTables")
            .Description("Every table the disclosure announces, in document order, each with the table found for it or none.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.TableAnnouncements, a => a.BudgetId, null,
                InDocumentOrder, null, "Id", "BudgetId"))
            .Reads("Id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisclosedTableType>>>>("foundTables")
            .Description("The tables found and imported (已找到的表格), in document order; isPartial marks one only partly there.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.DisclosedTables, t => t.BudgetId, null,
                TablesInDocumentOrder, null, "Id", "BudgetId"))
            .Reads("Id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableAnnouncementType>>>>("missingTables")
            .Description("Announced tables that are not in the document (缺失的表格), in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.TableAnnouncements, a => a.BudgetId, null,
                InDocumentOrder, a => a.FoundLine == null, "Id", "BudgetId"))
            .Reads("Id");
    }
}
