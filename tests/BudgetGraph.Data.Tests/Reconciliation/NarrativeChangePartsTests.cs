using System.Text;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Tests.Reconciliation;

/// <summary>
/// The parts of a total's change (<see cref="NarrativeChangeParts"/>) are read as the narrative parser reads figures:
/// jiangbeicheng 2025, line 21, "支出较 2024 年减少 91.13 万元，主要是基本支出预算增加 21.70 万元，项目支出预算增加 106.00 万元".
/// </summary>
public sealed class NarrativeChangePartsTests
{
    private const string Parts = "主要是基本支出预算增加 21.70 万元，项目支出预算增加 106.00 万元。";

    private static string Jiangbeicheng => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "seeds", "jiangbeicheng-2025.txt"));

    private static Finding? SumOfParts(string text) =>
        Reconciler.Default.Reconcile(DisclosureParser.Parse("jiangbeicheng.txt", Encoding.UTF8.GetBytes(text)))
            .SingleOrDefault(f => f.Rule == RuleCodes.NarrativeChangeNotSumOfParts);

    [Fact]
    public void The_seeds_parts_add_to_127_70_against_a_stated_fall_of_91_13()
    {
        Assert.Contains(Parts, Jiangbeicheng);
        var finding = SumOfParts(Jiangbeicheng);
        Assert.Equal((21, 127.70m, -91.13m), (finding!.Line, finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_part_with_spaces_between_its_thousands_is_read_whole()
    {
        // "项目支出预算增加 1 106.00 万元": before, the part was not matched at all (its amount read "1", then no 万元), the
        // sentence had one part only, and the check was skipped without a word.
        var finding = SumOfParts(Jiangbeicheng.Replace(Parts, "主要是基本支出预算增加 21.70 万元，项目支出预算增加 1 106.00 万元。"));
        Assert.Equal((21, 1127.70m, -91.13m), (finding!.Line, finding.Expected, finding.Actual));
        Assert.Contains("项目支出 +1,106", finding.Message);
    }

    [Fact]
    public void Parts_with_spaces_between_their_thousands_that_add_up_are_no_finding()
    {
        var text = Jiangbeicheng.Replace("支出较 2024 年减少 91.13 万元，" + Parts,
            "支出较 2024 年增加 1 127.70 万元，主要是基本支出预算增加 21.70 万元，项目支出预算增加 1 106.00 万元。");
        Assert.Null(SumOfParts(text));
    }

    [Fact]
    public void Parts_printed_in_yuan_are_read_in_their_unit()
    {
        // "基本支出预算增加 217,000.00 元，项目支出预算增加 1,060,000.00 元" = 21.70 + 106.00 万元: before, a part in 元 was not
        // matched and the check was skipped without a word.
        var finding = SumOfParts(Jiangbeicheng.Replace(Parts, "主要是基本支出预算增加 217,000.00 元，项目支出预算增加 1,060,000.00 元。"));
        Assert.Equal((21, 127.70m, -91.13m), (finding!.Line, finding.Expected, finding.Actual));
    }
}
