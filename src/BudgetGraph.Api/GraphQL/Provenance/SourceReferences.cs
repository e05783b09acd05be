using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Provenance;

/// <summary>
/// Resolves <see cref="SourceReference"/>s in two batched queries per field (documents by budget, tables by id),
/// however many rows ask, each only when the query selects what it reads: the line is on the row itself, so
/// <c>source { line }</c> runs no query. A part not selected is left empty (a file name of "", no table): nothing
/// reads it.
/// </summary>
internal static class SourceReferences
{
    private sealed record TableInfo(string Title, string? Number);

    /// <summary>Which parts that need a query the field's selection asks for, worked out once per field and request.</summary>
    private sealed record SelectedParts(bool FileName, bool Table)
    {
        public bool Any => FileName || Table;

        public static SelectedParts Of(IResolveFieldContext context, RequestBatches batches) =>
            batches.GetOrAdd(context.FieldAst, "source:selected", () =>
            {
                var fields = SelectionReader.SelectedFields(context);
                return new SelectedParts(fields.Contains("fileName"), fields.Contains("tableTitle") || fields.Contains("tableNumber"));
            });
    }

    public static IDataLoaderResult Load(IResolveFieldContext context, int budgetId, int? tableId, int? line)
    {
        var batches = RequestBatches.For(context);
        var selected = SelectedParts.Of(context, batches);
        if (!selected.Any) return new Combined(null, null, line);
        var factory = context.DbFactory();
        var documents = batches.GetOrAdd(context.FieldAst, "source:documents", () =>
            new BatchLoader<int, string>(async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return await db.Budgets.Where(b => ids.Contains(b.Id))
                    .Select(b => new { b.Id, b.SourceDocument.FileName })
                    .ToDictionaryAsync(b => b.Id, b => b.FileName, ct);
            }, ""));
        var tables = batches.GetOrAdd(context.FieldAst, "source:tables", () =>
            new BatchLoader<int, TableInfo?>(async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return await db.DisclosedTables.Where(t => ids.Contains(t.Id))
                    .Select(t => new { t.Id, t.Title, t.TableNumber })
                    .ToDictionaryAsync(t => t.Id, t => (TableInfo?)new TableInfo(t.Title, t.TableNumber), ct);
            }, null));
        var document = selected.FileName ? documents.Load(budgetId) : null;
        var table = selected.Table && tableId is { } id ? tables.Load(id) : null;
        return new Combined(document, table, line);
    }

    /// <summary>
    /// An indicator's provenance in one batched query: its card's table, or for an overall-goal indicator the
    /// budget's overall performance table (整体绩效目标表).
    /// </summary>
    public static IDataLoaderResult LoadForIndicator(IResolveFieldContext context, int indicatorId, int line)
    {
        var batches = RequestBatches.For(context);
        if (!SelectedParts.Of(context, batches).Any)
            return new Combined(null, null, line);
        var factory = context.DbFactory();
        var loader = batches.GetOrAdd(context.FieldAst, "source:indicators", () =>
            new BatchLoader<int, SourceReference?>(async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var rows = await db.Indicators.Where(i => ids.Contains(i.Id))
                    .Select(i => new
                    {
                        i.Id,
                        i.Budget.SourceDocument.FileName,
                        Table = i.Project != null
                            ? new { i.Project.Table.Title, i.Project.Table.TableNumber }
                            : db.DisclosedTables.Where(t => t.BudgetId == i.BudgetId && t.Kind == TableKind.OverallPerformance)
                                .Select(t => new { t.Title, t.TableNumber }).FirstOrDefault(),
                    })
                    .ToListAsync(ct);
                return rows.ToDictionary(r => r.Id, r => (SourceReference?)new SourceReference(r.FileName, r.Table?.Title, r.Table?.TableNumber, null));
            }, null));
        return loader.Load(indicatorId).Then<SourceReference?>(s => s is null ? null : s with { Line = line });
    }

    private sealed class Combined(IDataLoaderResult? document, IDataLoaderResult? table, int? line) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var fileName = document is null ? "" : (string)(await document.GetResultAsync(cancellationToken))!;
            var info = table is null ? null : (TableInfo?)await table.GetResultAsync(cancellationToken);
            return new SourceReference(fileName, info?.Title, info?.Number, line);
        }
    }
}
