using BudgetGraph.Data.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>
/// The narrative consistency rules over every seed: exactly the Jiangbeicheng 2025 contradiction is found, read in
/// the text — line 21: 支出较 2024 年减少 91.13 万元，主要是基本支出预算增加 21.70 万元，项目支出预算增加 106.00 万元
/// (parts add to +127.70); line 25: 项目支出 2304.00 万元，比 2024 年减少 106.00 万元. Also, read in the text, Chaoyang 2023
/// line 23: 支出较 2022 年减少 133.02 万元，主要是基本支出增加 104.44 万元，项目支出减少 237.45 万元 — the parts add to
/// −133.01, one cent off (flagged as every other rule flags a cent). Nanping 2024's 项目支出 −307.94 (line 47, all funds) vs
/// −305.34 (line 53, 财政拨款) is a difference of scope (the 2.60 of the fund budget), not flagged.
/// </summary>
public sealed class NarrativeConsistencyTests(SeedDatabaseFixture fixture) : IClassFixture<SeedDatabaseFixture>
{
    [Fact]
    public async Task The_Jiangbeicheng_contradiction_and_the_Chaoyang_cent_are_the_only_findings_on_the_seeds()
    {
        await using var db = fixture.Database.CreateContext();
        string[] rules = [RuleCodes.NarrativeChangeNotSumOfParts, RuleCodes.NarrativeChangeStatedTwiceDiffers, RuleCodes.NarrativeDirectionNotSign];
        var findings = await db.DataQualityFindings.Where(f => rules.Contains(f.Rule))
            .OrderBy(f => f.Rule).ThenBy(f => f.SourceLine)
            .Select(f => new { f.Budget.Unit.Slug, f.Rule, f.SourceLine, f.Expected, f.Actual, f.Message })
            .ToListAsync();

        Assert.Equal(
            [
                "jiangbeicheng NARRATIVE_CHANGE_NE_SUM_OF_PARTS 21 127700000 -91130000",
                "chaoyang NARRATIVE_CHANGE_NE_SUM_OF_PARTS 23 -133010000 -133020000",
                "jiangbeicheng NARRATIVE_CHANGE_STATED_TWICE_DIFFERS 25 106000000 -106000000",
                "jiangbeicheng NARRATIVE_DIRECTION_NE_SIGN 21 127700000 -91130000",
            ],
            findings.Select(f => $"{f.Slug} {f.Rule} {f.SourceLine} {f.Expected} {f.Actual}"));
        Assert.Contains("+127.70", findings[0].Message);
    }
}
