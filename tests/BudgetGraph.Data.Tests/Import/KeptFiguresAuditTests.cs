using BudgetGraph.Data.Import;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The audit of the figures kept at import (<see cref="KeptFiguresAudit"/>): none differs after the seeds' import, one by
/// one or in a bulk load; a count, a total or a carried copy changed by hand is found with both figures and left as it
/// was; <c>repair</c> writes it again from the rows.
/// </summary>
public sealed class KeptFiguresAuditTests
{
    [Fact]
    public async Task After_an_import_every_kept_figure_is_its_rows()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);

        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
        Assert.Equal(
        [
            "name gram rows", "carried districts", "carried categories", "row counts", "value counts", "amount band counts",
            "indicator combination key bounds", "indicator combination counts", "project combination key bounds",
            "project combination counts", "budgets' indicator counts", "name gram counts", "budgets' level totals",
            "districts' totals", "years' totals", "units' totals", "subjects' totals", "totals' line counts",
        ], KeptFiguresAudit.Figures);
    }

    [Fact]
    public async Task A_combinations_count_that_drifted_is_found_and_repaired()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        // The seeds' one core indicator of ≤ (jiangbeicheng-2025.txt l.524: 辖区少数民族暴力发生率, weight 25, ≤ 1 %, no
        // levels printed) kept as 6.
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"IndicatorFacetCounts\" SET \"Count\" = 6 WHERE \"IsCore\" = 1 AND \"Operator\" = '≤';"));

        var found = Assert.Single(await KeptFiguresAudit.RunAsync(db, repair: true));

        Assert.Equal(("indicator combination counts", "6", "1"), (found.Figures, found.Kept, found.Counted));
        Assert.StartsWith("2025 · (null) · (null) · ≤ · ", found.Row, StringComparison.Ordinal);
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
        Assert.Equal(1, await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≤").SumAsync(f => f.Count));

        // Its first key kept above its one indicator's (a page from it would miss that indicator), its last below: found
        // as a bound that does not hold, and written again with the counts.
        var key = await db.Indicators.Where(i => i.IsCore == true && i.Operator == "≤").Select(i => i.Id).SingleAsync();
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"IndicatorFacetCounts\" SET \"FirstId\" = \"FirstId\" + 1 WHERE \"IsCore\" = 1 AND \"Operator\" = '≤';");
        var unbounded = Assert.Single(await KeptFiguresAudit.RunAsync(db, repair: true));
        Assert.Equal(("indicator combination key bounds", "1", "0"), (unbounded.Figures, unbounded.Kept, unbounded.Counted));
        Assert.EndsWith($" · {key + 1} · {key}", unbounded.Row, StringComparison.Ordinal);
        Assert.Equal((key, key), await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≤")
            .Select(f => ValueTuple.Create(f.FirstId, f.LastId)).SingleAsync());
        // A looser bound (a replaced budget's) is no drift.
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"IndicatorFacetCounts\" SET \"FirstId\" = \"FirstId\" - 1, \"LastId\" = \"LastId\" + 1 WHERE \"IsCore\" = 1 AND \"Operator\" = '≤';");
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
    }

    [Fact]
    public async Task A_gram_row_that_drifted_is_found_against_the_names_and_repaired()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        // 辖区少数民族暴力发生率 (jiangbeicheng-2025.txt l.524, ≤ 1 %): its gram 暴力 gone (a search of 暴力 would miss it),
        // its gram 辖区 carrying 2 (a target filter beside the name would count it as 2); and a gram 假的 no name has.
        var indicator = await db.Indicators.Where(i => i.Name == "辖区少数民族暴力发生率").Select(i => i.Id).SingleAsync();
        var project = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"NameGrams\" WHERE \"Kind\" = 4 AND \"Gram\" = '暴力' AND \"EntityId\" = {0};", indicator));
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"NameGrams\" SET \"Value\" = 2000000 WHERE \"Kind\" = 4 AND \"Gram\" = '辖区' AND \"EntityId\" = {0};", indicator));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\") VALUES (3, '假的', {0});", project);

        var found = await KeptFiguresAudit.RunAsync(db);

        Assert.Equal(
        [
            new KeptFiguresAudit.Difference("name gram rows", $"3 · 假的 · {project}", "Value (null) · Slug (null)", "(none)"),
            new KeptFiguresAudit.Difference("name gram rows", $"4 · 暴力 · {indicator}", "(none)", "Value 1 · Slug (null)"),
            new KeptFiguresAudit.Difference("name gram rows", $"4 · 辖区 · {indicator}", "Value 2 · Slug (null)", "Value 1 · Slug (null)"),
        ], found.Where(d => d.Figures == "name gram rows"));
        // The gram counts, counted from the drifted rows, differ from the kept ones (the importer's) too.
        Assert.Contains(found, d => d.Figures == "name gram counts");
        // Left as it was.
        Assert.False(await db.NameGrams.AnyAsync(g => g.Gram == "暴力" && g.EntityId == indicator));

        // Repaired: the rows are the names' again, and the counts counted from them are the kept ones.
        Assert.Equal(found.Where(d => d.Figures == "name gram rows"), await KeptFiguresAudit.RunAsync(db, repair: true));
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
        Assert.Equal(1_000_000, await db.NameGrams.Where(g => g.Gram == "暴力" && g.EntityId == indicator).Select(g => g.Value).SingleAsync());
        Assert.Equal(1_000_000, await db.NameGrams.Where(g => g.Gram == "辖区" && g.EntityId == indicator).Select(g => g.Value).SingleAsync());
        Assert.False(await db.NameGrams.AnyAsync(g => g.Gram == "假的"));
    }

    [Fact]
    public async Task Gram_rows_that_differ_past_the_listed_are_counted_in_one_line()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        var indicatorGrams = await db.NameGrams.CountAsync(g => g.Kind == BudgetGraph.Data.Entities.NameGramKind.IndicatorName);
        Assert.True(indicatorGrams > NameGramRowsAudit.MaxListed);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"NameGrams\" WHERE \"Kind\" = 4;");

        var rows = (await KeptFiguresAudit.RunAsync(db)).Where(d => d.Figures == "name gram rows").ToList();

        Assert.Equal(NameGramRowsAudit.MaxListed + 1, rows.Count);
        Assert.All(rows.Take(NameGramRowsAudit.MaxListed), d => Assert.Equal("(none)", d.Kept));
        Assert.Equal((indicatorGrams - NameGramRowsAudit.MaxListed).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            + " more rows (kind · gram · entity) not listed", rows[^1].Row);
        await KeptFiguresAudit.RunAsync(db, repair: true);
        Assert.Equal(indicatorGrams, await db.NameGrams.CountAsync(g => g.Kind == BudgetGraph.Data.Entities.NameGramKind.IndicatorName));
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
    }

    [Fact]
    public async Task Gram_rows_compared_in_ranges_of_their_first_character_differ_as_in_one()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        var unit = await db.Units.Where(u => u.Slug == "nanping").Select(u => u.Id).SingleAsync();
        var indicator = await db.Indicators.Where(i => i.Name == "辖区少数民族暴力发生率").Select(i => i.Id).SingleAsync();
        // 南坪's short name carrying another slug; the indicator's last gram gone; a row whose gram is no ideograph pair,
        // and one of a kind the importer never writes.
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"NameGrams\" SET \"Slug\" = 'elsewhere' WHERE \"Kind\" = 2 AND \"Gram\" = '南坪' AND \"EntityId\" = {0};", unit));
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"NameGrams\" WHERE \"Kind\" = 4 AND \"Gram\" = '生率' AND \"EntityId\" = {0};", indicator));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\") VALUES (4, 'ab', {0});", indicator);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\") VALUES (9, '南坪', {0});", unit);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        async Task<IReadOnlyList<KeptFiguresAudit.Difference>> CompareAsync(int maxInMemory)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            return await NameGramRowsAudit.RunAsync(connection, transaction, sqlServer: false, repair: false, CancellationToken.None, maxInMemory);
        }

        var inOne = await CompareAsync(NameGramRowsAudit.DefaultMaxInMemory);
        Assert.Equal(
        [
            new KeptFiguresAudit.Difference("name gram rows", $"2 · 南坪 · {unit}", "Value (null) · Slug elsewhere", "Value (null) · Slug nanping"),
            new KeptFiguresAudit.Difference("name gram rows", $"4 · ab · {indicator}", "Value (null) · Slug (null)", "(none)"),
            new KeptFiguresAudit.Difference("name gram rows", $"4 · 生率 · {indicator}", "(none)", "Value 1 · Slug (null)"),
            new KeptFiguresAudit.Difference("name gram rows", $"9 · 南坪 · {unit}", "Value (null) · Slug (null)", "(none)"),
        ], inOne);
        // In ranges of one first character each (the most a kind is cut into), and of a few hundred rows.
        Assert.Equal(inOne, await CompareAsync(1));
        Assert.Equal(inOne, await CompareAsync(300));
    }

    [Fact]
    public async Task After_a_bulk_load_every_kept_figure_is_its_rows()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);

        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
    }

    [Fact]
    public async Task A_count_that_drifted_from_its_rows_is_found_and_left_until_repaired()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        // 北碚区's one indicator of ≤ (chaoyang-2023.txt l.455) kept as 3; nanping-2024.txt's 33 indicators kept as 0; the
        // indicators' row count (the seeds' 252) one too many.
        var nanping = await db.Budgets.Where(b => b.Unit.Slug == "nanping").Select(b => b.Id).SingleAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"ValueCounts\" SET \"Count\" = 3 WHERE \"Column\" = 'Indicators.Operator@District' " +
                                             "AND \"DistrictName\" = '北碚区' AND \"Value\" = '≤';");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Budgets\" SET \"IndicatorRows\" = 0 WHERE \"Id\" = {0};", nanping);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"RowCounts\" SET \"Count\" = \"Count\" + 1 WHERE \"Name\" = 'Indicators';");

        var found = await KeptFiguresAudit.RunAsync(db);

        Assert.Equal(
        [
            new KeptFiguresAudit.Difference("row counts", "Indicators", "253", "252"),
            new KeptFiguresAudit.Difference("value counts", "Indicators.Operator@District · 北碚区 · ≤ · (null) · (null)", "3", "1"),
            new KeptFiguresAudit.Difference("budgets' indicator counts", $"{nanping} · IndicatorRows", "0", "33"),
        ], found);
        Assert.Equal("value counts: Indicators.Operator@District · 北碚区 · ≤ · (null) · (null): kept 3, counted 1", found[1].ToString());
        // Left as it was: the audit writes nothing.
        Assert.Equal(0, await db.Budgets.Where(b => b.Id == nanping).Select(b => b.IndicatorRows).SingleAsync());

        Assert.Equal(0, await RevisionAsync(db));

        Assert.Equal(found, await KeptFiguresAudit.RunAsync(db, repair: true));
        Assert.Equal(1, await RevisionAsync(db)); // raised with the repair: a running service drops what it cached
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
        Assert.Empty(await KeptFiguresAudit.RunAsync(db, repair: true));
        Assert.Equal(1, await RevisionAsync(db)); // nothing to repair, nothing changed
        await db.Database.ExecuteSqlRawAsync("UPDATE \"RowCounts\" SET \"Count\" = 0 WHERE \"Name\" = 'Projects';");
        Assert.Single(await KeptFiguresAudit.RunAsync(db, repair: true));
        Assert.Equal(2, await RevisionAsync(db));
        Assert.Equal(33, await db.Budgets.Where(b => b.Id == nanping).Select(b => b.IndicatorRows).SingleAsync());
        Assert.Equal(1, await db.ValueCounts.Where(v => v.Column == "Indicators.Operator@District" && v.DistrictName == "北碚区" && v.Value == "≤")
            .Select(v => v.Count).SingleAsync());
    }

    [Fact]
    public async Task A_total_or_a_carried_copy_that_drifted_is_found_alone_and_repaired()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        var chaoyang = await db.Budgets.Where(b => b.Unit.Slug == "chaoyang").Select(b => new { b.Id, b.UnitId }).SingleAsync();
        // chaoyang-2023.txt 表二 (l.94): its 类 lines sum to 3,394.41 万元, 12 of them, the least 3.00, the greatest 208's
        // 1,465.27 (l.132) — kept one stored unit (a millionth of 万元) too high.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"ExpenditureLevelTotals\" SET \"Sum\" = \"Sum\" + 1 WHERE \"BudgetId\" = {0} " +
                                             "AND \"TableKind\" = 'DepartmentExpenditure' AND \"Level\" = 'Category';", chaoyang.Id);
        // One of chaoyang's indicators (北碚区, like its unit) carrying 渝中区; one of its card indicators carrying no category.
        var indicator = await db.Indicators.Where(i => i.UnitId == chaoyang.UnitId && i.ProjectId != null).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.ProjectId, i.ProjectCategory }).FirstAsync();
        Assert.NotNull(indicator.ProjectCategory);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Indicators\" SET \"DistrictName\" = '渝中区', \"ProjectCategory\" = NULL WHERE \"Id\" = {0};",
            indicator.Id);

        var found = await KeptFiguresAudit.RunAsync(db);

        // Only the copies and the total changed: the counts per district the copy would move are counted from the rows
        // after the copies are written again, the district totals from the level totals after them.
        Assert.Equal(
        [
            // The stale copies, by key, copy and source: the indicators of unit {UnitId} that carry 渝中区 where it is in 北碚区.
            new KeptFiguresAudit.Difference("carried districts", $"Indicators · {chaoyang.UnitId} · 渝中区 · 北碚区", "1", "0"),
            new KeptFiguresAudit.Difference("carried categories", $"Indicators · {indicator.ProjectId} · (null) · 一般性项目", "1", "0"),
            new KeptFiguresAudit.Difference("budgets' level totals", $"{chaoyang.Id} · DepartmentExpenditure · Category",
                $"UnitId {chaoyang.UnitId} · FiscalYear 2023 · Sum 3394.410001 · Count 12 · Min 3 · Max 1465.27",
                $"UnitId {chaoyang.UnitId} · FiscalYear 2023 · Sum 3394.41 · Count 12 · Min 3 · Max 1465.27"),
        ], found);
        Assert.Equal("渝中区", await db.Indicators.Where(i => i.Id == indicator.Id).Select(i => i.DistrictName).SingleAsync());

        Assert.Equal(3, (await KeptFiguresAudit.RunAsync(db, repair: true)).Count);
        Assert.Empty(await KeptFiguresAudit.RunAsync(db));
        Assert.Equal(("北碚区", indicator.ProjectCategory), await db.Indicators.Where(i => i.Id == indicator.Id)
            .Select(i => ValueTuple.Create(i.DistrictName, i.ProjectCategory)).SingleAsync());
        Assert.Equal(3_394_410_000, await db.ExpenditureLevelTotals.Where(t => t.BudgetId == chaoyang.Id && t.Level == SubjectLevel.Category
            && t.TableKind == FunctionalTableKind.DepartmentExpenditure).Select(t => t.Sum).SingleAsync());
    }

    private static Task<long> RevisionAsync(BudgetDbContext db) =>
        db.DataRevisions.AsNoTracking().Select(r => r.Number).SingleOrDefaultAsync();
}
