using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The bulk writer binds SQLite rows with a compiled <see cref="RowBinder"/> per table. Each one must bind what the
/// boxed path binds — every column's value through its converter (<see cref="EntityColumn.ToProvider"/>), then
/// <see cref="SqliteStatements{TKey}.Bind"/>, which <see cref="SqliteStatementsTests"/> holds to what ADO.NET stores:
/// every row of every table the seeds fill, read back and bound both ways into one <c>SELECT ?1, …</c>, gives the same
/// storage class and value in every column.
/// </summary>
public sealed class RowBinderTests
{
    [Fact]
    public async Task Every_row_of_the_seeds_binds_as_the_boxed_path_binds_it()
    {
        using var database = new SqliteTestDatabase();
        await using (var import = database.CreateContext())
        {
            var results = await new DisclosureImporter(import, DisclosureReaders.Default)
                .ImportFilesAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList());
            Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        }

        await using var db = database.CreateContext();
        var model = BulkModel.For(db);
        using var statements = new SqliteStatements<(string, int)>();
        var tablesCompared = new List<string>();
        var rowsCompared = 0;
        foreach (var table in model.InsertOrder)
        {
            var binder = table.Binder;
            if (binder is null) continue;
            var rows = await RowsOfAsync(db, table.EntityType.ClrType);
            if (rows.Count == 0) continue;
            var columns = table.Columns.Count;
            var select = "SELECT " + string.Join(", ", Enumerable.Range(1, columns).Select(i => $"typeof(?{i}), quote(?{i})")) + ";";
            var boxed = statements.For(database.Connection, ("boxed", columns), _ => select);
            var compiled = statements.For(database.Connection, ("compiled", columns), _ => select);
            foreach (var row in rows)
            {
                for (var c = 0; c < columns; c++)
                    statements.Bind(boxed, c + 1, table.Columns[c].ToProvider(table.Columns[c].Get(row)));
                statements.BindRow(compiled, binder, row, 1);
                Assert.Equal(Read(boxed, 2 * columns), Read(compiled, 2 * columns));
                rowsCompared++;
            }
            tablesCompared.Add(table.DelimitedTable);
        }

        // The tables every seed fills, with text, integers (amounts in fixed point), enums stored as text and NULLs.
        Assert.Contains("\"ExpenditureLines\"", tablesCompared);
        Assert.Contains("\"Indicators\"", tablesCompared);
        Assert.Contains("\"Subjects\"", tablesCompared);
        Assert.Contains("\"Budgets\"", tablesCompared);
        Assert.True(rowsCompared > 1_000, $"{rowsCompared} rows compared");
    }

    [Fact]
    public void Every_table_of_natively_bound_types_has_a_binder_and_the_others_go_through_ADO_NET()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        var model = BulkModel.For(db);
        // A table the writer cannot bind from members would fall back to ADO.NET: correct, but several times slower.
        Assert.All(model.InsertOrder.Where(t => t.BindsNatively), t => Assert.NotNull(t.Binder));
        // SourceDocuments.ImportedAt (DateTimeOffset) is stored in ADO.NET's own text format: that table stays there.
        Assert.Null(model.InsertOrder.Single(t => t.DelimitedTable == "\"SourceDocuments\"").Binder);
    }

    private static async Task<List<object>> RowsOfAsync(BudgetDbContext db, Type clrType)
    {
        var method = typeof(RowBinderTests).GetMethod(nameof(RowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(clrType);
        return await (Task<List<object>>)method.Invoke(null, [db])!;
    }

    private static async Task<List<object>> RowsAsync<T>(BudgetDbContext db) where T : class =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Cast<object>().ToList();

    /// <summary>The one row the SELECT returns (each column's storage class and SQL literal), the statement reset.</summary>
    private static string[] Read(sqlite3_stmt statement, int columns)
    {
        Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
        var values = Enumerable.Range(0, columns).Select(i => raw.sqlite3_column_text(statement, i).utf8_to_string()).ToArray();
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        return values;
    }
}
