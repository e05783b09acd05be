using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>What one import of a hand-built disclosure stores: unit, budget totals, rows with provenance.</summary>
public sealed class DisclosureImporterTests(ImportedSampleFixture fixture) : IClassFixture<ImportedSampleFixture>
{
    [Fact]
    public void Import_reports_what_it_stored()
    {
        var result = fixture.Result;
        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal("nanping", result.UnitSlug);
        Assert.Equal(2024, result.FiscalYear);
        Assert.Equal(6, result.FunctionalRows);       // 4 in 表二, 0 in 政府性基金, 2 in 表八
        Assert.Equal(4, result.EconomicRows);
        Assert.Equal(2, result.ProjectCards);         // the empty 重点专项 card is a table, not a project
        Assert.Equal(1 + 2 + 1, result.Indicators);   // overall + cards
        Assert.Equal(3, result.NarrativeStatements);
        Assert.Equal(1 + 3 + 1 + 1 + 1 + 1 + 3, result.Tables);   // 表一, 3 functional, 表三, 三公, 采购, 整体绩效, 3 cards
    }

    [Fact]
    public async Task Import_names_the_unit_from_the_shipped_catalogue()
    {
        await using var db = fixture.Database.CreateContext();
        var unit = await db.Units.SingleAsync();
        Assert.Equal(("nanping", "Nanping Sub-district", "南岸区", "Nan'an District", "307"),
            (unit.Slug, unit.EnglishName, unit.DistrictName, unit.DistrictEnglishName, unit.UnitCode));
        Assert.Equal("重庆市南岸区人民政府南坪街道办事处", unit.OfficialName);
        Assert.Equal("部门预算公开联系人：喻兰椒 联系方式：023-62909809", unit.ContactLine);
    }

    [Fact]
    public async Task Import_stores_totals_from_the_most_authoritative_table_as_fixed_point()
    {
        await using var db = fixture.Database.CreateContext();
        var budget = await db.Budgets.Include(b => b.SourceDocument).SingleAsync();
        Assert.Equal(2_085_020_000, budget.ExpenditureTotal);      // 表八 合计
        Assert.Equal(528_290_000, budget.BasicExpenditure);
        Assert.Equal(1_556_730_000, budget.ProjectExpenditure);
        Assert.Equal(2_085_020_000, budget.IncomeTotal);           // 财政拨款收支总表 收入合计 (no 部门收支总表 here)
        Assert.Equal(2_022_360_000, budget.GeneralPublicBudgetIncome);
        Assert.Null(budget.GovernmentFundIncome);
        Assert.Equal(62_660_000, budget.CarryOver);
        Assert.Null(budget.CarryForward);
        Assert.Equal(0, budget.ProcurementTotal);                  // empty 政府采购 table with its "no data" remark
        Assert.Equal(4_851_310_000, budget.PerformanceBudget);
        Assert.Equal("保障街道正常运转", budget.OverallGoal);
        Assert.Equal(("nanping-v1.txt", fixture.Disclosure.Source.Sha256, "utf-8", 400),
            (budget.SourceDocument.FileName, budget.SourceDocument.Sha256, budget.SourceDocument.EncodingName, budget.SourceDocument.LineCount));
    }

    [Fact]
    public async Task Every_row_points_at_its_table_and_source_line()
    {
        await using var db = fixture.Database.CreateContext();
        var line = await db.ExpenditureLines.Include(l => l.Table)
            .SingleAsync(l => l.Code == "2010302" && l.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure);
        Assert.Equal((131, 1_556_730_000L, (long?)null, 1_556_730_000L, SubjectLevel.Item, "20103"),
            (line.SourceLine, line.Total!.Value, line.Basic, line.Project!.Value, line.Level, line.ParentCode));
        Assert.Equal((TableKind.GeneralPublicBudgetExpenditure, 121, 131, 4), (line.Table.Kind, line.Table.StartLine, line.Table.EndLine, line.Table.RowCount));

        var economic = await db.EconomicLines.Include(l => l.Table).SingleAsync(l => l.Code == "30101");
        Assert.Equal((209, 313_480_000L, "表三", SubjectLevel.Section), (economic.SourceLine, economic.Total!.Value, economic.Table.TableNumber, economic.Level));

        var costs = await db.ThreePublicCosts.Include(t => t.Table).SingleAsync();
        Assert.Equal((18_000_000L, 17_500_000L, 500_000L, (long?)null, TableKind.ThreePublicCosts),
            (costs.Total!.Value, costs.VehicleOperation!.Value, costs.OfficialReception!.Value, costs.OverseasTravel, costs.Table.Kind));
    }

    [Fact]
    public async Task Empty_tables_are_kept_with_their_remark()
    {
        await using var db = fixture.Database.CreateContext();
        var empty = await db.DisclosedTables.Where(t => t.RowCount == 0).OrderBy(t => t.StartLine)
            .Select(t => new { t.Kind, t.Remark }).ToListAsync();
        Assert.Equal(
        [
            new { Kind = TableKind.GovernmentFundExpenditure, Remark = (string?)"备注：本单位无政府性基金预算收支，故此表无数据。" },
            new { Kind = TableKind.Procurement, Remark = (string?)"备注：本单位无政府采购预算支出，故此表无数据。" },
            new { Kind = TableKind.ProjectPerformance, Remark = (string?)"本单位无重点专项。" },
        ], empty);
    }

    [Fact]
    public async Task Projects_and_indicators_carry_unit_year_and_core_flag()
    {
        await using var db = fixture.Database.CreateContext();
        var unitId = await db.Units.Select(u => u.Id).SingleAsync();
        var projects = await db.Projects.Include(p => p.Indicators).Include(p => p.Splits).OrderBy(p => p.Ordinal).ToListAsync();
        Assert.Equal(["城市管理经费", "民生救济"], projects.Select(p => p.Name));
        Assert.Equal([405_910_000L, 107_940_000L], projects.Select(p => p.Amount!.Value));
        Assert.Equal([true, false], projects.Select(p => p.HasCoreIndicator));
        Assert.All(projects, p => Assert.Equal((unitId, 2024), (p.UnitId, p.FiscalYear)));
        Assert.Equal("本级安排", projects[0].Splits.Single().Label);

        var cleaning = projects[0].Indicators.OrderBy(i => i.Ordinal).First();
        Assert.Equal(("清扫面积", "≥", "＞＝", 122_345_000_000L, 30_000_000L, true, 370),
            (cleaning.Name, cleaning.Operator, cleaning.OperatorRaw, cleaning.NumericTarget!.Value, cleaning.Weight!.Value, cleaning.IsCore!.Value, cleaning.SourceLine));
        Assert.All(await db.Indicators.ToListAsync(), i => Assert.Equal((unitId, 2024), (i.UnitId, i.FiscalYear)));
        Assert.Equal("社区数量", (await db.Indicators.SingleAsync(i => i.ProjectId == null)).Name);
    }

    [Fact]
    public async Task Subject_catalogue_gets_every_code_with_level_parent_and_english_name()
    {
        await using var db = fixture.Database.CreateContext();
        var subjects = await db.Subjects.OrderBy(s => s.Code).ToListAsync();
        Assert.Equal(["201", "20103", "2010301", "2010302", "301", "30101", "302", "303"], subjects.Select(s => s.Code));
        var office = subjects.Single(s => s.Code == "20103");
        Assert.Equal((Classification.Functional, "政府办公厅（室）及相关机构事务", "Government offices and related agencies", SubjectLevel.Section, "201"),
            (office.Classification, office.Name, office.EnglishName, office.Level, office.ParentCode));
        Assert.Equal("Wages and welfare", subjects.Single(s => s.Code == "301").EnglishName);
        Assert.Equal("Administrative operations", subjects.Single(s => s.Code == "2010301").EnglishName);   // 项 行政运行, from the catalogue
    }

    [Fact]
    public async Task Narrative_statements_keep_signed_change_and_reason()
    {
        await using var db = fixture.Database.CreateContext();
        var income = await db.NarrativeStatements.SingleAsync(n => n.Metric == NarrativeMetric.IncomeTotal);
        Assert.Equal((2_085_020_000L, -355_710_000L, ChangeDirection.Decrease, 2023, 60),
            (income.Amount!.Value, income.Change!.Value, income.Direction!.Value, income.ComparedYear!.Value, income.SourceLine));
        Assert.Equal("一般公共预算拨款减少353.11万元", income.Reason);
    }
}
