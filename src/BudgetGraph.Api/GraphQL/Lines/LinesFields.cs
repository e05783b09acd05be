using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>The table-row fields of a budget (subject lines and trees, 三公经费, procurement, statements, tables).</summary>
internal static class LinesFields
{
    public static void AddTo(ObjectGraphType<Budget> budget)
    {
    }
}
