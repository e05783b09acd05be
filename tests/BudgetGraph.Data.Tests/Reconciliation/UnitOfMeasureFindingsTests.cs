using System.Text;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Tests.Reconciliation;

/// <summary>Findings about units of measure and remarks that contradict the figures, on the Shanghai fixtures.</summary>
public sealed class UnitOfMeasureFindingsTests
{
    private static string Wanli => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "other", "shanghai-putuo-wanli-2024.txt"));

    private static IReadOnlyList<Finding> Findings(string text) =>
        Reconciler.Default.Reconcile(DisclosureParser.Parse("wanli.txt", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void The_three_public_costs_remark_saying_empty_over_figures_is_a_finding()
    {
        var finding = Assert.Single(Findings(Wanli), f => f.Rule == RuleCodes.RemarkSaysEmptyButFigures);
        Assert.Equal(("部门“三公”经费和机关运行经费预算表", 599, 0m, 47.91m), (finding.Table, finding.Line, finding.Expected, finding.Actual));
    }

    [Fact]
    public void The_wanli_tables_agree_on_their_unit()
    {
        Assert.DoesNotContain(Findings(Wanli), f => f.Rule == RuleCodes.UnitOfMeasureContradicted);
    }

    [Fact]
    public void A_table_labelled_in_wan_yuan_but_printed_in_yuan_is_a_finding()
    {
        // 表三 (支出预算总表) relabelled 万元 while its figures stay in 元: its total is 10⁴ × the other tables' totals.
        var lines = Wanli.Split('\n');
        Assert.Equal("编制部门：上海市普陀区人民政府万里街道办事处 \t单位：元", lines[301]);
        lines[301] = "编制部门：上海市普陀区人民政府万里街道办事处 \t单位：万元";
        var finding = Assert.Single(Findings(string.Join('\n', lines)), f => f.Rule == RuleCodes.UnitOfMeasureContradicted);
        Assert.Equal(("2024年部门支出预算总表", 156_211_123m, 15621.1123m), (finding.Table, finding.Actual, finding.Expected));
    }
}
