using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A plan reads a column field straight from its row with the reader the field declares
/// (<see cref="ColumnMetadata.SourceReaderKey"/>) instead of calling its resolver: for every such field of every type
/// and every imported row, the reader's value is the resolver's, and serializes to the same scalar.
/// </summary>
public class SourceReaderTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Every_source_reader_returns_what_its_resolver_returns_on_every_imported_row()
    {
        var schema = fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        using var scope = fixture.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        var checkedTypes = new SortedSet<string>(StringComparer.Ordinal);
        var values = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            var readers = type.Fields
                .Select(f => (Field: f, Read: f.GetMetadata<Func<object, object?>>(ColumnMetadata.SourceReaderKey)))
                .Where(f => f.Read is not null).ToList();
            if (readers.Count == 0) continue;
            var sourceType = SourceType(type.GetType());
            Assert.NotNull(sourceType);
            if (db.Model.FindEntityType(sourceType) is null) continue;
            var rows = await RowsAsync(db, sourceType);
            Assert.NotEmpty(rows);
            checkedTypes.Add(type.Name);
            foreach (var row in rows)
                foreach (var (field, read) in readers)
                {
                    var context = new ResolveFieldContext { Source = row, FieldDefinition = field, Schema = schema };
                    var resolved = await field.Resolver!.ResolveAsync(context);
                    var direct = read!(row);
                    Assert.Equal(resolved, direct);
                    var scalar = (ScalarGraphType)field.ResolvedType!.GetNamedType();
                    Assert.Equal(resolved is null ? null : scalar.Serialize(resolved), direct is null ? null : scalar.Serialize(direct));
                    values++;
                }
        }

        Assert.Superset(new SortedSet<string> { "Budget", "BudgetTotals", "Indicator", "Project", "Unit" }, checkedTypes);
        Assert.True(values > 1000, $"only {values} values compared");
    }

    private static Type? SourceType(Type? graphType)
    {
        for (; graphType is not null; graphType = graphType.BaseType)
            if (graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
                return graphType.GetGenericArguments()[0];
        return null;
    }

    private static async Task<List<object>> RowsAsync(BudgetDbContext db, Type entity)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(entity).Invoke(db, null)!;
        return await set.AsNoTracking().Take(200).ToListAsync();
    }
}
