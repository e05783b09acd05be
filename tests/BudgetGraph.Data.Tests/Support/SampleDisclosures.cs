using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>
/// Small hand-built disclosures for importer tests that must not depend on the parser. Figures are taken from
/// nanping-2024 (表二 rows 201/20103/2010301/2010302, 三公 18.00) with a few deliberate disagreements, each named.
/// </summary>
public static class SampleDisclosures
{
    public static readonly UnitInfo Nanping = new()
    {
        OfficialName = "重庆市南岸区人民政府南坪街道办事处",
        ShortName = "南坪街道",
        District = "南岸区",
        UnitCode = "307",
        FunctionsText = "1.贯彻执行党的路线方针政策……",
        StructureText = "我街道办事处为区政府的派出机构……",
        ContactLine = "部门预算公开联系人：喻兰椒 联系方式：023-62909809",
        Line = 3,
    };

    public static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// A Nanping-like budget 2024. Deliberate disagreements: 表八 basic of 20103 is 528.30 (表二: 528.29);
    /// 2010399 is left out of 表二 so 20103 ≠ its children; a card text plans 2025.
    /// </summary>
    public static Disclosure Budget(string version = "v1", UnitInfo? unit = null, int fiscalYear = 2024, decimal projectCard1 = 405.91m) => new()
    {
        Source = new SourceDocument($"nanping-{version}.txt", Sha("nanping " + version + unit?.ShortName + fiscalYear + projectCard1), "utf-8", 400),
        Unit = unit ?? Nanping,
        FiscalYear = fiscalYear,
        FiscalYearLine = 5,
        YearMentions = [new YearMention(fiscalYear, "2024年预算", 5), new YearMention(fiscalYear + 1, $"{fiscalYear + 1}年全年补贴发放", 380)],
        NarrativeStatements =
        [
            new NarrativeStatement
            {
                Metric = NarrativeMetric.IncomeTotal, Label = "收入", Amount = 2085.02m, Direction = ChangeDirection.Decrease,
                Change = -355.71m, ComparedYear = 2023, Reason = "一般公共预算拨款减少353.11万元",
                Sentence = "收入比2023年减少355.71万元，主要是一般公共预算拨款减少353.11万元", Section = "二", Line = 60,
            },
            new NarrativeStatement
            {
                Metric = NarrativeMetric.ThreePublicCostsTotal, Label = "“三公”经费", Amount = 18m, Direction = ChangeDirection.Decrease,
                Change = -15.09m, ComparedYear = 2023, Sentence = "2024 年“三公”经费预算 18 万元，比 2023 年减少 15.09 万元。", Section = "四", Line = 72,
            },
            new NarrativeStatement
            {
                // Deliberately wrong: the table says 528.29.
                Metric = NarrativeMetric.BasicExpenditure, Label = "基本支出", Amount = 528.00m,
                Sentence = "其中：基本支出528万元", Section = "三", Line = 66,
            },
        ],
        SummaryTables =
        [
            new BudgetSummaryTable
            {
                Kind = SummaryTableKind.FiscalAppropriation, Title = "2024年重庆市南岸区人民政府南坪街道办事处财政拨款收支总表",
                TableNumber = "表一", StartLine = 100,
                Lines =
                [
                    new SummaryLine { Side = SummarySide.Income, Role = SummaryLineRole.CurrentYear, Label = "一、本年收入", Amount = 2022.36m, Line = 106 },
                    new SummaryLine { Side = SummarySide.Income, Role = SummaryLineRole.Item, Label = "一般公共预算资金", Amount = 2022.36m, Line = 107 },
                    new SummaryLine { Side = SummarySide.Income, Role = SummaryLineRole.Item, Label = "政府性基金预算资金", Line = 108 },
                    new SummaryLine { Side = SummarySide.Income, Role = SummaryLineRole.CarryOver, Label = "二、上年结转", Amount = 62.66m, Line = 114 },
                    new SummaryLine { Side = SummarySide.Income, Role = SummaryLineRole.Total, Label = "收入合计", Amount = 2085.02m, Line = 119 },
                    new SummaryLine { Side = SummarySide.Expenditure, Role = SummaryLineRole.CurrentYear, Label = "一、本年支出", Amount = 2085.02m, GeneralPublicBudget = 2085.02m, Line = 106 },
                    new SummaryLine { Side = SummarySide.Expenditure, Role = SummaryLineRole.Item, Label = "一般公共服务支出", Amount = 2085.02m, GeneralPublicBudget = 2085.02m, Line = 107 },
                    new SummaryLine { Side = SummarySide.Expenditure, Role = SummaryLineRole.CarryForward, Label = "二、结转下年", Line = 114 },
                    new SummaryLine { Side = SummarySide.Expenditure, Role = SummaryLineRole.Total, Label = "支出合计", Amount = 2085.02m, GeneralPublicBudget = 2085.02m, Line = 119 },
                ],
            },
        ],
        FunctionalTables =
        [
            new FunctionalExpenditureTable
            {
                Kind = FunctionalTableKind.GeneralPublicBudgetExpenditure, Title = "2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款支出预算表",
                TableNumber = null, StartLine = 121, Total = new SubjectAmounts(2085.02m, 528.29m, 1556.73m), TotalLine = 127,
                Rows =
                [
                    new FunctionalSubjectRow("201", "一般公共服务支出", 2085.02m, 528.29m, 1556.73m, 128),
                    new FunctionalSubjectRow("20103", "政府办公厅（室）及相关机构事务", 2085.02m, 528.29m, 1556.73m, 129),
                    new FunctionalSubjectRow("2010301", "行政运行", 480.70m, 480.70m, null, 130),
                    new FunctionalSubjectRow("2010302", "一般行政管理事务", 1556.73m, null, 1556.73m, 131),
                ],
                Remark = "备注：本表反映当年一般公共预算财政拨款支出情况。",
            },
            new FunctionalExpenditureTable
            {
                Kind = FunctionalTableKind.GovernmentFundExpenditure, Title = "2024年重庆市南岸区人民政府南坪街道办事处政府性基金预算支出表",
                StartLine = 260, Total = new SubjectAmounts(null, null, null), TotalLine = 266,
                Remark = "备注：本单位无政府性基金预算收支，故此表无数据。",
            },
            new FunctionalExpenditureTable
            {
                Kind = FunctionalTableKind.DepartmentExpenditure, Title = "2024年重庆市南岸区人民政府南坪街道办事处部门支出总表",
                TableNumber = "表八", StartLine = 300, Total = new SubjectAmounts(2085.02m, 528.29m, 1556.73m), TotalLine = 306,
                Rows =
                [
                    new FunctionalSubjectRow("201", "一般公共服务支出", 2085.02m, 528.29m, 1556.73m, 307),
                    new FunctionalSubjectRow("20103", "政府办公厅（室）及相关机构事务", 2085.02m, 528.30m, 1556.73m, 308),
                ],
            },
        ],
        EconomicTable = new EconomicExpenditureTable
        {
            Title = "2024年重庆市南岸区人民政府南坪街道办事处一般公共预算财政拨款基本支出预算表", TableNumber = "表三", StartLine = 200,
            Total = new EconomicSubjectRow("", "合计", 1733.30m, 1450.83m, 282.47m, 207),
            Rows =
            [
                new EconomicSubjectRow("301", "工资福利支出", 1396.76m, 1396.76m, null, 208),
                new EconomicSubjectRow("30101", "基本工资", 313.48m, 313.48m, null, 209),
                new EconomicSubjectRow("302", "商品和服务支出", 282.47m, null, 282.47m, 219),
                new EconomicSubjectRow("303", "对个人和家庭的补助", 54.07m, 54.07m, null, 240),
            ],
        },
        ThreePublicCosts = new ThreePublicCosts
        {
            Title = "2024年重庆市南岸区人民政府南坪街道办事处一般公共预算三公经费支出表", Total = 18.00m, VehicleSubtotal = 17.50m,
            VehicleOperation = 17.50m, OfficialReception = 0.50m, Line = 254,
        },
        ProcurementTables =
        [
            new ProcurementTable
            {
                Title = "2024年重庆市南岸区人民政府南坪街道办事处政府采购预算明细表", StartLine = 330,
                Remark = "备注：本单位无政府采购预算支出，故此表无数据。",
            },
        ],
        OverallPerformance = new OverallPerformanceGoal
        {
            Title = "南坪街道办事处2024年整体绩效目标表", StartLine = 340, UnitLabel = "307-重庆市南岸区人民政府南坪街道办事处",
            Budget = 4851.31m, Goal = "保障街道正常运转",
            Indicators = [new Indicator { Name = "社区数量", Level1 = "产出指标", Level2 = "数量指标", Operator = "≥", OperatorRaw = "≥", NumericTarget = 10m, UnitOfMeasure = "个", Weight = 20m, Line = 345 }],
        },
        Projects =
        [
            new ProjectCard
            {
                Title = "项目绩效目标表", StartLine = 360, Name = "城市管理经费", Category = "一般性项目", Budget = projectCard1,
                Splits = [new BudgetSplit("本级安排", projectCard1, 362)],
                Indicators =
                [
                    new Indicator { Name = "清扫面积", Level1 = "产出指标", Operator = "≥", OperatorRaw = "＞＝", NumericTarget = 122345m, UnitOfMeasure = "平方米", Weight = 30m, IsCore = true, Line = 370 },
                    new Indicator { Name = "群众满意度", Level1 = "满意度指标", Operator = "定性", OperatorRaw = "定性", TextTarget = "良好", Weight = 20m, IsCore = false, Line = 371 },
                ],
            },
            new ProjectCard
            {
                Title = "项目绩效目标表", StartLine = 375, Name = "民生救济", Budget = 107.94m,
                Indicators = [new Indicator { Name = "救助人次", Operator = "≥", NumericTarget = 100m, Line = 378 }],
            },
            new ProjectCard { Title = "重点专项绩效目标表", StartLine = 390, IsEmpty = true, Remark = "本单位无重点专项。" },
        ],
    };
}
