using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads a 收支总表 (财政拨款收支总表, 部门收支总表): income on the left (项目, 预算数), expenditure on the right
/// (项目, then 合计/预算数 and, in 表一, one column per fund type). The two "项目" header cells locate the sides.
/// Roles follow the printed headings: 一、本年收入/支出, 二、上年结转 and its fund lines, 二、结转下年, 合计.
/// </summary>
internal sealed class SummaryTableReader(ParseContext context)
{
    public BudgetSummaryTable Read(SegmentedBlock block, SummaryTableKind kind, MoneyUnit unit)
    {
        var headerIndex = block.Rows.ToList().FindIndex(r => r.Cells.Count(IsItemHeader) >= 2);
        var header = headerIndex >= 0 ? block.Rows[headerIndex].Cells.Select(c => c.Replace(" ", "")).ToArray() : [];
        var leftLabel = headerIndex >= 0 ? Array.FindIndex(header, IsItemHeader) : 0;
        var rightLabel = headerIndex >= 0 ? Array.FindIndex(header, leftLabel + 1, IsItemHeader) : 2;
        var leftAmount = leftLabel + 1;
        var right = RightColumns(header, rightLabel);

        var lines = new List<SummaryLine>();
        var incomeRole = new RoleTracker();
        var expenditureRole = new RoleTracker();
        var width = header.Length;
        foreach (var printed in block.Rows.Skip(headerIndex + 1))
        {
            var row = width > 0 && printed.Cells.Count < width ? Realign(printed, leftLabel, rightLabel, width) : printed;
            var cells = row.Cells;
            if (Cell(cells, leftLabel) is { Length: > 0 } income)
            {
                lines.Add(new SummaryLine
                {
                    Side = SummarySide.Income,
                    Role = incomeRole.RoleOf(income),
                    Label = income,
                    Amount = AmountCell.Read(context, row, leftAmount, "预算数", income, unit),
                    Line = row.Line,
                });
            }
            if (Cell(cells, rightLabel) is { Length: > 0 } expenditure)
            {
                lines.Add(new SummaryLine
                {
                    Side = SummarySide.Expenditure,
                    Role = expenditureRole.RoleOf(expenditure),
                    Label = expenditure,
                    Amount = AmountCell.Read(context, row, right.Amount, "合计", expenditure, unit),
                    GeneralPublicBudget = AmountCell.Read(context, row, right.GeneralPublicBudget, "一般公共预算", expenditure, unit),
                    GovernmentFund = AmountCell.Read(context, row, right.GovernmentFund, "政府性基金预算", expenditure, unit),
                    StateCapital = AmountCell.Read(context, row, right.StateCapital, "国有资本经营预算", expenditure, unit),
                    Line = row.Line,
                });
            }
        }

        return new BudgetSummaryTable
        {
            Kind = kind,
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.StartLine,
            Lines = lines,
            PrintedUnit = block.PrintedUnit?.Printed,
        };
    }

    /// <summary>
    /// A row printed with fewer cells than the header (the extraction drops empty cells: "2. 政府性基金	三、教育支出	250,000",
    /// "八、城乡社区支出	119,385,303") is put back in place: labels and figures alternate, a label followed by figures
    /// opens a side; a row with one label only belongs to the expenditure side when the label names an expenditure
    /// (…支出, 结转下年), else to the income side.
    /// </summary>
    private static RawRow Realign(RawRow row, int leftLabel, int rightLabel, int width)
    {
        var cells = Enumerable.Repeat("", width).ToArray();
        var items = row.Cells.Where(c => c.Length > 0).ToList();
        var labels = items.Count(c => !AmountText.IsNumber(c));
        int position = -1;
        var right = false;
        foreach (var item in items)
        {
            if (!AmountText.IsNumber(item))
            {
                if (position < 0) right = labels == 1 && IsExpenditureLabel(item);
                else if (right) return row;
                else right = true;
                position = right ? rightLabel : leftLabel;
            }
            else if (position < 0 || (!right && position >= rightLabel)) return row;
            if (position < 0 || position >= width) return row;
            cells[position++] = item;
        }
        return new RawRow(row.Line, cells);
    }

    private static bool IsExpenditureLabel(string label) => label.Contains("支出") || label.Contains("结转下年");

    /// <summary>The header of a label column: 项目 (also 收入项目 / 支出项目 / 项目名称).</summary>
    private static bool IsItemHeader(string cell) => cell.Replace(" ", "") is "项目" or "收入项目" or "支出项目" or "项目名称";

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : "";

    private static (int? Amount, int? GeneralPublicBudget, int? GovernmentFund, int? StateCapital) RightColumns(string[] header, int rightLabel)
    {
        if (header.Length == 0 || rightLabel < 0) return (3, null, null, null);
        int? Find(Func<string, bool> test)
        {
            for (var i = rightLabel + 1; i < header.Length; i++) if (test(header[i])) return i;
            return null;
        }
        var amount = Find(h => h is "合计" or "预算数" or "小计" or "金额" or "总计") ?? rightLabel + 1;
        return (amount, Find(h => h.Contains("一般公共预算")), Find(h => h.Contains("政府性基金")), Find(h => h.Contains("国有资本经营")));
    }

    /// <summary>Lines under "二、上年结转" are carry-over lines, lines under "二、结转下年" carry-forward lines.</summary>
    private sealed class RoleTracker
    {
        private SummaryLineRole _section = SummaryLineRole.Item;

        public SummaryLineRole RoleOf(string label)
        {
            var text = label.Replace(" ", "");
            if (text.EndsWith("合计") || text.EndsWith("总计")) return SummaryLineRole.Total;
            if (text.Contains("本年收入") || text.Contains("本年支出"))
            {
                _section = SummaryLineRole.Item;
                return SummaryLineRole.CurrentYear;
            }
            if (text.Contains("上年结转")) return _section = SummaryLineRole.CarryOver;
            if (text.Contains("结转下年")) return _section = SummaryLineRole.CarryForward;
            return _section;
        }
    }
}
