using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Provenance;

/// <summary>
/// Resolves <see cref="SourceReference"/>s in two batched queries per field (documents by budget, tables by id),
/// however many rows ask.
/// </summary>
internal static class SourceReferences
{
    private sealed record TableInfo(string Title, string? Number);

    public static IDataLoaderResult Load(IResolveFieldContext context, int budgetId, int? tableId, int? line)
    {
        var batches = RequestBatches.For(context);
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
        var document = documents.Load(budgetId);
        var table = tableId is { } id ? tables.Load(id) : null;
        return new Combined(document, table, line);
    }

    /// <summary>
    /// An indicator's provenance in one batched query: its card's table, or for an overall-goal indicator the
    /// budget's overall performance table (整体绩效目标表).
    /// </summary>
    public static IDataLoaderResult LoadForIndicator(IResolveFieldContext context, int indicatorId, int line)
    {
        var factory = context.DbFactory();
        var loader = RequestBatches.For(context).GetOrAdd(context.FieldAst, "source:indicators", () =>
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

    private sealed class Combined(IDataLoaderResult document, IDataLoaderResult? table, int? line) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var fileName = (string)(await document.GetResultAsync(cancellationToken))!;
            var info = table is null ? null : (TableInfo?)await table.GetResultAsync(cancellationToken);
            return new SourceReference(fileName, info?.Title, info?.Number, line);
        }
    }
}
