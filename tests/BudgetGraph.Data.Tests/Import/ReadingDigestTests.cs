using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Tests.Support;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The reading's digest (<see cref="ReadingDigest"/>) decides whether a document read again by a newer loader keeps its
/// stored budget: a change it missed would leave an older reading served as this loader's. So every column of every row
/// the writer inserts, and where each row hangs, must change it — checked here column by column on real budgets, not
/// on a list of columns someone keeps.
/// </summary>
public sealed class ReadingDigestTests
{
    [Theory]
    [InlineData("jiangbeicheng-2025.txt")] // 28 tables: summary, income, functional, economic, 三公, cards, narrative
    [InlineData("nanping-2024.txt")]
    [InlineData("ciqikou-2024.txt")] // performance tables only
    public void Every_column_of_every_row_is_in_the_digest(string seed)
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        using var writer = new BulkGraphWriter(db);
        var budget = Map(seed);
        var before = writer.ReadingDigestOf(budget);
        Assert.Equal(before, writer.ReadingDigestOf(Map(seed))); // the same reading, the same digest

        var checkedColumns = 0;
        var graph = writer.Collect([budget]);
        foreach (var (table, rows) in graph.NewByTable)
        {
            var row = rows[^1];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                // Keys are assigned at insert; a foreign key is where the row hangs (the next test).
                if (!ReadingDigest.IsOfTheReading(table, column) || table.ForeignKeysOf[c].Length > 0) continue;
                Assert.True(column.CanSet, $"{table.EntityType.ClrType.Name}.{column.Property.Name} cannot be changed by this test.");
                var value = column.Get(row);
                column.Set(row, Altered(value, column.Property.ClrType, $"{table.EntityType.ClrType.Name}.{column.Property.Name}"));
                Assert.True(before != writer.ReadingDigestOf(budget),
                    $"Changing {table.EntityType.ClrType.Name}.{column.Property.Name} ({value ?? "null"}) left the reading's digest as it was.");
                column.Set(row, value);
                checkedColumns++;
            }
        }
        Assert.Equal(before, writer.ReadingDigestOf(budget));
        Assert.True(checkedColumns > 50, $"only {checkedColumns} columns checked");
    }

    [Fact]
    public void Where_a_row_hangs_and_the_order_of_rows_are_in_the_digest()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        using var writer = new BulkGraphWriter(db);
        var budget = Map("jiangbeicheng-2025.txt");
        var before = writer.ReadingDigestOf(budget);

        // The first card's last indicator read as the second card's first: the same indicators in the same order, but
        // one hangs elsewhere.
        var (first, second) = (budget.Projects[0], budget.Projects[1]);
        var moved = first.Indicators[^1];
        first.Indicators.RemoveAt(first.Indicators.Count - 1);
        second.Indicators.Insert(0, moved);
        moved.Project = second;
        Assert.NotEqual(before, writer.ReadingDigestOf(budget));
        second.Indicators.RemoveAt(0);
        first.Indicators.Add(moved);
        moved.Project = first;
        Assert.Equal(before, writer.ReadingDigestOf(budget));

        // Two lines swapped: the same rows in another order.
        (budget.ExpenditureLines[0], budget.ExpenditureLines[1]) = (budget.ExpenditureLines[1], budget.ExpenditureLines[0]);
        Assert.NotEqual(before, writer.ReadingDigestOf(budget));
    }

    [Fact]
    public void When_from_where_and_by_which_loader_a_document_was_stored_are_not_in_the_digest()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        using var writer = new BulkGraphWriter(db);
        var budget = Map("nanping-2024.txt");
        var before = writer.ReadingDigestOf(budget);
        var document = budget.SourceDocument;
        document.FileName = "elsewhere.txt";
        document.SourcePath = "/elsewhere/elsewhere.txt";
        document.ImportedAt = document.ImportedAt.AddYears(1);
        document.LoaderRevision = LoaderRevision.Current + 1;
        document.ReadingSha256 = before;
        Assert.Equal(before, writer.ReadingDigestOf(budget));
        // What was read from the file is.
        document.LineCount++;
        Assert.NotEqual(before, writer.ReadingDigestOf(budget));
    }

    /// <summary>The seed's budget as the importer maps it, onto a stored unit (key 7).</summary>
    private static E.Budget Map(string seed)
    {
        var disclosure = DisclosureReaders.Default(seed, File.ReadAllBytes(RepositoryPaths.Seed(seed)));
        var totals = BudgetTotals.From(disclosure);
        var unit = new E.Unit { Id = 7, Slug = "unit", ShortName = disclosure.Unit.ShortName, OfficialName = disclosure.Unit.OfficialName };
        var document = new E.SourceDocument
        {
            FileName = seed, Sha256 = disclosure.Source.Sha256, EncodingName = disclosure.Source.EncodingName,
            LineCount = disclosure.Source.LineCount, ImportedAt = DateTimeOffset.UnixEpoch, LoaderRevision = LoaderRevision.Current,
        };
        return new BudgetMapper(disclosure, unit, document).Map(totals, Reconciler.Default.Reconcile(disclosure, totals));
    }

    /// <summary>Another value of the column's type; a new column type fails here until it is given one.</summary>
    private static object Altered(object? value, Type type, string column)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            foreach (var other in values)
                if (!other.Equals(value)) return other;
            throw new InvalidOperationException($"{column}: {underlying.Name} has one value.");
        }
        return value switch
        {
            string text => text + "′",
            int number => number + 1,
            long number => number + 1,
            short number => (short)(number + 1),
            byte number => (byte)(number + 1),
            decimal number => number + 0.01m,
            bool flag => !flag,
            DateTimeOffset moment => moment.AddDays(1),
            null when underlying == typeof(string) => "x",
            null when underlying == typeof(int) => 1,
            null when underlying == typeof(long) => 1L,
            null when underlying == typeof(decimal) => 1m,
            null when underlying == typeof(bool) => true,
            _ => throw new InvalidOperationException($"{column}: give this test another value of {type.Name} ({value ?? "null"})."),
        };
    }
}
