using BudgetGraph.Data.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>The deliberate disagreements of the sample are stored as findings, and nothing else is.</summary>
public sealed class FindingsTests(ImportedSampleFixture fixture) : IClassFixture<ImportedSampleFixture>
{
    [Fact]
    public async Task Import_records_exactly_the_disagreements_of_the_sample()
    {
        await using var db = fixture.Database.CreateContext();
        var findings = await db.DataQualityFindings.OrderBy(f => f.Id)
            .Select(f => new { f.Rule, f.Row, f.SourceLine, f.Expected, f.Actual }).ToListAsync();
        Assert.Equal(
        [
            // 表二: 20103 vs 2010301 + 2010302 (2010399 left out on purpose), total and basic
            new { Rule = RuleCodes.ParentNotSumOfChildren, Row = (string?)"20103 政府办公厅（室）及相关机构事务", SourceLine = (int?)129, Expected = (long?)2_037_430_000, Actual = (long?)2_085_020_000 },
            new { Rule = RuleCodes.ParentNotSumOfChildren, Row = (string?)"20103 政府办公厅（室）及相关机构事务", SourceLine = (int?)129, Expected = (long?)480_700_000, Actual = (long?)528_290_000 },
            // 表八: 201 basic 528.29 vs its 款 528.30
            new { Rule = RuleCodes.ParentNotSumOfChildren, Row = (string?)"201 一般公共服务支出", SourceLine = (int?)307, Expected = (long?)528_300_000, Actual = (long?)528_290_000 },
            // economic: 301 vs its only printed 款 30101, total and personnel
            new { Rule = RuleCodes.ParentNotSumOfChildren, Row = (string?)"301 工资福利支出", SourceLine = (int?)208, Expected = (long?)313_480_000, Actual = (long?)1_396_760_000 },
            new { Rule = RuleCodes.ParentNotSumOfChildren, Row = (string?)"301 工资福利支出", SourceLine = (int?)208, Expected = (long?)313_480_000, Actual = (long?)1_396_760_000 },
            // 表八 20103: 2,085.02 ≠ 528.30 + 1,556.73
            new { Rule = RuleCodes.RowTotalNotSumOfColumns, Row = (string?)"20103 政府办公厅（室）及相关机构事务", SourceLine = (int?)308, Expected = (long?)2_085_030_000, Actual = (long?)2_085_020_000 },
            // 表二 vs 表八, 20103 basic
            new { Rule = RuleCodes.Table2NotTable8, Row = (string?)"20103 政府办公厅（室）及相关机构事务", SourceLine = (int?)308, Expected = (long?)528_290_000, Actual = (long?)528_300_000 },
            // narrative 基本支出 528.00 vs the tables' 528.29
            new { Rule = RuleCodes.NarrativeNotTable, Row = (string?)"基本支出", SourceLine = (int?)66, Expected = (long?)528_290_000, Actual = (long?)528_000_000 },
            // cards 405.91 + 107.94 vs 项目支出 1,556.73
            new { Rule = RuleCodes.ProjectCardsNotProjectExpenditure, Row = (string?)"项目支出", SourceLine = (int?)360, Expected = (long?)1_556_730_000, Actual = (long?)513_850_000 },
            // labelled 2024, a text plans 2025
            new { Rule = RuleCodes.YearLabelDisagreesWithText, Row = (string?)"2025年全年补贴发放", SourceLine = (int?)380, Expected = (long?)2_024_000_000, Actual = (long?)2_025_000_000 },
        ], findings);
    }

    [Fact]
    public async Task Findings_name_the_table_and_explain_themselves()
    {
        await using var db = fixture.Database.CreateContext();
        var finding = await db.DataQualityFindings.SingleAsync(f => f.Rule == RuleCodes.Table2NotTable8);
        Assert.Equal("2024年重庆市南岸区人民政府南坪街道办事处部门支出总表", finding.Table);
        Assert.Contains("528.29", finding.Message);
        Assert.Contains("528.30", finding.Message);
    }
}
