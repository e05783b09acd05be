using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using SourceDocument = BudgetGraph.Data.Entities.SourceDocument;
using Indicator = BudgetGraph.Data.Entities.Indicator;
using Project = BudgetGraph.Data.Entities.Project;
using Budget = BudgetGraph.Data.Entities.Budget;
using NarrativeStatement = BudgetGraph.Data.Entities.NarrativeStatement;
using ThreePublicCosts = BudgetGraph.Data.Entities.ThreePublicCosts;
using static BudgetGraph.Data.Entities.FixedPoint;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A small hand-built database whose values are read off the seed texts (file and line noted): three units, three
/// budgets, eight project cards, their core and some other indicators, functional subject lines, subjects and two
/// data-quality findings. It is kept on purpose beside the imported seeds (<c>ImportedSeedsFixture</c>): the tests of
/// the API's mechanics (filters, sorts, paging, limits, protocol) then depend on typed values, not on the parser, so a
/// loader change cannot move them; what the importer produces is asserted by the tests over the imported seeds.
/// </summary>
public static class SeedData
{
    public static void Fill(BudgetDbContext db)
    {
        var nanping = new Unit
        {
            Id = 1, Slug = "nanping", OfficialName = "重庆市南岸区人民政府南坪街道办事处", ShortName = "南坪街道",
            EnglishName = "Nanping Sub-district Office", DistrictName = "南岸区", DistrictEnglishName = "Nan'an District", UnitCode = "307",
        };
        var jiangbeicheng = new Unit
        {
            Id = 2, Slug = "jiangbeicheng", OfficialName = "重庆市江北区人民政府江北城街道办事处", ShortName = "江北城街道",
            EnglishName = "Jiangbeicheng Sub-district Office", DistrictName = "江北区", DistrictEnglishName = "Jiangbei District", UnitCode = "806",
        };
        var chaoyang = new Unit
        {
            Id = 3, Slug = "chaoyang", OfficialName = "重庆市北碚区朝阳街道办事处", ShortName = "朝阳街道",
            EnglishName = "Chaoyang Sub-district Office", DistrictName = "北碚区", DistrictEnglishName = "Beibei District", UnitCode = "502",
        };
        db.Units.AddRange(nanping, jiangbeicheng, chaoyang);

        // nanping-2024.txt: 收入/支出合计 4,851.31 (l.109), 表二 合计 4,851.31 / 1,733.30 / 3,118.01 (l.117),
        // 本年收入 4,788.65 (l.97), 上年结转 62.66 (l.45).
        var nanping2024 = Budget(10, nanping, 2024, "nanping-2024.txt", income: 4851.31m, expenditure: 4851.31m,
            basic: 1733.30m, project: 3118.01m, carryOver: 62.66m, generalPublic: 4788.65m);
        nanping2024.PerformanceBudget = ToStored(4851.31m);
        nanping2024.OverallGoal = "紧紧围绕全区中心工作";
        // jiangbeicheng-2025.txt: 表二 合计 3,634.33 / 1,330.33 / 2,304.00 (l.98), 收入合计 3,636.80 (l.270), 采购 954.58 (l.472).
        var jiangbeicheng2025 = Budget(20, jiangbeicheng, 2025, "jiangbeicheng-2025.txt", income: 3636.80m, expenditure: 3634.33m,
            basic: 1330.33m, project: 2304.00m, carryOver: null, generalPublic: 3634.33m);
        jiangbeicheng2025.ProcurementTotal = ToStored(954.58m);
        // chaoyang-2023.txt: 收入/支出合计 3,394.41 (l.84), 表二 合计 3,394.41 / 1,225.78 / 2,168.63 (l.94).
        var chaoyang2023 = Budget(30, chaoyang, 2023, "chaoyang-2023.txt", income: 3394.41m, expenditure: 3394.41m,
            basic: 1225.78m, project: 2168.63m, carryOver: null, generalPublic: 3394.41m);
        db.Budgets.AddRange(nanping2024, jiangbeicheng2025, chaoyang2023);

        var nanpingTable2 = Table(100, nanping2024, TableKind.GeneralPublicBudgetExpenditure, "一般公共预算财政拨款支出预算表", "表二", 111, 182);
        var nanpingProjects = Table(101, nanping2024, TableKind.ProjectPerformance, "项目绩效目标表（一级项目）", null, 418, 480);
        var jiangbeichengProjects = Table(200, jiangbeicheng2025, TableKind.ProjectPerformance, "项目绩效目标表", null, 560, 720);
        var chaoyangProjects = Table(300, chaoyang2023, TableKind.ProjectPerformance, "项目支出绩效目标表", null, 470, 520);
        db.DisclosedTables.AddRange(nanpingTable2, nanpingProjects, jiangbeichengProjects, chaoyangProjects);

        // nanping-2024.txt l.173–182: 表二 rows of 类 212 and 221.
        db.ExpenditureLines.AddRange(
            Line(nanping2024, nanpingTable2, "212", "城乡社区支出", SubjectLevel.Category, 1373.80m, 589.12m, 784.68m, 173),
            Line(nanping2024, nanpingTable2, "21201", "城乡社区管理事务", SubjectLevel.Section, 918.50m, 589.12m, 329.38m, 174),
            Line(nanping2024, nanpingTable2, "2120101", "行政运行", SubjectLevel.Item, 496.99m, 496.99m, null, 175),
            Line(nanping2024, nanpingTable2, "2120104", "城管执法", SubjectLevel.Item, 329.38m, null, 329.38m, 176),
            Line(nanping2024, nanpingTable2, "2120199", "其他城乡社区管理事务支出", SubjectLevel.Item, 92.12m, 92.12m, null, 177),
            Line(nanping2024, nanpingTable2, "21205", "城乡社区环境卫生", SubjectLevel.Section, 455.30m, null, 455.30m, 178),
            Line(nanping2024, nanpingTable2, "2120501", "城乡社区环境卫生", SubjectLevel.Item, 455.30m, null, 455.30m, 179),
            Line(nanping2024, nanpingTable2, "221", "住房保障支出", SubjectLevel.Category, 105.81m, 105.81m, null, 180),
            Line(nanping2024, nanpingTable2, "22102", "住房改革支出", SubjectLevel.Section, 105.81m, 105.81m, null, 181),
            Line(nanping2024, nanpingTable2, "2210201", "住房公积金", SubjectLevel.Item, 105.81m, 105.81m, null, 182));

        // Project cards: nanping-2024.txt l.424/445/463, jiangbeicheng-2025.txt l.570/633/691, chaoyang-2023.txt l.473/494.
        var p1 = Project(1001, nanping2024, nanpingProjects, 1, "南坪街道公共事务运行专项", 405.91m, 424);
        p1.Overview = "该项目为街道行使职能职责的项目经费,主要用于辖区安全稳定、宣传、社保平台工作、疫情防控、市政设施零星维修等综合事务管理。";
        var p2 = Project(1002, nanping2024, nanpingProjects, 2, "南坪街道办公用房租金", 107.94m, 445);
        var p3 = Project(1003, nanping2024, nanpingProjects, 3, "南坪街道村居工作经费", 1149.38m, 463);
        var j1 = Project(2001, jiangbeicheng2025, jiangbeichengProjects, 5, "文体及教育工作经费", 70.60m, 570);
        var j2 = Project(2002, jiangbeicheng2025, jiangbeichengProjects, 8, "运行保障工作经费", 210.00m, 633);
        var j3 = Project(2003, jiangbeicheng2025, jiangbeichengProjects, 10, "民政管理事务工作经费", 390.38m, 691);
        var c1 = Project(3001, chaoyang2023, chaoyangProjects, 1, "清扫保洁服务外包", 100.00m, 473);
        c1.Code = "50010922T000000095557";
        c1.Category = "一般性项目";
        c1.Splits.Add(new ProjectFundingSplit { Label = "本级安排", Amount = ToStored(100.00m), SourceLine = 475 });
        var c2 = Project(3002, chaoyang2023, chaoyangProjects, 2, "文化事务", 50.00m, 494);
        c2.Code = "50010922T000000095633";
        c2.Category = "一般性项目";
        db.Projects.AddRange(p1, p2, p3, j1, j2, j3, c1, c2);

        db.Indicators.AddRange(
            // nanping-2024.txt overall goal table l.409, l.416
            Indicator(nanping2024, null, 1, "居民满意率", 10, "≥", 90, "%", null, 409),
            Indicator(nanping2024, null, 2, "安全检查人次", 12, "≥", 2000, "人次", null, 416),
            // l.430–437
            Indicator(nanping2024, p1, 2, "矛盾纠纷化解率", 10, "≥", 90, "%", false, 431),
            Indicator(nanping2024, p1, 5, "居民满意率", 10, "≥", 90, "%", false, 434),
            Indicator(nanping2024, p1, 7, "安全检查人次", 20, "≥", 1500, "人次", true, 436),
            // l.451–455
            Indicator(nanping2024, p2, 1, "微企孵化基地产值", 30, "≥", 1, "亿元", true, 451),
            Indicator(nanping2024, p2, 4, "群众满意率", 10, "≥", 90, "%", false, 454),
            // l.469–476
            Indicator(nanping2024, p3, 4, "社区牵头解决问题数量", 15, "≥", 100, "件", true, 472),
            Indicator(nanping2024, p3, 8, "居民满意率", 10, "≥", 90, "%", false, 476),
            // jiangbeicheng-2025.txt l.576, l.639–640, l.697 and l.700
            Indicator(jiangbeicheng2025, j1, 1, "周免费开放时间", 25, "≥", 42, "小时", true, 576),
            Indicator(jiangbeicheng2025, j2, 1, "食堂用餐满意度", 10, "≥", 90, "%", false, 639),
            Indicator(jiangbeicheng2025, j2, 2, "物业管理考核得分", 25, "≥", 95, "分", true, 640),
            Indicator(jiangbeicheng2025, j3, 1, "社区运转经费保障个数", 10, "=", 2, "个", false, 697),
            Indicator(jiangbeicheng2025, j3, 4, "发放社区工作者、网格员薪酬、社保、补贴等费用", 30, "≥", 41, "人数", true, 700),
            // chaoyang-2023.txt l.458 (three-level hierarchy)
            new Indicator
            {
                Budget = chaoyang2023, Project = c1, UnitId = 3, FiscalYear = 2023, DistrictName = "北碚区", ProjectCategory = c1.Category, Ordinal = 1, Name = "背街小巷清扫保洁面积",
                Level1 = "产出指标", Level2 = "数量指标", Weight = ToStored(5m), Operator = "≥", NumericTarget = ToStored(122345m),
                UnitOfMeasure = "平方米", IsCore = false, SourceLine = 458,
            });

        db.Subjects.AddRange(
            Subject(Classification.Functional, "212", "城乡社区支出", "Urban and Rural Community Affairs", SubjectLevel.Category),
            Subject(Classification.Functional, "21201", "城乡社区管理事务", "Urban and Rural Community Management", SubjectLevel.Section),
            Subject(Classification.Functional, "2120101", "行政运行", "Administrative Operation", SubjectLevel.Item),
            Subject(Classification.Functional, "21205", "城乡社区环境卫生", "Urban and Rural Community Sanitation", SubjectLevel.Section),
            Subject(Classification.Functional, "2120501", "城乡社区环境卫生", "Urban and Rural Community Sanitation", SubjectLevel.Item),
            Subject(Classification.Functional, "221", "住房保障支出", "Housing Security", SubjectLevel.Category),
            Subject(Classification.Economic, "301", "工资福利支出", "Wages and Benefits", SubjectLevel.Category));

        db.DataQualityFindings.AddRange(
            // jiangbeicheng-2025.txt l.166: 城乡社区支出 1,248.18 vs 221.10 + 1,027.07 = 1,248.17
            new DataQualityFinding
            {
                Budget = jiangbeicheng2025, Rule = "PARENT_NE_SUM_OF_CHILDREN", Table = "一般公共预算财政拨款支出预算表", Row = "212",
                SourceLine = 166, Expected = ToStored(1248.17m), Actual = ToStored(1248.18m),
                Message = "城乡社区支出 1,248.18 is not the sum of its columns 221.10 + 1,027.07 = 1,248.17.",
            },
            // chaoyang-2023.txt l.94 vs l.330: basic expenditure 1,225.78 (表二) vs 1,225.79 (表八)
            new DataQualityFinding
            {
                Budget = chaoyang2023, Rule = "TABLE2_NE_TABLE8", Table = "部门支出总表", Row = "合计", SourceLine = 330,
                Expected = ToStored(1225.78m), Actual = ToStored(1225.79m),
                Message = "Basic expenditure 1,225.79 in 部门支出总表 differs from 1,225.78 in 表二.",
            });

        db.SaveChanges();
        // Rows written here bypass the importer, which keeps the name gram index and its counts: derive them as the migrations do.
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, BudgetGraph.Data.Search.NameGramSql.RebuildSqlite);
        // And compare's distinct line totals (its ranks), as a bulk load does at its end.
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, BudgetGraph.Data.Import.ExpenditureTotalValues.AllValues);
        CountAgain(db);
    }

    /// <summary>
    /// The counts the importer keeps, counted again from the rows as a bulk load does at its end: rows written here (and
    /// by fixtures that add to them) bypass the importer. The row counts an unfiltered totalCount reads, each budget's
    /// indicator counts, the value counts a filter of one category column counts on, the band counts a range of one
    /// amount counts on, and the combinations' counts a filter of the categories counts on.
    /// </summary>
    public static void CountAgain(BudgetDbContext db)
    {
        foreach (var sql in new[] { BudgetGraph.Data.Import.RowCounts.AllTables, BudgetGraph.Data.Import.BudgetRowCounts.AllBudgets,
                     BudgetGraph.Data.Import.ValueCounts.AllColumns, BudgetGraph.Data.Import.AmountBands.AllColumns,
                     BudgetGraph.Data.Import.FacetCounts.AllTables })
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, sql);
    }

    private static Budget Budget(int id, Unit unit, int year, string fileName, decimal income, decimal expenditure,
        decimal basic, decimal project, decimal? carryOver, decimal generalPublic) => new()
    {
        Id = id, Unit = unit, FiscalYear = year, DistrictName = unit.DistrictName,
        SourceDocument = new SourceDocument
        {
            FileName = fileName, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileName))),
            EncodingName = "utf-8", LineCount = 700, ImportedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
        },
        IncomeTotal = ToStored(income), ExpenditureTotal = ToStored(expenditure), BasicExpenditure = ToStored(basic),
        ProjectExpenditure = ToStored(project), CarryOver = ToStored(carryOver), GeneralPublicBudgetIncome = ToStored(generalPublic),
    };

    private static DisclosedTable Table(int id, Budget budget, TableKind kind, string title, string? number, int start, int end) =>
        new() { Id = id, Budget = budget, Kind = kind, Title = title, TableNumber = number, StartLine = start, EndLine = end };

    private static ExpenditureLine Line(Budget budget, DisclosedTable table, string code, string name, SubjectLevel level,
        decimal total, decimal? basic, decimal? project, int line) => new()
    {
        Budget = budget, Table = table, TableKind = FunctionalTableKind.GeneralPublicBudgetExpenditure, Code = code, Name = name,
        Level = level, ParentCode = SubjectCodes.ParentOf(code), Total = ToStored(total), Basic = ToStored(basic),
        Project = ToStored(project), SourceLine = line,
    };

    private static Project Project(int id, Budget budget, DisclosedTable table, int ordinal, string name, decimal amount, int line) => new()
    {
        Id = id, Budget = budget, Table = table, Ordinal = ordinal, Name = name, Amount = ToStored(amount),
        UnitId = budget.Unit.Id, FiscalYear = budget.FiscalYear, DistrictName = budget.Unit.DistrictName, SourceLine = line,
    };

    private static Indicator Indicator(Budget budget, Project? project, int ordinal, string name, decimal weight,
        string op, decimal target, string unit, bool? isCore, int line)
    {
        if (isCore == true && project is not null) project.HasCoreIndicator = true;
        return new Indicator
        {
            Budget = budget, Project = project, UnitId = budget.Unit.Id, FiscalYear = budget.FiscalYear, DistrictName = budget.Unit.DistrictName,
            ProjectCategory = project?.Category, Ordinal = ordinal, Name = name, Weight = ToStored(weight), Operator = op, NumericTarget = ToStored(target), UnitOfMeasure = unit,
            IsCore = isCore, SourceLine = line,
        };
    }

    private static Subject Subject(Classification classification, string code, string name, string english, SubjectLevel level) =>
        new() { Classification = classification, Code = code, Name = name, EnglishName = english, Level = level, ParentCode = SubjectCodes.ParentOf(code) };
}
