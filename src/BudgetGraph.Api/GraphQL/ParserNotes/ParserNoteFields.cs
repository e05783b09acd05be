using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.ParserNotes;

/// <summary>The <c>parserNotes</c> field of a budget, batched across budgets like every child list.</summary>
public static class ParserNoteFields
{
    private static readonly SortSpec<ParserNote> InDocumentOrder = new(n => n.Line);

    public static void AddTo(ObjectGraphType<Budget> budget) =>
        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParserNoteType>>>>("parserNotes")
            .Description("What the parser noticed in this budget's disclosure and worked around (解析说明), in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.ParserNotes, n => n.BudgetId,
                (FilterSpec<ParserNote>?)null, InDocumentOrder, null, "Id", "BudgetId", "Line"))
            .Reads("Id");
}
