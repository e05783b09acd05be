using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A text match of a counted text column alone, in key order (<c>{ textTarget: { contains: "提升" } }</c>), is read as
/// the kept values that pass it (FilterSpec.SplitTextMatchByValuesAsync), each one range of the column's index, taken
/// together (Loading/ValuesUnion) — on the imported seeds, the same rows, forwards and backwards, as the match tested row
/// by row (the same filter inside an <c>or</c>, which is never split).
/// </summary>
public sealed class TextMatchValuesTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    // 有效提升: chaoyang-2023.txt's two 提升 targets (l.506-507); 良 and 良好 (13); the three first levels spelt 指标 of 产出/效益/
    // 满意度 (18 + 5 + 3); the eight second levels ending 指标 (27, the most values split); five third levels of an area
    // (面积); five units of people (人, 人/年, 人/次, 人数, 人次: 34); 一般性项目, chaoyang-2023.txt's two cards.
    [InlineData("indicators", "textTarget", "contains: \"提升\"", 2, 1, "IX_Indicators_TextTarget")]
    [InlineData("indicators", "textTarget", "startsWith: \"良\"", 13, 2, "IX_Indicators_TextTarget")]
    [InlineData("indicators", "level1", "endsWith: \"指标\"", 26, 3, "IX_Indicators_Level1_Orders")]
    [InlineData("indicators", "level2", "contains: \"指标\"", 27, 8, "IX_Indicators_Level2_Orders")]
    [InlineData("indicators", "level3", "contains: \"面积\"", 5, 5, "IX_Indicators_Level3")]
    [InlineData("indicators", "unitOfMeasure", "startsWith: \"人\"", 34, 5, "IX_Indicators_UnitOfMeasure_Orders")]
    [InlineData("projects", "category", "contains: \"项目\"", 2, 1, "IX_Projects_Category")]
    public async Task A_text_match_of_a_counted_column_is_read_as_its_values_ranges(string list, string field, string operation,
        int count, int values, string index)
    {
        var own = $$"""where: { {{field}}: { {{operation}} } }""";
        var tested = $$"""where: { or: [{ {{field}}: { {{operation}} } }] }""";
        var (expected, _) = await ConnectionPages.AllAsync(fixture, list, tested, "id", backwards: false, pageSize: 4);
        var (ids, counts) = await ConnectionPages.AllAsync(fixture, list, own, "id", backwards: false, pageSize: 4);
        var (backwards, backwardCounts) = await ConnectionPages.AllAsync(fixture, list, own, "id", backwards: true, pageSize: 4);
        Assert.Equal(count, ids.Count);
        Assert.Equal(expected, ids);
        Assert.Equal(ids, backwards);
        Assert.All(counts.Concat(backwardCounts), total => Assert.Equal(count, total));

        // The values and their counts from the value counts; the page one range of the column's index per value, no text
        // tested on a row, no table scanned (a sort is only of the values' first keys).
        fixture.Sql.Clear();
        await fixture.DataAsync($$"""{ {{list}}({{own}}, last: 3) { totalCount nodes { id } } }""");
        var commands = fixture.Sql.Commands.ToList();
        Assert.Contains(commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
        var page = commands.FindLastIndex(c => c.Contains("ORDER BY", StringComparison.Ordinal) && c.Contains("UNION", StringComparison.Ordinal) == values > 1);
        Assert.DoesNotContain("instr(", commands[page], StringComparison.Ordinal);
        var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[page], fixture.Sql.Parameters[page])]);
        var ranges = plan.Split('\n').Count(line => line.Contains($"INDEX {index}", StringComparison.Ordinal) && line.Contains($"(", StringComparison.Ordinal));
        Assert.Equal(values, ranges);
        var coroutines = plan.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal))
            .Select(line => line["CO-ROUTINE ".Length..]).ToHashSet();
        Assert.All(plan.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal)),
            scan => Assert.Contains(scan["SCAN ".Length..], coroutines));
    }

    [Fact]
    public async Task More_values_than_a_split_reads_are_tested_row_by_row()
    {
        // Every third level printed (25 values, more than FilterSpec.MaxSplitValues): the match tested on the rows, the same
        // pages as inside an or.
        var (expected, _) = await ConnectionPages.AllAsync(fixture, "indicators", """where: { or: [{ level3: { contains: "" } }] }""", "id", backwards: false, pageSize: 10);
        fixture.Sql.Clear();
        var (ids, counts) = await ConnectionPages.AllAsync(fixture, "indicators", """where: { level3: { contains: "" } }""", "id", backwards: true, pageSize: 10);
        Assert.Equal(expected, ids);
        Assert.Equal(26, ids.Count);
        Assert.All(counts, total => Assert.Equal(26, total));
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("UNION", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_match_no_value_passes_reads_no_row()
    {
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { textTarget: { contains: "不存在" } }, last: 5) { totalCount nodes { id } } }""");
        Assert.Equal("""{"totalCount":0,"nodes":[]}""", data.GetProperty("indicators").GetRawText());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_window_takes_a_row_two_ranges_share_once(bool fromEnd)
    {
        // On SQL Server two values equal under the column's collation (case, width, trailing spaces) each match the
        // other's rows: here two ranges that share 产出指标's 18 rows, 23 rows in all, in key order, each once.
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        IQueryable<Indicator> Level1(params object?[] values) => IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(),
            new Dictionary<string, object?> { ["level1"] = new Dictionary<string, object?> { ["in"] = values.ToList() } }, sqlite: true);
        var all = await Level1("产出指标", "效益指标").OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        Assert.Equal(23, all.Count);
        var window = await ValuesUnion.Window(db.Indicators.AsNoTracking(), [Level1("产出指标"), Level1("产出指标", "效益指标")], offset: 5, limit: 10, fromEnd)
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        Assert.Equal(fromEnd ? all[^15..^5] : all[5..15], window);
    }
}
