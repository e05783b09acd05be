using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// shanghai-putuo-chengguanju-2026.txt (tests/fixtures/other): the Shanghai family printed without tabs — cells
/// separated by single spaces, empty cells dropped, figures glued to the next label ("47,483,458一、社会保障和就业支出").
/// Amounts typed from the text in 元 and asserted in 万元 (exact). Where a row has fewer figures than the table has
/// amount columns the column of a figure cannot be known: its total is read, its split columns stay empty, and a parser
/// note says so (never a guessed column).
/// </summary>
public sealed class ShanghaiChengguanjuDisclosureTests
{
    private static readonly Disclosure Doc = DisclosureParser.ParseFile(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju));

    private static decimal? Wan(string yuan) => yuan.Length == 0 ? null : decimal.Parse(yuan.Replace(",", "")) / 10_000m;

    [Fact]
    public void Unit_is_named_by_the_预算主管部门_label()
    {
        Assert.Equal("上海市普陀区城市管理行政执法局", Doc.Unit.OfficialName);
        Assert.Equal(2, Doc.Unit.Line);
        Assert.Equal("普陀区", Doc.Unit.District);
        Assert.Equal(2026, Doc.FiscalYear);
    }

    [Fact]
    public void Contents_announce_the_nine_tables_listed_under_the_section_五_部门预算表_not_the_section()
    {
        // 9 "五、部门预算表 ……" groups the tables of lines 10–18 ("1. 2026年部门财务收支预算总表 ……" … "9．2026年部门“三公”经费和
        // 机关运行经费预算表 ……"); it is no table, so nothing is missing.
        var lines = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju)).Split('\n');
        Assert.StartsWith("五、部门预算表 ……", lines[8]);
        Assert.StartsWith("1. 2026年部门财务收支预算总表 ……", lines[9]);
        Assert.StartsWith("9．2026年部门“三公”经费和机关运行经费预算表 ……", lines[17]);
        Assert.Equal(
        [
            (10, "2026年部门财务收支预算总表", (int?)86), (11, "2026年部门收入预算总表", 99), (12, "2026年部门支出预算总表", 128),
            (13, "2026年部门财政拨款收支预算总表", 155), (14, "2026年部门一般公共预算支出功能分类预算表", 165),
            (15, "2026年部门政府性基金预算支出功能分类预算表", 196), (16, "2026年部门国有资本经营预算支出功能分类预算表", 205),
            (17, "2026年部门一般公共预算基本支出部门预算经济分类预算表", 214), (18, "2026年部门“三公”经费和机关运行经费预算表", 257),
        ],
        Doc.Inventory.Announced.Where(a => a.Source == AnnouncementSource.Contents).Select(a => (a.Line, a.Title, a.FoundLine)));
        Assert.Equal(9, Doc.Inventory.Announced.Count);
        Assert.Empty(Doc.Inventory.Missing);
        Assert.DoesNotContain(Doc.Notes, n => n.Message.Contains("目录"));
    }

    [Fact]
    public void Department_summary_read_from_space_separated_rows_with_glued_cells()
    {
        var table = Doc.Summary(SummaryTableKind.Department);
        Assert.Equal(("2026年部门财务收支预算总表", "元"), (table.Title, table.PrintedUnit));
        Assert.Equal(
            [("一、财政拨款收入", Wan("47,483,458")), ("1. 一般公共预算", Wan("47,483,458")), ("2. 政府性基金预算", null), ("3. 国有资本经营预算", null),
             ("二、事业收入", null), ("三、事业单位经营收入", null), ("四、其他收入", null), ("收入总计", Wan("47,483,458"))],
            table.Lines.Where(l => l.Side == SummarySide.Income).Select(l => (l.Label, l.Amount)));
        Assert.Equal(
            [("一、社会保障和就业支出", Wan("6,397,096"), 90), ("二、卫生健康支出", Wan("1,439,040"), 91), ("三、城乡社区支出", Wan("33,775,592"), 92),
             ("四、住房保障支出", Wan("5,871,730"), 93), ("支出总计", Wan("47,483,458"), 97)],
            table.Lines.Where(l => l.Side == SummarySide.Expenditure).Select(l => (l.Label, l.Amount, l.Line)));
    }

    [Fact]
    public void Fiscal_summary()
    {
        var table = Doc.Summary(SummaryTableKind.FiscalAppropriation);
        Assert.Equal(Wan("47,483,458"), table.Line(SummarySide.Income, "一、一般公共预算").Amount);
        Assert.Equal(Wan("33,775,592"), table.Line(SummarySide.Expenditure, "三、城乡社区支出").Amount);
        Assert.Equal((Wan("47,483,458"), 163), (table.Line(SummarySide.Expenditure, "支出总计").Amount, table.Line(SummarySide.Expenditure, "支出总计").Line));
    }

    [Fact]
    public void Subject_tables_every_row_with_lone_split_figures_placed_by_the_sums()
    {
        AssertTotals(Income, Doc.IncomeTable!.Rows.Select(r => (r.Line, r.Code, r.Name, r.Total)));
        AssertRows(Expenditure, Doc.Functional(FunctionalTableKind.DepartmentExpenditure).Rows.Select(r => (r.Line, r.Code, r.Name, r.Total, r.Basic, r.Project)));
        AssertRows(GeneralPublicBudget, Doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).Rows.Select(r => (r.Line, r.Code, r.Name, r.Total, r.Basic, r.Project)));
        AssertRows(Economic, Doc.EconomicTable!.Rows.Select(r => (r.Line, r.Code, r.Name, r.Total, r.Personnel, r.Public)));

        // "212 01 04 城管执法 33,775,592 22,783,399 10,992,193": all three figures, so all three columns.
        var enforcement = Doc.Functional(FunctionalTableKind.DepartmentExpenditure).Subject("2120104");
        Assert.Equal((Wan("33,775,592"), Wan("22,783,399"), Wan("10,992,193")), (enforcement.Total, enforcement.Basic, enforcement.Project));
        // "208 08 抚恤 294,000 294,000" under "208 社会保障和就业支出 6,397,096 6,103,096 294,000": 20805 (6,103,096) and 20808
        // (294,000) add up to 208's splits only as 基本支出 and 项目支出; 210 and 221 make 合计's 36,197,265 only as 基本支出.
        var pension = Doc.Functional(FunctionalTableKind.DepartmentExpenditure).Subject("20808");
        Assert.Equal((Wan("294,000"), (decimal?)null, Wan("294,000")), (pension.Total, pension.Basic, pension.Project));
        Assert.Contains(Doc.Notes, n => n.Line == 135 && n.Message.Contains("140: 项目支出") && n.Message.Contains("135: 基本支出") && n.Message.Contains("adds up"));
        // Economic: 301 (29,045,727) + 303 (2,079,000) = 人员经费 31,124,727; 302 (4,862,538) + 310 (210,000) = 公用经费 5,072,538.
        Assert.Contains(Doc.Notes, n => n.Line == 221 && n.Message.Contains("251: 人员经费") && n.Message.Contains("253: 公用经费"));
        // The income table's 合计 is itself "合计 47,483,458 47,483,458": no sum tells the source column; each figure is named.
        Assert.Contains(Doc.Notes, n => n.Line == 107 && n.Message.Contains("only their totals") && n.Message.Contains("107: 6,397,096") && n.Message.Contains("126: 47,483,458"));
        Assert.All(Doc.IncomeTable.Rows, r => Assert.DoesNotContain(r.BySource, s => s.Value is not null));

        var total = Doc.Functional(FunctionalTableKind.GeneralPublicBudgetExpenditure).Total!;
        Assert.Equal((Wan("47,483,458"), Wan("36,197,265"), Wan("11,286,193")), (total.Total, total.Basic, total.Project));
        var economic = Doc.EconomicTable!.Total!;
        Assert.Equal((Wan("36,197,265"), Wan("31,124,727"), Wan("5,072,538")), (economic.Total, economic.Personnel, economic.Public));
        Assert.Equal(Wan("47,483,458"), Doc.IncomeTable!.Total!.Total);
        Assert.All([.. Doc.FunctionalTables.Select(t => t.PrintedUnit), Doc.EconomicTable.PrintedUnit, Doc.IncomeTable.PrintedUnit], u => Assert.Equal("元", u));
    }

    [Fact]
    public void Lone_split_figures_the_sums_cannot_place_keep_their_total_and_are_named_in_a_note()
    {
        // The same text without 表二's 合计 line (153 "合计 47,483,458 36,197,265 11,286,193"): nothing ties 210 and 221 to a
        // column any more, while 208's own splits (6,103,096 / 294,000) still place 20805 and 20808.
        var lines = File.ReadAllText(RepositoryPaths.OtherFixture(OtherFixtures.Chengguanju)).Split('\n');
        Assert.Equal("合计 47,483,458 36,197,265 11,286,193", lines[152]);
        lines[152] = "";
        var doc = DisclosureParser.Parse(OtherFixtures.Chengguanju, System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        var table = doc.Functional(FunctionalTableKind.DepartmentExpenditure);

        Assert.Equal((Wan("294,000"), (decimal?)null, Wan("294,000")), (table.Subject("20808").Total, table.Subject("20808").Basic, table.Subject("20808").Project));
        Assert.Equal((Wan("6,103,096"), Wan("6,103,096"), (decimal?)null), (table.Subject("20805").Total, table.Subject("20805").Basic, table.Subject("20805").Project));
        foreach (var code in new[] { "210", "21011", "2101101", "221", "22102", "2210201", "2210203" })
            Assert.Equal((decimal?)null, table.Subject(code).Basic ?? table.Subject(code).Project);
        Assert.Equal(Wan("3,222,000"), table.Subject("2210203").Total);
        Assert.Contains(doc.Notes, n => n.Line == 142 && n.Message.Contains("only their totals")
            && n.Message.Contains("142: 1,439,040") && n.Message.Contains("149: 5,871,730") && n.Message.Contains("152: 3,222,000"));
    }

    [Fact]
    public void Three_public_costs_and_operating_costs_in_wan_yuan()
    {
        // 114.22 0.00 0.46 113.76 75.00 38.76 507.25 (单位:万元)
        var costs = Doc.ThreePublicCosts!;
        Assert.Equal(("万元", 114.22m, 0.00m, 0.46m, 113.76m, 75.00m, 38.76m, 507.25m, 265),
            (costs.PrintedUnit, costs.Total, costs.OverseasTravel, costs.OfficialReception, costs.VehicleSubtotal, costs.VehiclePurchase,
             costs.VehicleOperation, costs.OperatingCosts, costs.Line));
    }

    [Fact]
    public void Empty_fund_tables()
    {
        Assert.Equal("本年度无政府性基金预算支出，故本表无数据", Doc.Functional(FunctionalTableKind.GovernmentFundExpenditure).Remark);
        Assert.Empty(Doc.Functional(FunctionalTableKind.StateCapitalExpenditure).Rows);
    }

    [Fact]
    public void Project_card_财政项目支出绩效目标申报表_printed_without_cell_separators()
    {
        // 343 财政项目支出绩效目标申报表 … 346 项目名称 拆违经费 项目性质 性项 项目类别 特定目标类
        // 348 普陀区城市管理行政执 上海市普陀区城市管理行政执法局执 / 349 主管部门 实施单位 / 350 法局执法大队 法大队
        // 352 项目资金总额 10,308,000.00 年度资金申请总额 3,498,000.00 … 356 （元）
        var card = Assert.Single(Doc.Projects);
        Assert.Equal(("财政项目支出绩效目标申报表", 343, false, "拆违经费", "特定目标类", "普陀区城市管理行政执法局执法大队", Wan("3,498,000.00")),
            (card.Title, card.StartLine, card.IsEmpty, card.Name, card.Category, card.Department, card.Budget));
        Assert.Equal(349.80m, card.Budget);   // 本年度拆违经费预算金额为349.80万元 (line 337)
        Assert.Equal("元", card.PrintedUnit);   // "（元）", line 356
        // The year's sources (right half of the template); 其中：财政资金 10,308,000.00 and the left 其他资金 are the project's.
        Assert.Equal(
            [new BudgetSplit("当年财政拨款", Wan("3,498,000.00"), 353), new BudgetSplit("上年结转资金", Wan("0.00"), 357), new BudgetSplit("其他资金", Wan("0.00"), 358)],
            card.Splits);
        Assert.Contains(Doc.Notes, n => n.Line == 343 && n.Message.Contains("项目资金总额 10,308,000.00 元, line 352") && n.Message.Contains("财政资金 10,308,000.00 元, line 355"));
        Assert.Contains(Doc.Notes, n => n.Line == 343 && n.Message.Contains("年度总体目标") && n.Message.Contains("raw table"));
        Assert.Null(card.AnnualGoal);
        Assert.Null(card.ExecutionRateWeight);

        // 373 一级指标 二级指标 三级指标 年度(/项目)指标值 — no weight, operator or core columns: those stay null.
        Assert.Equal(
        [
            (374, "成本指标", "经济成本指标", "成本控制合理性", null, null, null, "合理"),
            (375, "产出指标", "数量指标", "完成年度拆违计划", "=", 100.00m, "%", null),
            (376, "产出指标", "质量指标", "违法建筑销项正确率", "=", 100.00m, "%", null),
            (377, "产出指标", "时效指标", "新增违建处置率", "=", 100.00m, "%", null),
            (380, "效益指标", "社会效益指标", "群众政策知晓度", "≥", 90.00m, "%", null),
            (381, "效益指标", "生态效益指标", "提升城市环境美化指数", null, null, null, "提高"),
            (382, "效益指标", "可持续影响指标", "新增违建发生数", null, null, null, "降低"),
            // 383 服务对象满意度 / 384 满意度指标 群众满意度 ≥90.00(%) / 385 指标: the level-2 cell wrapped around its row.
            (384, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90.00m, "%", null),
        ],
        card.Indicators.Select(i => (i.Line, i.Level1, i.Level2, i.Level3, i.Operator, i.NumericTarget, i.UnitOfMeasure, i.TextTarget)));
        Assert.All(card.Indicators, i => Assert.Equal((i.Level3, (decimal?)null, (bool?)null), (i.Name, i.Weight, i.IsCore)));
    }

    [Fact]
    public void Project_card_raw_table_keeps_every_printed_line()
    {
        var raw = Doc.RawTables.Single(t => t.StartLine == 343);
        Assert.Equal(Enumerable.Range(344, 42), raw.Rows.Select(r => r.Line));
    }

    private static void AssertRows((int Line, string Code, string Name, string Total, string First, string Second)[] expected,
        IEnumerable<(int, string, string, decimal?, decimal?, decimal?)> actual) =>
        Assert.Equal(expected.Select(e => (e.Line, e.Code, e.Name, Wan(e.Total), Wan(e.First), Wan(e.Second))), actual);

    private static void AssertTotals((int Line, string Code, string Name, string Total)[] expected, IEnumerable<(int, string, string, decimal?)> actual) =>
        Assert.Equal(expected.Select(e => (e.Line, e.Code, e.Name, Wan(e.Total))), actual);

    // Typed from the text (元, as printed): line, 类/款/项 joined, name, the first figure (合计); for the subject tables with
    // two split columns also the splits, a lone split figure in the column the sums leave it (see the test above).
    private static readonly (int Line, string Code, string Name, string Total)[] Income =
    [
        (107, "208", "社会保障和就业支出", "6,397,096"),
        (108, "20805", "行政事业单位养老支出", "6,103,096"),
        (109, "2080501", "行政单位离退休", "2,614,680"),
        (110, "2080505", "机关事业单位基本养老保险缴费支出", "2,302,464"),
        (111, "2080506", "机关事业单位职业年金缴费支出", "1,151,232"),
        (112, "2080599", "其他行政事业单位养老支出", "34,720"),
        (113, "20808", "抚恤", "294,000"),
        (114, "2080801", "死亡抚恤", "294,000"),
        (115, "210", "卫生健康支出", "1,439,040"),
        (116, "21011", "行政事业单位医疗", "1,439,040"),
        (117, "2101101", "行政单位医疗", "1,439,040"),
        (118, "212", "城乡社区支出", "33,775,592"),
        (119, "21201", "城乡社区管理事务", "33,775,592"),
        (120, "2120104", "城管执法", "33,775,592"),
        (122, "221", "住房保障支出", "5,871,730"),
        (123, "22102", "住房改革支出", "5,871,730"),
        (124, "2210201", "住房公积金", "2,649,730"),
        (125, "2210203", "购房补贴", "3,222,000"),
    ];
    private static readonly (int Line, string Code, string Name, string Total, string First, string Second)[] Expenditure =
    [
        (134, "208", "社会保障和就业支出", "6,397,096", "6,103,096", "294,000"),
        (135, "20805", "行政事业单位养老支出", "6,103,096", "6,103,096", ""),
        (136, "2080501", "行政单位离退休", "2,614,680", "2,614,680", ""),
        (137, "2080505", "机关事业单位基本养老保险缴费支出", "2,302,464", "2,302,464", ""),
        (138, "2080506", "机关事业单位职业年金缴费支出", "1,151,232", "1,151,232", ""),
        (139, "2080599", "其他行政事业单位养老支出", "34,720", "34,720", ""),
        (140, "20808", "抚恤", "294,000", "", "294,000"),
        (141, "2080801", "死亡抚恤", "294,000", "", "294,000"),
        (142, "210", "卫生健康支出", "1,439,040", "1,439,040", ""),
        (143, "21011", "行政事业单位医疗", "1,439,040", "1,439,040", ""),
        (144, "2101101", "行政单位医疗", "1,439,040", "1,439,040", ""),
        (145, "212", "城乡社区支出", "33,775,592", "22,783,399", "10,992,193"),
        (146, "21201", "城乡社区管理事务", "33,775,592", "22,783,399", "10,992,193"),
        (147, "2120104", "城管执法", "33,775,592", "22,783,399", "10,992,193"),
        (149, "221", "住房保障支出", "5,871,730", "5,871,730", ""),
        (150, "22102", "住房改革支出", "5,871,730", "5,871,730", ""),
        (151, "2210201", "住房公积金", "2,649,730", "2,649,730", ""),
        (152, "2210203", "购房补贴", "3,222,000", "3,222,000", ""),
    ];
    private static readonly (int Line, string Code, string Name, string Total, string First, string Second)[] GeneralPublicBudget =
    [
        (171, "208", "社会保障和就业支出", "6,397,096", "6,103,096", "294,000"),
        (172, "20805", "行政事业单位养老支出", "6,103,096", "6,103,096", ""),
        (173, "2080501", "行政单位离退休", "2,614,680", "2,614,680", ""),
        (174, "2080505", "机关事业单位基本养老保险缴费支出", "2,302,464", "2,302,464", ""),
        (175, "2080506", "机关事业单位职业年金缴费支出", "1,151,232", "1,151,232", ""),
        (176, "2080599", "其他行政事业单位养老支出", "34,720", "34,720", ""),
        (177, "20808", "抚恤", "294,000", "", "294,000"),
        (178, "2080801", "死亡抚恤", "294,000", "", "294,000"),
        (179, "210", "卫生健康支出", "1,439,040", "1,439,040", ""),
        (180, "21011", "行政事业单位医疗", "1,439,040", "1,439,040", ""),
        (181, "2101101", "行政单位医疗", "1,439,040", "1,439,040", ""),
        (182, "212", "城乡社区支出", "33,775,592", "22,783,399", "10,992,193"),
        (183, "21201", "城乡社区管理事务", "33,775,592", "22,783,399", "10,992,193"),
        (189, "2120104", "城管执法", "33,775,592", "22,783,399", "10,992,193"),
        (190, "221", "住房保障支出", "5,871,730", "5,871,730", ""),
        (191, "22102", "住房改革支出", "5,871,730", "5,871,730", ""),
        (192, "2210201", "住房公积金", "2,649,730", "2,649,730", ""),
        (193, "2210203", "购房补贴", "3,222,000", "3,222,000", ""),
    ];
    private static readonly (int Line, string Code, string Name, string Total, string First, string Second)[] Economic =
    [
        (221, "301", "工资福利支出", "29,045,727", "29,045,727", ""),
        (222, "30101", "基本工资", "3,794,196", "3,794,196", ""),
        (223, "30102", "津贴补贴", "16,042,750", "16,042,750", ""),
        (224, "30108", "机关事业单位基本养老保险缴费", "2,302,464", "2,302,464", ""),
        (225, "30109", "职业年金缴费", "1,151,232", "1,151,232", ""),
        (226, "30110", "职工基本医疗保险缴费", "1,439,040", "1,439,040", ""),
        (227, "30112", "其他社会保障缴费", "37,415", "37,415", ""),
        (228, "30113", "住房公积金", "2,649,730", "2,649,730", ""),
        (229, "30199", "其他工资福利支出", "1,628,900", "1,628,900", ""),
        (230, "302", "商品和服务支出", "4,862,538", "", "4,862,538"),
        (231, "30201", "办公费", "246,700", "", "246,700"),
        (232, "30202", "印刷费", "100,000", "", "100,000"),
        (233, "30204", "手续费", "2,500", "", "2,500"),
        (234, "30205", "水费", "10,000", "", "10,000"),
        (236, "30206", "电费", "250,000", "", "250,000"),
        (237, "30207", "邮电费", "40,000", "", "40,000"),
        (238, "30209", "物业管理费", "750,000", "", "750,000"),
        (239, "30211", "差旅费", "25,000", "", "25,000"),
        (240, "30213", "维修（护）费", "40,000", "", "40,000"),
        (241, "30214", "租赁费", "336,000", "", "336,000"),
        (242, "30215", "会议费", "5,000", "", "5,000"),
        (243, "30216", "培训费", "2,000", "", "2,000"),
        (244, "30217", "公务接待费", "4,600", "", "4,600"),
        (245, "30218", "专用材料费", "111,000", "", "111,000"),
        (246, "30227", "委托业务费", "429,000", "", "429,000"),
        (247, "30228", "工会经费", "332,298", "", "332,298"),
        (248, "30231", "公务用车运行维护费", "387,600", "", "387,600"),
        (249, "30239", "其他交通费用", "629,920", "", "629,920"),
        (250, "30299", "其他商品和服务支出", "1,160,920", "", "1,160,920"),
        (251, "303", "对个人和家庭的补助", "2,079,000", "2,079,000", ""),
        (252, "30302", "退休费", "2,079,000", "2,079,000", ""),
        (253, "310", "资本性支出", "210,000", "", "210,000"),
        (254, "31002", "办公设备购置", "210,000", "", "210,000"),
    ];
}
