using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A plan writes a column field straight from its row with the writer the field declares
/// (<see cref="SourceWriter.MetadataKey"/>) instead of keeping its serialized value: for every such field of every type
/// and every imported row, the writer's bytes are those of the resolver's value serialized by the field's scalar type
/// and written as the general serializer writes it, and its null check says whether that value is null.
/// </summary>
public class SourceWriterTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Every_source_writer_writes_what_its_resolver_returns_on_every_imported_row()
    {
        var schema = fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        using var scope = fixture.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        var checkedTypes = new SortedSet<string>(StringComparer.Ordinal);
        var values = 0;
        var nulls = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            var writers = type.Fields
                .Select(f => (Field: f, Writer: f.GetMetadata<SourceWriter>(SourceWriter.MetadataKey)))
                .Where(f => f.Writer is not null).ToList();
            if (writers.Count == 0) continue;
            // Declared only beside a source reader, for the same value.
            Assert.All(writers, w => Assert.NotNull(w.Field.GetMetadata<Func<object, object?>>(ColumnMetadata.SourceReaderKey)));
            var sourceType = SourceType(type.GetType());
            Assert.NotNull(sourceType);
            if (db.Model.FindEntityType(sourceType) is null) continue;
            var rows = await RowsAsync(db, sourceType);
            Assert.NotEmpty(rows);
            checkedTypes.Add(type.Name);
            foreach (var row in rows)
                foreach (var (field, writer) in writers)
                {
                    var context = new ResolveFieldContext { Source = row, FieldDefinition = field, Schema = schema };
                    var resolved = await field.Resolver!.ResolveAsync(context);
                    var scalar = (ScalarGraphType)field.ResolvedType!.GetNamedType();
                    Assert.Equal(resolved is null, writer!.IsNull(row));
                    if (resolved is null) nulls++;
                    Assert.Equal(Json(w => WriteSerialized(w, resolved is null ? null : scalar.Serialize(resolved))), Json(w => writer.Write(w, row)));
                    values++;
                }
        }

        Assert.Superset(new SortedSet<string> { "Budget", "BudgetTotals", "ExpenditureLine", "Indicator", "Project", "Unit" }, checkedTypes);
        Assert.True(values > 1000, $"only {values} values compared");
        Assert.True(nulls > 0, "no null value compared");
    }

    [Fact]
    public void Enums_have_no_writer_and_strings_integers_booleans_and_amounts_have_one()
    {
        var schema = fixture.Services.GetRequiredService<BudgetSchema>();
        schema.Initialize();
        bool Has(string type, string field) =>
            ((IObjectGraphType)schema.AllTypes[type]!).GetField(field)!.GetMetadata<SourceWriter>(SourceWriter.MetadataKey) is not null;
        Assert.True(Has("Indicator", "name"));
        Assert.True(Has("Indicator", "isCore"));
        Assert.True(Has("Indicator", "weight"));
        Assert.True(Has("Project", "amount"));
        Assert.True(Has("Budget", "year"));
        Assert.False(Has("ExpenditureLine", "level"));
        Assert.False(Has("ExpenditureLine", "table"));
    }

    /// <summary>The general serializer's writer calls for a serialized scalar (<c>PlanResultJsonConverter</c>'s).</summary>
    private static void WriteSerialized(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int n: writer.WriteNumberValue(n); break;
            case long n: writer.WriteNumberValue(n); break;
            case decimal d: writer.WriteNumberValue(d); break;
            default: throw new InvalidOperationException($"a {value.GetType().Name} has no writer");
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true })) write(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
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
