using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// Re-import, replacement and failure semantics, with hand-built disclosures. Each test imports into its own fresh
/// database because each one is about a sequence of imports.
/// </summary>
public sealed class ImportSemanticsTests
{
    private static readonly DisclosureReader NoParser = (_, _) => throw new InvalidOperationException("not used");

    private sealed record RowCounts(int Budgets, int Documents, int Tables, int Lines, int Economic, int Projects, int Splits, int Indicators, int Findings, int Narrative, int Costs, int Totals, int Units);

    private static async Task<RowCounts> CountAsync(BudgetDbContext db) => new(
        await db.Budgets.CountAsync(), await db.SourceDocuments.CountAsync(), await db.DisclosedTables.CountAsync(),
        await db.ExpenditureLines.CountAsync(), await db.EconomicLines.CountAsync(), await db.Projects.CountAsync(),
        await db.ProjectFundingSplits.CountAsync(), await db.Indicators.CountAsync(), await db.DataQualityFindings.CountAsync(),
        await db.NarrativeStatements.CountAsync(), await db.ThreePublicCosts.CountAsync(), await db.TableTotals.CountAsync(),
        await db.Units.CountAsync());

    [Fact]
    public async Task Reimporting_the_same_document_changes_nothing()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, NoParser);
        await importer.ImportAsync(SampleDisclosures.Budget());
        var before = await CountAsync(db);
        var budgetId = await db.Budgets.Select(b => b.Id).SingleAsync();

        var again = await importer.ImportAsync(SampleDisclosures.Budget());

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(before, await CountAsync(db));
        Assert.Equal(budgetId, await db.Budgets.Select(b => b.Id).SingleAsync());
    }

    [Fact]
    public async Task Same_bytes_are_recognised_before_parsing()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var bytes = "any content"u8.ToArray();
        var parses = 0;
        var disclosure = SampleDisclosures.Budget() is var d
            ? d with { Source = d.Source with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) } }
            : null!;
        var importer = new DisclosureImporter(db, (_, _) => { parses++; return disclosure; });

        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("a.txt", bytes)).Status);
        Assert.Equal(ImportStatus.Unchanged, (await importer.ImportAsync("a-copy.txt", bytes)).Status);
        Assert.Equal(1, parses);
    }

    [Fact]
    public async Task A_changed_document_replaces_the_previous_version_of_the_budget()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, NoParser);
        await importer.ImportAsync(SampleDisclosures.Budget("v1"));
        var countsV1 = await CountAsync(db);

        var result = await importer.ImportAsync(SampleDisclosures.Budget("v2", projectCard1: 400.00m));

        Assert.Equal(ImportStatus.Replaced, result.Status);
        Assert.Equal(countsV1, await CountAsync(db));   // same shape, nothing left over from v1
        var budget = await db.Budgets.Include(b => b.SourceDocument).SingleAsync();
        Assert.Equal("nanping-v2.txt", budget.SourceDocument.FileName);
        Assert.Equal(400_000_000, await db.Projects.Where(p => p.Ordinal == 1).Select(p => p.Amount).SingleAsync());
        // every child row belongs to the new budget
        Assert.All(await db.ExpenditureLines.Select(l => l.BudgetId).ToListAsync(), id => Assert.Equal(budget.Id, id));
        Assert.All(await db.Indicators.Select(l => l.BudgetId).ToListAsync(), id => Assert.Equal(budget.Id, id));
        Assert.All(await db.DisclosedTables.Select(l => l.BudgetId).ToListAsync(), id => Assert.Equal(budget.Id, id));
        Assert.Equal(1, await db.Units.CountAsync());
    }

    [Fact]
    public async Task Another_year_of_the_same_unit_is_a_second_budget_of_one_unit()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, NoParser);
        await importer.ImportAsync(SampleDisclosures.Budget(fiscalYear: 2024));
        var result = await importer.ImportAsync(SampleDisclosures.Budget(fiscalYear: 2025));

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal([2024, 2025], await db.Budgets.OrderBy(b => b.FiscalYear).Select(b => b.FiscalYear).ToListAsync());
        Assert.Equal(1, await db.Units.CountAsync());
    }

    [Fact]
    public async Task A_document_that_cannot_be_parsed_is_reported_with_file_line_and_reason_and_changes_nothing()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await new DisclosureImporter(db, NoParser).ImportAsync(SampleDisclosures.Budget());
        var before = await CountAsync(db);
        var importer = new DisclosureImporter(db, (name, _) => throw new DisclosureParseException(name, 212, "amount '12..5' is not a number"));

        var result = await importer.ImportAsync("broken.txt", "garbage"u8.ToArray());

        Assert.Equal((ImportStatus.Failed, "broken.txt", 212, "amount '12..5' is not a number"),
            (result.Status, result.FileName, result.ErrorLine, result.ErrorReason));
        Assert.Equal("broken.txt:212: amount '12..5' is not a number", result.ToString());
        Assert.Equal(before, await CountAsync(db));
    }

    [Fact]
    public async Task A_parser_defect_on_one_file_is_reported_as_a_failure_of_that_file()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, (_, _) => throw new ArgumentException("A subject code has 3, 5 or 7 digits, not '12'."));

        var result = await importer.ImportAsync("odd.txt", "x"u8.ToArray());

        Assert.Equal((ImportStatus.Failed, 0), (result.Status, result.ErrorLine!.Value));
        Assert.Contains("not '12'", result.ErrorReason);
        Assert.Equal(0, await db.Budgets.CountAsync());
    }

    [Fact]
    public async Task A_replacement_that_fails_while_storing_leaves_the_previous_version_intact()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, NoParser);
        await importer.ImportAsync(SampleDisclosures.Budget("v1"));
        var before = await CountAsync(db);

        // Seven decimals cannot be stored exactly: the import fails after the old version was already deleted
        // inside the transaction, which must roll back.
        var result = await importer.ImportAsync(SampleDisclosures.Budget("v2", projectCard1: 405.9100001m));

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains("more than six decimals", result.ErrorReason);
        Assert.Equal(before, await CountAsync(db));
        Assert.Equal("nanping-v1.txt", await db.SourceDocuments.Select(d => d.FileName).SingleAsync());
        Assert.Equal(405_910_000, await db.Projects.Where(p => p.Ordinal == 1).Select(p => p.Amount).SingleAsync());

        // …and the importer still works afterwards.
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync(SampleDisclosures.Budget("v3"))).Status);
    }

    [Fact]
    public async Task An_unknown_unit_imports_with_a_derived_slug_and_no_english_name()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var stranger = SampleDisclosures.Nanping with { OfficialName = "重庆市渝中区人民政府解放碑街道办事处", ShortName = "解放碑街道", District = "渝中区", UnitCode = "105" };

        var result = await new DisclosureImporter(db, NoParser).ImportAsync(SampleDisclosures.Budget(unit: stranger));

        Assert.Equal(ImportStatus.Imported, result.Status);
        var unit = await db.Units.SingleAsync();
        Assert.Equal(("渝中区-解放碑街道", (string?)null, "渝中区", (string?)null, "解放碑街道"),
            (unit.Slug, unit.EnglishName, unit.DistrictName, unit.DistrictEnglishName, unit.ShortName));
    }

    [Fact]
    public async Task Two_unknown_units_with_the_same_code_get_different_slugs_that_do_not_depend_on_import_order()
    {
        var a = SampleDisclosures.Nanping with { OfficialName = "重庆市渝中区人民政府甲街道办事处", ShortName = "甲街道", District = "渝中区", UnitCode = "105" };
        var b = SampleDisclosures.Nanping with { OfficialName = "重庆市江津区人民政府乙街道办事处", ShortName = "乙街道", District = "江津区", UnitCode = "105" };
        // Same short name, same code, another district: still another unit.
        var c = SampleDisclosures.Nanping with { OfficialName = "重庆市江津区人民政府甲街道办事处", ShortName = "甲街道", District = "江津区", UnitCode = "105" };

        async Task<List<string>> ImportAsync(params UnitInfo[] units)
        {
            using var database = new SqliteTestDatabase();
            await using var db = database.CreateContext();
            var importer = new DisclosureImporter(db, NoParser);
            foreach (var unit in units) Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync(SampleDisclosures.Budget(version: unit.OfficialName, unit: unit))).Status);
            return await db.Units.Select(u => u.Slug).OrderBy(s => s).ToListAsync();
        }

        Assert.Equal(["江津区-乙街道", "江津区-甲街道", "渝中区-甲街道"], await ImportAsync(a, b, c));
        Assert.Equal(["江津区-乙街道", "江津区-甲街道", "渝中区-甲街道"], await ImportAsync(c, b, a));
    }

    [Fact]
    public async Task A_catalogued_short_name_in_another_district_is_not_merged_with_the_catalogue_unit()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, NoParser);
        var otherChaoyang = SampleDisclosures.Nanping with { OfficialName = "重庆市某区人民政府朝阳街道办事处", ShortName = "朝阳街道", District = "某区", UnitCode = "502" };

        await importer.ImportAsync(SampleDisclosures.Budget(version: "beibei", unit: SampleDisclosures.Nanping with { OfficialName = "重庆市北碚区人民政府朝阳街道办事处", ShortName = "朝阳街道", District = "北碚区" }));
        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync(SampleDisclosures.Budget(version: "other", unit: otherChaoyang))).Status);

        Assert.Equal(["chaoyang", "某区-朝阳街道"], await db.Units.OrderBy(u => u.Id).Select(u => u.Slug).ToListAsync());
    }

    [Fact]
    public async Task Sqlite_enforces_foreign_keys_and_cascades_budget_rows()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await new DisclosureImporter(db, NoParser).ImportAsync(SampleDisclosures.Budget());

        await db.Database.OpenConnectionAsync();
        Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").AsAsyncEnumerable().FirstAsync());

        // An orphan row is refused…
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            db.NarrativeStatements.Add(new Entities.NarrativeStatement { BudgetId = 999, Label = "x", Sentence = "x", Metric = NarrativeMetric.Other });
            await db.SaveChangesAsync();
        });
        db.ChangeTracker.Clear();

        // …and deleting the source document cascades through the budget to all its rows.
        await db.SourceDocuments.ExecuteDeleteAsync();
        Assert.Equal(new RowCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), await CountAsync(db));
    }
}
