using System.Text.Json;

namespace BudgetGraph.Api.Tests.OtherFamily;

/// <summary>
/// What the API serves for the Shanghai disclosures: every amount in 万元, converted exactly from the 元 they print
/// (156,211,123 元 = 15,621.1123 万元), each table with the unit it printed.
/// </summary>
public class OtherFamilyServedValuesTests(ImportedOtherFamilyFixture fixture) : IClassFixture<ImportedOtherFamilyFixture>
{
    private async Task<(string Slug, JsonElement Budget)> BudgetAsync(string shortName, int year, string selection)
    {
        var units = await fixture.DataAsync("""{ units(first: 10) { nodes { slug shortName } } }""");
        var slug = units.GetProperty("units").GetProperty("nodes").EnumerateArray()
            .Single(u => u.GetProperty("shortName").GetString() == shortName).GetProperty("slug").GetString()!;
        var data = await fixture.DataAsync($$"""{ budget(unitSlug: "{{slug}}", year: {{year}}) { {{selection}} } }""");
        return (slug, data.GetProperty("budget"));
    }

    [Fact]
    public void Both_disclosures_import()
    {
        Assert.Equal(2, fixture.ImportReport.Documents.Count);
        Assert.True(fixture.ImportReport.AllSucceeded, fixture.ImportReport.Summary);
    }

    [Fact]
    public async Task Wanli_amounts_are_served_in_wan_yuan_with_each_tables_printed_unit()
    {
        var (_, budget) = await BudgetAsync("万里街道", 2024, """
            totals { income expenditure basic project }
            tables { title printedUnit }
            threePublicCosts { total overseasTravel vehicleSubtotal vehiclePurchase vehicleOperation officialReception operatingCosts }
            expenditureLines(table: ALL, where: { code: { eq: "2120101" } }) { table total basic project }
            economicLines(where: { code: { eq: "30102" } }) { name total personnel }
            """);

        var tables = budget.GetProperty("tables").EnumerateArray()
            .ToDictionary(t => t.GetProperty("title").GetString()!, t => t.GetProperty("printedUnit").GetString());
        Assert.Equal("元", tables["2024年部门支出预算总表"]);
        Assert.Equal("元", tables["2024年部门收入预算总表"]);
        Assert.Equal("万元", tables["部门“三公”经费和机关运行经费预算表"]);

        // 212 01 01 行政运行 16,603,248 16,353,248 250,000 (元), in 表三 and 表五.
        var lines = budget.GetProperty("expenditureLines").EnumerateArray().ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal((1660.3248m, 1635.3248m, 25m),
            (l.GetProperty("total").GetDecimal(), l.GetProperty("basic").GetDecimal(), l.GetProperty("project").GetDecimal())));

        // 301 2 津贴补贴 16,623,810 元, code read as 30102.
        var allowance = budget.GetProperty("economicLines").EnumerateArray().Single();
        Assert.Equal(("津贴补贴", 1662.381m, 1662.381m),
            (allowance.GetProperty("name").GetString(), allowance.GetProperty("total").GetDecimal(), allowance.GetProperty("personnel").GetDecimal()));

        var costs = budget.GetProperty("threePublicCosts");
        Assert.Equal((47.91m, 0m, 46.56m, 25m, 21.56m, 1.35m, 443.18m),
            (costs.GetProperty("total").GetDecimal(), costs.GetProperty("overseasTravel").GetDecimal(), costs.GetProperty("vehicleSubtotal").GetDecimal(),
             costs.GetProperty("vehiclePurchase").GetDecimal(), costs.GetProperty("vehicleOperation").GetDecimal(),
             costs.GetProperty("officialReception").GetDecimal(), costs.GetProperty("operatingCosts").GetDecimal()));

        var totals = budget.GetProperty("totals");
        Assert.Equal(15621.1123m, totals.GetProperty("expenditure").GetDecimal());
        Assert.Equal(9970.602m, totals.GetProperty("basic").GetDecimal());
        Assert.Equal(5650.5103m, totals.GetProperty("project").GetDecimal());
    }

    [Fact]
    public async Task Chengguanju_lone_split_figures_are_served_where_the_sums_place_them_and_say_why()
    {
        // "208 08 抚恤 294,000 294,000" (元, no cell separators): only 项目支出 lets 208's and 合计's splits add up.
        var (_, budget) = await BudgetAsync("城市管理行政执法局", 2026, """
            expenditureLines(table: ALL, where: { code: { eq: "20808" } }) { total basic project }
            parserNotes { line message }
            """);
        var lines = budget.GetProperty("expenditureLines").EnumerateArray().ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.Equal(29.4m, l.GetProperty("total").GetDecimal());
            Assert.Equal(JsonValueKind.Null, l.GetProperty("basic").ValueKind);
            Assert.Equal(29.4m, l.GetProperty("project").GetDecimal());
        });
        var notes = budget.GetProperty("parserNotes").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();
        Assert.Contains(notes, n => n.Contains("140: 项目支出") && n.Contains("adds up"));
        // The income table's source columns cannot be told (its 合计 prints one source figure too): totals only, figures named.
        Assert.Contains(notes, n => n.Contains("only their totals are read") && n.Contains("126: 47,483,458"));
    }

    [Fact]
    public async Task Chengguanju_project_card_is_served_in_wan_yuan_with_its_three_level_indicators()
    {
        var (_, budget) = await BudgetAsync("城市管理行政执法局", 2026, """
            projects { name category department amount splits { label amount line }
                       indicators { level1 level2 level3 weight operator numericTarget unitOfMeasure textTarget isCore } }
            """);
        var project = Assert.Single(budget.GetProperty("projects").EnumerateArray().ToList());
        // 年度资金申请总额 3,498,000.00 (元) = 349.80 万元.
        Assert.Equal(("拆违经费", "特定目标类", "普陀区城市管理行政执法局执法大队", 349.8m),
            (project.GetProperty("name").GetString(), project.GetProperty("category").GetString(),
             project.GetProperty("department").GetString(), project.GetProperty("amount").GetDecimal()));
        Assert.Equal([("当年财政拨款", 349.8m, 353), ("上年结转资金", 0m, 357), ("其他资金", 0m, 358)],
            project.GetProperty("splits").EnumerateArray().Select(s => (s.GetProperty("label").GetString(), s.GetProperty("amount").GetDecimal(), s.GetProperty("line").GetInt32())));
        var indicators = project.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(8, indicators.Count);
        var satisfaction = indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90m, "%"),
            (satisfaction.GetProperty("level1").GetString(), satisfaction.GetProperty("level2").GetString(), satisfaction.GetProperty("level3").GetString(),
             satisfaction.GetProperty("operator").GetString(), satisfaction.GetProperty("numericTarget").GetDecimal(), satisfaction.GetProperty("unitOfMeasure").GetString()));
        Assert.Equal("合理", indicators[0].GetProperty("textTarget").GetString());
        Assert.All(indicators, i =>
        {
            Assert.Equal(JsonValueKind.Null, i.GetProperty("weight").ValueKind);
            Assert.Equal(JsonValueKind.Null, i.GetProperty("isCore").ValueKind);
        });
    }

    [Fact]
    public async Task Wanli_lines_serve_the_printed_name_with_the_catalogue_english()
    {
        // line 573: `302 13 维修(护)费 430,000` — printed with half-width brackets; the catalogue keeps 维修（护）费.
        // 208 05 01 行政单位离退休 of 表三: its 项 has an English name too.
        var (_, budget) = await BudgetAsync("万里街道", 2024, """
            economicLines(where: { code: { eq: "30213" } }) { name nameEn nameEnSource total source { line } }
            expenditureLines(where: { code: { eq: "2080501" } }) { name nameEn nameEnSource }
            """);

        var repair = Assert.Single(budget.GetProperty("economicLines").EnumerateArray());
        Assert.Equal(("维修(护)费", "Maintenance and repair", "TRANSLATION", 43m, 573),
            (repair.GetProperty("name").GetString(), repair.GetProperty("nameEn").GetString(), repair.GetProperty("nameEnSource").GetString(),
             repair.GetProperty("total").GetDecimal(), repair.GetProperty("source").GetProperty("line").GetInt32()));
        var retired = Assert.Single(budget.GetProperty("expenditureLines").EnumerateArray());
        Assert.Equal(("行政单位离退休", "Retired staff of government agencies", "TRANSLATION"),
            (retired.GetProperty("name").GetString(), retired.GetProperty("nameEn").GetString(), retired.GetProperty("nameEnSource").GetString()));
    }
}
