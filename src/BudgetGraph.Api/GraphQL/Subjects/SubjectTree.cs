using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>
/// The whole classification tree (the stored subjects, a few hundred rows), read once per request when a query walks
/// <c>parent</c>/<c>children</c>, so a tree of any depth costs one SQL command. (Subjects are added to the database at
/// import by the importer's <c>SubjectCatalogue</c>; their English names come from the reference catalogue.)
/// </summary>
internal sealed class SubjectTree
{
    private readonly Dictionary<(Classification, string), Subject> _byCode;
    private readonly ILookup<(Classification, string), Subject> _byParent;

    private SubjectTree(IReadOnlyList<Subject> subjects)
    {
        _byCode = subjects.ToDictionary(s => (s.Classification, s.Code));
        _byParent = subjects.Where(s => s.ParentCode is not null).OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToLookup(s => (s.Classification, s.ParentCode!));
    }

    public Subject? Parent(Subject subject) =>
        subject.ParentCode is { } code ? _byCode.GetValueOrDefault((subject.Classification, code)) : null;

    public IReadOnlyList<Subject> Children(Subject subject) => [.. _byParent[(subject.Classification, subject.Code)]];

    public static IDataLoaderResult Load(IResolveFieldContext context)
    {
        var factory = context.DbFactory();
        var loader = RequestBatches.For(context).GetOrAdd(typeof(SubjectTree), "tree", () =>
            new BatchLoader<int, SubjectTree?>(async (_, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var subjects = await db.Subjects.AsNoTracking().ToListAsync(ct);
                return new Dictionary<int, SubjectTree?> { [0] = new SubjectTree(subjects) };
            }, null));
        return loader.Load(0);
    }
}
