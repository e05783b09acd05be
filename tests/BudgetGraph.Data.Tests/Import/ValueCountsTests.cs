using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The value counts kept at import (<see cref="ValueCounts"/>: what the <c>totalCount</c> of a filter on one category
/// column sums) equal the tables' own counts of each value, null's included, after a row-by-row import, a replacement
/// and a bulk load — and the migration's backfill counts a database that already holds rows.
/// </summary>
public sealed class ValueCountsTests
{
    [Fact]
    public async Task A_row_by_row_import_and_a_replacement_keep_the_counts_of_each_value()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertCountsAsync(db);
        // Every one of the seeds' 252 indicators (RowCountsTests) is counted once under each column, null or not.
        Assert.Equal(252, await KeptAsync(db, "Indicators.Level1", value: null, all: true));
        Assert.Equal(await db.Indicators.CountAsync(i => i.Operator == "≥"), await KeptAsync(db, "Indicators.Operator", "≥"));
        // In each district (the seeds' operators: 北碚区 5 =, 1 ≤, 15 ≥, 5 定性; 南岸区 8 = and 25 ≥, none ≤).
        Assert.Equal((1L, 15L, 0L), (await KeptInDistrictAsync(db, "Indicators", "Operator", "北碚区", "≤"),
            await KeptInDistrictAsync(db, "Indicators", "Operator", "北碚区", "≥"), await KeptInDistrictAsync(db, "Indicators", "Operator", "南岸区", "≤")));
        // 沙坪坝区's levels: 42 indicators without one (shandong's 34, 8 of ciqikou's 53), 25 产出, 10 效益 and 10 满意度 (江北区: none of its 106).
        Assert.Equal((25L, 42L, 106L), (await KeptInDistrictAsync(db, "Indicators", "Level1", "沙坪坝区", "产出"),
            await KeptInDistrictAsync(db, "Indicators", "Level1", "沙坪坝区", null), await KeptInDistrictAsync(db, "Indicators", "Level1", "江北区", null)));

        // In each year, the cards' departments as written (the seeds': 2024 预算科 10, 707-重庆市沙坪坝区山洞街道 5; 2025
        // 806-…江北城街道办事处 15 and, with an em dash, 806—… 2; 2023 重庆市北碚区朝阳街道办事处 2).
        Assert.Equal((10L, 5L, 0L), (await KeptInYearAsync(db, "Projects", "Department", 2024, "预算科"),
            await KeptInYearAsync(db, "Projects", "Department", 2024, "707-重庆市沙坪坝区山洞街道"), await KeptInYearAsync(db, "Projects", "Department", 2025, "预算科")));
        Assert.Equal((15L, 2L, 2L), (await KeptInYearAsync(db, "Projects", "Department", 2025, "806-重庆市江北区人民政府江北城街道办事处"),
            await KeptInYearAsync(db, "Projects", "Department", 2025, "806—重庆市江北区人民政府江北城街道办事处"),
            await KeptInYearAsync(db, "Projects", "Department", 2023, "重庆市北碚区朝阳街道办事处")));
        // Beside the core mark: 预算科's 10 cards have no core indicator, 江北城's 15 + 2 and 朝阳's 2 all have one.
        Assert.Equal((0L, 10L, 15L, 2L), (await KeptBesideCoreAsync(db, "Projects", "Department", true, "预算科"),
            await KeptBesideCoreAsync(db, "Projects", "Department", false, "预算科"),
            await KeptBesideCoreAsync(db, "Projects", "Department", true, "806-重庆市江北区人民政府江北城街道办事处"),
            await KeptBesideCoreAsync(db, "Projects", "Department", true, "重庆市北碚区朝阳街道办事处")));
        // An indicator's name beside its core mark, which may be null: 群众满意度 shandong's 5 and ciqikou's 1 without a
        // mark (their cards print no core column), chaoyang's 2 not core; 辖区群众满意度 chaoyang's one core.
        Assert.Equal((6L, 2L, 0L, 1L), (await KeptBesideIndicatorCoreAsync(db, null, "群众满意度"), await KeptBesideIndicatorCoreAsync(db, false, "群众满意度"),
            await KeptBesideIndicatorCoreAsync(db, true, "群众满意度"), await KeptBesideIndicatorCoreAsync(db, true, "辖区群众满意度")));

        // A replacement (SeedImports): its cards' and indicators' rows leave the counts before the new ones come in.
        await SeedImports.ReplaceChaoyang2023Async(importer);
        await AssertCountsAsync(db);
        Assert.Equal((6L, 2L), (await KeptBesideIndicatorCoreAsync(db, null, "群众满意度"), await KeptBesideIndicatorCoreAsync(db, false, "群众满意度")));
        Assert.Equal(1L, await KeptInDistrictAsync(db, "Indicators", "Operator", "北碚区", "≤"));
        Assert.Equal(252, await KeptAsync(db, "Indicators.Level1", value: null, all: true));
    }

    [Fact]
    public async Task A_bulk_load_counts_the_values_at_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCountsAsync(db);
    }

    [Fact]
    public async Task The_migration_counts_the_values_a_database_already_holds()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ValueCounts\"");
        await db.Database.ExecuteSqlRawAsync(ValueCounts.AllColumns);
        await AssertCountsAsync(db);
    }

    [Fact]
    public void The_migrations_backfill_of_each_counted_column_is_the_bulk_loads_statements()
    {
        // Each column's statements (its values, then null's row), frozen in the migration that counted it first
        // (ValueCounts, ValueCountsIndicatorNames …), in the scripts both providers' migrations produce.
        foreach (var script in new[] { "Sqlite.migrations.sql", "SqlServer.migrations.sql" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "BudgetGraph.Data", "Sql", script)).ReplaceLineEndings("\n");
            foreach (var (table, column, held) in ValueCounts.All)
                foreach (var statement in ValueCounts.ColumnSql(table, column, held).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    // (On SQL Server inside EXEC(N'…') where its migration named new columns: its quotes doubled.)
                    Assert.True(text.Contains(statement, StringComparison.Ordinal) || text.Contains(statement.Replace("'", "''"), StringComparison.Ordinal),
                        $"{script} lacks: {statement}");
                }
        }
    }

    [Fact]
    public void The_migrations_backfill_of_the_counts_beside_another_column_is_the_bulk_loads_statement()
    {
        // Each BesideColumn's statement, frozen in its migration (ValueCountsInYears, ValueCountsBesideCore), in the
        // scripts both providers' migrations produce.
        foreach (var script in new[] { "Sqlite.migrations.sql", "SqlServer.migrations.sql" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "BudgetGraph.Data", "Sql", script)).ReplaceLineEndings("\n");
            foreach (var beside in ValueCounts.Beside)
                Assert.Contains(ValueCounts.BesideColumnSql(beside).TrimEnd('\n'), text);
        }
    }

    /// <summary>Each counted column: one row per value the table holds with its count, plus null's (0 when none is null);
    /// in each district, one row per district and value its rows hold, beside another column (a year, a core mark) one
    /// per value of both but null
    /// (rows counted 0 left by a replacement aside).</summary>
    internal static async Task AssertCountsAsync(BudgetDbContext db)
    {
        foreach (var (table, column) in ValueCounts.InDistricts)
        {
            var actual = await ReadAsync(db, $"SELECT \"DistrictName\" || '|' || COALESCE(\"{column}\", '(null)'), COUNT(*) FROM \"{table}\" " +
                                             $"WHERE \"DistrictName\" IS NOT NULL GROUP BY \"DistrictName\", \"{column}\"");
            var kept = await ReadAsync(db, $"SELECT \"DistrictName\" || '|' || COALESCE(\"Value\", '(null)'), \"Count\" FROM \"ValueCounts\" " +
                                           $"WHERE \"Column\" = '{ValueCounts.DistrictKey(table, column)}' AND \"Count\" <> 0");
            Assert.True(actual.Count > 1, column);
            Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), kept.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        foreach (var beside in ValueCounts.Beside)
        {
            var (table, column) = (beside.Table, beside.Column);
            // (The other column's null, where it may be null — an indicator's core mark —, a value like the others.)
            var actual = await ReadAsync(db, $"SELECT COALESCE(CAST(\"{beside.By}\" AS TEXT), '(null)') || '|' || \"{column}\", COUNT(*) FROM \"{table}\" " +
                                             $"WHERE \"{column}\" IS NOT NULL GROUP BY \"{beside.By}\", \"{column}\"");
            var kept = await ReadAsync(db, $"SELECT COALESCE(CAST(\"{beside.Held}\" AS TEXT), '(null)') || '|' || \"Value\", \"Count\" FROM \"ValueCounts\" " +
                                           $"WHERE \"Column\" = '{beside.Key}' AND \"Count\" <> 0");
            if (!beside.ByNullable) Assert.DoesNotContain(actual.Keys, k => k.StartsWith("(null)|", StringComparison.Ordinal));
            Assert.True(actual.Count > 0, beside.Key);
            Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), kept.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        foreach (var (table, column, held) in ValueCounts.All)
        {
            var key = ValueCounts.Key(table, column);
            var actual = await ReadAsync(db, $"SELECT \"{column}\", COUNT(*) FROM \"{table}\" GROUP BY \"{column}\"");
            if (!actual.ContainsKey("(null)")) actual["(null)"] = 0;
            var kept = await ReadAsync(db, $"SELECT \"{held}\", \"Count\" FROM \"ValueCounts\" WHERE \"Column\" = '{key}'");
            Assert.True(actual.Count > 1, key); // a value and null's row at least
            Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), kept.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>The rows of <paramref name="sql"/> (a name, null as "(null)", and a count), by name.</summary>
    internal static async Task<Dictionary<string, long>> ReadAsync(BudgetDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        // A value's row appears once: a second row of the same value would fail here (duplicate key).
        while (await reader.ReadAsync()) rows.Add(reader.IsDBNull(0) ? "(null)" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetInt64(1));
        return rows;
    }

    /// <summary>The kept count of one value of a column in one district (0 without a row).</summary>
    internal static async Task<long> KeptInDistrictAsync(BudgetDbContext db, string table, string column, string district, string? value)
    {
        var key = ValueCounts.DistrictKey(table, column);
        return await db.ValueCounts.Where(v => v.Column == key && v.DistrictName == district && v.Value == value).SumAsync(v => v.Count);
    }

    /// <summary>The kept count of one value of a column in one year (0 without a row).</summary>
    internal static async Task<long> KeptInYearAsync(BudgetDbContext db, string table, string column, int year, string value)
    {
        var key = ValueCounts.CountedBeside(ValueCounts.Key(table, column), "FiscalYear")!.Key;
        return await db.ValueCounts.Where(v => v.Column == key && v.Number == year && v.Value == value).SumAsync(v => v.Count);
    }

    /// <summary>The kept count of one value of a column beside one core mark (0 without a row).</summary>
    internal static async Task<long> KeptBesideCoreAsync(BudgetDbContext db, string table, string column, bool core, string value)
    {
        var key = ValueCounts.CountedBeside(ValueCounts.Key(table, column), "HasCoreIndicator")!.Key;
        return await db.ValueCounts.Where(v => v.Column == key && v.Flag == core && v.Value == value).SumAsync(v => v.Count);
    }

    // The kept count of an indicator name beside a core mark (null: none), one row each (AssertCountsAsync checks that).
    private static async Task<long> KeptBesideIndicatorCoreAsync(BudgetDbContext db, bool? core, string name)
    {
        var key = ValueCounts.CountedBeside(ValueCounts.Key("Indicators", "Name"), "IsCore")!.Key;
        return await db.ValueCounts.Where(v => v.Column == key && v.Flag == core && v.Value == name).SumAsync(v => v.Count);
    }

    /// <summary>The kept count of one value of a column, or (all) the sum over its values.</summary>
    internal static async Task<long> KeptAsync(BudgetDbContext db, string column, string? value, bool all = false) =>
        await db.ValueCounts.Where(v => v.Column == column && (all || v.Value == value)).SumAsync(v => v.Count);
}
