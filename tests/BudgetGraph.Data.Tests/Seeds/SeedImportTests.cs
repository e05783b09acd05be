using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>
/// The five real seeds, imported: counts per document and exact values read off the texts (万元, stored × 1,000,000).
/// Row counts were taken from the texts: subject-code rows of each table (e.g. nanping 表二 63 = 7 类 + 19 款 + 37 项).
/// </summary>
public sealed class SeedImportTests(SeedDatabaseFixture seeds) : IClassFixture<SeedDatabaseFixture>
{
    private static long Wan(decimal amount) => FixedPoint.ToStored(amount);

    private async Task<Budget> BudgetAsync(BudgetDbContext db, string slug) =>
        await db.Budgets.Include(b => b.Unit).Include(b => b.ThreePublicCosts).SingleAsync(b => b.Unit.Slug == slug);

    [Fact]
    public void All_five_seeds_import()
    {
        Assert.True(seeds.Report.AllSucceeded, string.Join("\n", seeds.Report.Documents));
        Assert.Equal(5, seeds.Report.Count(Data.Import.ImportStatus.Imported));
    }

    [Theory]
    //          file                     slug            year  functional economic income cards indicators
    [InlineData("nanping-2024.txt",       "nanping",       2024, 63 + 63,   32,      45,    3,    11 + 8 + 5 + 9)]
    [InlineData("chaoyang-2023.txt",      "chaoyang",      2023, 100 + 100, 29,      46,    2,    13 + 6 + 7)]
    [InlineData("jiangbeicheng-2025.txt", "jiangbeicheng", 2025, 85 + 79,   35,      79,    17,   106)]
    [InlineData("shandong-2024.txt",      "shandong",      2024, 0,         0,       0,     5,    34)]
    [InlineData("ciqikou-2024.txt",       "ciqikou",       2024, 0,         0,       0,     10,   53)]
    public void Each_seed_imports_its_rows_cards_and_indicators(string file, string slug, int year, int functional, int economic, int income, int cards, int indicators)
    {
        var result = seeds.Result(file);
        Assert.Equal((slug, year, functional, economic, income, cards, indicators),
            (result.UnitSlug, result.FiscalYear!.Value, result.FunctionalRows, result.EconomicRows, result.IncomeRows, result.ProjectCards, result.Indicators));
    }

    [Fact]
    public async Task Cards_and_indicators_carry_their_budgets_unit_and_year()
    {
        // The API reads a card's budget's year and unit as the card's own (ProjectQuerySpec's `carries`), and an
        // indicator's unit through its own key: the copies must equal the budget's on every row.
        await using var db = seeds.Database.CreateContext();
        var projects = await db.Projects.Select(p => new { p.UnitId, p.FiscalYear, BudgetUnit = p.Budget.UnitId, BudgetYear = p.Budget.FiscalYear }).ToListAsync();
        var indicators = await db.Indicators.Select(i => new { i.UnitId, i.FiscalYear, BudgetUnit = i.Budget.UnitId, BudgetYear = i.Budget.FiscalYear }).ToListAsync();
        Assert.Equal(3 + 2 + 17 + 5 + 10, projects.Count);
        Assert.Equal(33 + 26 + 106 + 34 + 53, indicators.Count);
        Assert.All(projects, p => Assert.Equal((p.BudgetUnit, p.BudgetYear), (p.UnitId, p.FiscalYear)));
        Assert.All(indicators, i => Assert.Equal((i.BudgetUnit, i.BudgetYear), (i.UnitId, i.FiscalYear)));
    }

    [Fact]
    public async Task Nanping_2024_totals_are_exact()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "nanping");
        Assert.Equal(Wan(4851.31m), budget.ExpenditureTotal);
        Assert.Equal(Wan(1733.30m) + Wan(3118.01m), budget.ExpenditureTotal);
        Assert.Equal(Wan(1733.30m), budget.BasicExpenditure);
        Assert.Equal(Wan(3118.01m), budget.ProjectExpenditure);
        Assert.Equal(Wan(4851.31m), budget.IncomeTotal);
        Assert.Equal(Wan(4788.65m), budget.GeneralPublicBudgetIncome);   // 表一 一般公共预算资金 (this year)
        Assert.Equal(Wan(62.66m), budget.CarryOver);
        Assert.Equal(0, budget.ProcurementTotal);                       // empty 表九, "故此表无数据"
        Assert.Equal(Wan(4851.31m), budget.PerformanceBudget);
        Assert.Equal(("Nanping Sub-district", "南岸区", "Nan'an District", "307"),
            (budget.Unit.EnglishName, budget.Unit.DistrictName, budget.Unit.DistrictEnglishName, budget.Unit.UnitCode));
    }

    [Fact]
    public async Task Nanping_2024_subject_2120501_three_public_costs_and_cards()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "nanping");
        var sanitation = await db.ExpenditureLines.Where(l => l.BudgetId == budget.Id && l.Code == "2120501").OrderBy(l => l.SourceLine).ToListAsync();
        Assert.Equal([FunctionalTableKind.GeneralPublicBudgetExpenditure, FunctionalTableKind.DepartmentExpenditure], sanitation.Select(l => l.TableKind));
        Assert.All(sanitation, l => Assert.Equal((Wan(455.30m), (long?)null, Wan(455.30m), "城乡社区环境卫生", "21205"), (l.Total!.Value, l.Basic, l.Project!.Value, l.Name, l.ParentCode)));

        var costs = budget.ThreePublicCosts!;
        var costsTable = await db.DisclosedTables.SingleAsync(t => t.Id == costs.TableId);
        Assert.Equal((229, 236, 236), (costsTable.StartLine, costsTable.EndLine, costs.SourceLine));   // title line 229, figures line 236
        Assert.Equal((Wan(18.00m), (long?)null, Wan(17.50m), Wan(17.50m), Wan(0.50m)),
            (costs.Total!.Value, costs.OverseasTravel, costs.VehicleSubtotal!.Value, costs.VehicleOperation!.Value, costs.OfficialReception!.Value));

        var cards = await db.Projects.Where(p => p.BudgetId == budget.Id).OrderBy(p => p.Ordinal).Select(p => new { p.Name, p.Amount, p.HasCoreIndicator }).ToListAsync();
        Assert.Equal([Wan(405.91m), Wan(107.94m), Wan(1149.38m)], cards.Select(c => c.Amount!.Value));
        Assert.Equal(["南坪街道公共事务运行专项", "南坪街道办公用房租金", "南坪街道村居工作经费"], cards.Select(c => c.Name));
        Assert.All(cards, c => Assert.True(c.HasCoreIndicator));   // each card has one "是"
    }

    [Fact]
    public async Task Nanping_2024_tables_carry_numbers_remarks_and_the_partial_income_table()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "nanping");
        var tables = await db.DisclosedTables.Where(t => t.BudgetId == budget.Id).ToListAsync();
        Assert.Equal("表八", tables.Single(t => t.Kind == TableKind.DepartmentExpenditure).TableNumber);
        Assert.Equal(63, tables.Single(t => t.Kind == TableKind.DepartmentExpenditure).RowCount);
        Assert.True(tables.Single(t => t.Kind == TableKind.DepartmentIncome).IsPartial);
        Assert.Contains("故此表无数据", tables.Single(t => t.Kind == TableKind.GovernmentFundExpenditure).Remark);
        Assert.Contains("故此表无数据", tables.Single(t => t.Kind == TableKind.Procurement).Remark);
        Assert.Equal(3, tables.Count(t => t.Kind == TableKind.ProjectPerformance));

        var economic = await db.EconomicLines.SingleAsync(l => l.BudgetId == budget.Id && l.Code == "30217");
        Assert.Equal(("公务接待费", Wan(0.50m), (long?)null, Wan(0.50m)), (economic.Name, economic.Total!.Value, economic.Personnel, economic.Public!.Value));
        var table = await db.DisclosedTables.SingleAsync(t => t.Id == economic.TableId);
        Assert.Equal(TableKind.BasicExpenditureEconomic, table.Kind);
        Assert.InRange(economic.SourceLine, table.StartLine, table.EndLine);
    }

    [Fact]
    public async Task Performance_tables_are_stored_with_the_unit_they_print()
    {
        // nanping: "单位：万元" at lines 401 (整体绩效目标表) and 422, 443, 461 (cards); before, stored null.
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "nanping");
        var performance = await db.DisclosedTables
            .Where(t => t.BudgetId == budget.Id && (t.Kind == TableKind.OverallPerformance || t.Kind == TableKind.ProjectPerformance))
            .OrderBy(t => t.StartLine).Select(t => new { t.StartLine, t.PrintedUnit }).ToListAsync();
        Assert.Equal([(399, "万元"), (418, "万元"), (439, "万元"), (457, "万元")], performance.Select(t => (t.StartLine, t.PrintedUnit)));
    }

    [Fact]
    public async Task Chaoyang_2023_basic_expenditure_of_table2_and_table8_disagree_and_is_reported()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "chaoyang");
        var finding = await db.DataQualityFindings.SingleAsync(f => f.BudgetId == budget.Id && f.Rule == RuleCodes.Table2NotTable8);
        Assert.Equal(("合计", Wan(1225.78m), Wan(1225.79m), 330), (finding.Row, finding.Expected!.Value, finding.Actual!.Value, finding.SourceLine!.Value));
        Assert.Contains("基本支出", finding.Message);
        // The budget stores 表八's figure, the most authoritative (all funds); the disagreement stays visible.
        Assert.Equal(Wan(1225.79m), budget.BasicExpenditure);
        Assert.Equal(Wan(3394.41m), budget.ExpenditureTotal);
        Assert.Equal(Wan(2168.63m), budget.ProjectExpenditure);
    }

    [Fact]
    public async Task Total_rows_are_stored_as_printed_column_by_column()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "chaoyang");
        var totals = await db.TableTotals.Where(t => t.BudgetId == budget.Id)
            .Select(t => new { t.Table.Kind, t.Column, t.Amount, t.SourceLine }).ToListAsync();
        string Row(TableKind kind) => string.Join(" ", totals.Where(t => t.Kind == kind).OrderBy(t => t.Column, StringComparer.Ordinal)
            .Select(t => $"{t.Column}={FixedPoint.FromStored(t.Amount)}@{t.SourceLine}"));

        // 表二 line 94, 表三 line 208, 表八 line 330 (read off the text)
        Assert.Equal("基本支出=1225.78@94 总计=3394.41@94 项目支出=2168.63@94", Row(TableKind.GeneralPublicBudgetExpenditure));
        Assert.Equal("人员经费=1025.75@208 总计=1225.78@208 日常公用经费=200.03@208", Row(TableKind.BasicExpenditureEconomic));
        Assert.Equal("基本支出=1225.79@330 总计=3394.41@330 项目支出=2168.63@330", Row(TableKind.DepartmentExpenditure));

        var jiangbeicheng = await BudgetAsync(db, "jiangbeicheng");
        var procurement = await db.TableTotals.SingleAsync(t => t.BudgetId == jiangbeicheng.Id && t.Table.Kind == TableKind.Procurement);
        Assert.Equal(Wan(954.58m), procurement.Amount);
        var income = await db.TableTotals.Where(t => t.BudgetId == jiangbeicheng.Id && t.Table.Kind == TableKind.DepartmentIncome && t.Amount != null)
            .OrderBy(t => t.Column).Select(t => new { t.Column, t.Amount }).ToListAsync();
        // 表七 line 291: 合计 3,636.80 = 一般公共预算 3,634.33 + 国有资本经营 2.47
        Assert.Contains(new { Column = "总计", Amount = (long?)Wan(3636.80m) }, income);
        Assert.Contains(new { Column = "一般公共预算财政拨款收入", Amount = (long?)Wan(3634.33m) }, income);
        Assert.Contains(new { Column = "国有资本经营预算拨款收入", Amount = (long?)Wan(2.47m) }, income);
    }

    [Fact]
    public async Task Chaoyang_2023_values()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "chaoyang");
        Assert.Equal(("Chaoyang Sub-district", "北碚区", "Beibei District", 2023), (budget.Unit.EnglishName, budget.Unit.DistrictName, budget.Unit.DistrictEnglishName, budget.FiscalYear));
        Assert.Equal((Wan(16.00m), Wan(11.00m), Wan(5.00m)), (budget.ThreePublicCosts!.Total!.Value, budget.ThreePublicCosts.VehicleOperation!.Value, budget.ThreePublicCosts.OfficialReception!.Value));
        var cards = await db.Projects.Where(p => p.BudgetId == budget.Id).OrderBy(p => p.Ordinal).ToListAsync();
        Assert.Equal([Wan(100.00m), Wan(50.00m)], cards.Select(c => c.Amount!.Value));
        Assert.Equal(["50010922T000000095557", "50010922T000000095633"], cards.Select(c => c.Code));
        // 2023年项目支出绩效目标表 (清扫保洁服务外包): 保洁面积 ≥ 122345 平方米, three levels from the columns
        var area = await db.Indicators.SingleAsync(i => i.ProjectId == cards[0].Id && i.Name == "保洁面积");
        Assert.Equal(("产出指标", "数量指标", "≥", Wan(122345m), "平方米", Wan(10m)),
            (area.Level1, area.Level2, area.Operator, area.NumericTarget!.Value, area.UnitOfMeasure, area.Weight!.Value));
        Assert.Equal(Wan(3394.41m), budget.PerformanceBudget);
        Assert.Equal(0, budget.ProcurementTotal);
    }

    [Fact]
    public async Task Jiangbeicheng_2025_city_community_parent_vs_its_columns_and_children_is_reported()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "jiangbeicheng");
        var findings = await db.DataQualityFindings.Where(f => f.BudgetId == budget.Id && f.Row == "212 城乡社区支出").ToListAsync();

        // 表二 line 166 and 表八 line 444: 1,248.18 printed, 221.10 + 1,027.07 = 1,248.17 (basic + project),
        // and 873.40 + 374.77 = 1,248.17 (its 款 rows).
        var byColumns = findings.Where(f => f.Rule == RuleCodes.RowTotalNotSumOfColumns).OrderBy(f => f.SourceLine).ToList();
        Assert.Equal([166, 444], byColumns.Select(f => f.SourceLine!.Value));
        Assert.All(byColumns, f => Assert.Equal((Wan(221.10m) + Wan(1027.07m), Wan(1248.18m)), (f.Expected!.Value, f.Actual!.Value)));
        var byChildren = findings.Where(f => f.Rule == RuleCodes.ParentNotSumOfChildren).ToList();
        Assert.Equal(2, byChildren.Count);
        Assert.All(byChildren, f => Assert.Equal((Wan(873.40m) + Wan(374.77m), Wan(1248.18m)), (f.Expected!.Value, f.Actual!.Value)));
    }

    [Fact]
    public async Task Jiangbeicheng_2025_values_and_no_false_table2_vs_table8_total_finding()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "jiangbeicheng");
        Assert.Equal(Wan(3636.80m), budget.ExpenditureTotal);   // 表八 includes 国有资本经营 2.47
        Assert.Equal(Wan(1330.33m), budget.BasicExpenditure);
        Assert.Equal(Wan(2306.47m), budget.ProjectExpenditure);
        Assert.Equal(Wan(3636.80m), budget.IncomeTotal);
        Assert.Equal(Wan(3634.33m), budget.GeneralPublicBudgetIncome);
        Assert.Equal(Wan(2.47m), budget.StateCapitalIncome);
        Assert.Equal(Wan(954.58m), budget.ProcurementTotal);
        Assert.Equal((Wan(33.50m), Wan(3.00m), Wan(27.50m), Wan(3.00m)),
            (budget.ThreePublicCosts!.Total!.Value, budget.ThreePublicCosts.OverseasTravel!.Value, budget.ThreePublicCosts.VehicleOperation!.Value, budget.ThreePublicCosts.OfficialReception!.Value));

        // 表二 (general budget only) and 表八 (all funds) differ by the 2.47 of state capital: not a finding.
        Assert.False(await db.DataQualityFindings.AnyAsync(f => f.BudgetId == budget.Id && f.Rule == RuleCodes.Table2NotTable8));
        // The narrative's 2304 + 2.47 under performance management equals 表八's project expenditure: not a finding.
        Assert.False(await db.DataQualityFindings.AnyAsync(f => f.BudgetId == budget.Id && f.Rule == RuleCodes.NarrativeNotTable));

        var cards = await db.Projects.Where(p => p.BudgetId == budget.Id).ToListAsync();
        Assert.Equal(17, cards.Count);
        Assert.Equal(Wan(2083.80m), cards.Sum(c => c.Amount ?? 0));
        var finding = await db.DataQualityFindings.SingleAsync(f => f.BudgetId == budget.Id && f.Rule == RuleCodes.ProjectCardsNotProjectExpenditure);
        Assert.Equal((Wan(2306.47m), Wan(2083.80m)), (finding.Expected!.Value, finding.Actual!.Value));

        var emptyKeyProject = await db.DisclosedTables.SingleAsync(t => t.BudgetId == budget.Id && t.Kind == TableKind.ProjectPerformance && t.Title.Contains("重点专项"));
        Assert.Equal(0, emptyKeyProject.RowCount);
        Assert.Contains("本部门无此项收支", emptyKeyProject.Remark);
    }

    [Fact]
    public async Task Performance_only_seeds_store_cards_and_overall_budget()
    {
        await using var db = seeds.Database.CreateContext();
        var shandong = await BudgetAsync(db, "shandong");
        Assert.Equal(("Shandong Sub-district", "沙坪坝区", Wan(1009.24m)), (shandong.Unit.EnglishName, shandong.Unit.DistrictName, shandong.PerformanceBudget!.Value));
        Assert.Null(shandong.ExpenditureTotal);
        Assert.Equal([Wan(156.83m), Wan(50.2m), Wan(106.48m), Wan(0.9m), Wan(18.57m)],
            await db.Projects.Where(p => p.BudgetId == shandong.Id).OrderBy(p => p.Ordinal).Select(p => p.Amount!.Value).ToListAsync());

        var ciqikou = await BudgetAsync(db, "ciqikou");
        Assert.Equal(("Ciqikou Sub-district", "沙坪坝区", 2024), (ciqikou.Unit.EnglishName, ciqikou.Unit.DistrictName, ciqikou.FiscalYear));
        // Ciqikou writes levels as a name prefix: "成本-经济成本-…" becomes Level1/Level2 with the leaf name.
        Assert.True(await db.Indicators.AnyAsync(i => i.BudgetId == ciqikou.Id && i.Level1 != null && i.RawName != null && i.RawName != i.Name));
    }

    [Fact]
    public async Task Shandong_year_label_2024_disagrees_with_its_texts_planning_2025()
    {
        await using var db = seeds.Database.CreateContext();
        var budget = await BudgetAsync(db, "shandong");
        var finding = await db.DataQualityFindings.SingleAsync(f => f.BudgetId == budget.Id && f.Rule == RuleCodes.YearLabelDisagreesWithText);
        Assert.Equal((FixedPoint.ToStored(2024m), FixedPoint.ToStored(2025m), 80), (finding.Expected!.Value, finding.Actual!.Value, finding.SourceLine!.Value));
        Assert.Contains("2025年全年补贴发放", finding.Row);
    }

    [Fact]
    public async Task Subject_catalogue_has_every_code_once_with_english_names_for_categories()
    {
        await using var db = seeds.Database.CreateContext();
        var subjects = await db.Subjects.ToListAsync();
        Assert.Equal(subjects.Count, subjects.Select(s => (s.Classification, s.Code)).Distinct().Count());
        Assert.All(subjects.Where(s => s.Level != SubjectLevel.Item), s => Assert.NotNull(s.EnglishName));
        var sanitation = subjects.Single(s => s.Classification == Classification.Functional && s.Code == "21205");
        Assert.Equal(("城乡社区环境卫生", "Community environmental sanitation", "212"), (sanitation.Name, sanitation.EnglishName, sanitation.ParentCode));
        Assert.Contains(subjects, s => s.Code == "2230105");   // only in jiangbeicheng's 表八 (国有资本经营)
    }
}
