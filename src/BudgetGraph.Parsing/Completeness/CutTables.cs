using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Tables;

namespace BudgetGraph.Parsing.Completeness;

/// <summary>
/// A file cut exactly between two rows of a table cannot be told from a complete one by its last line, but it can by
/// its figures: when the file ends inside a subject table whose 类 rows do not add up to its 合计, or whose last row
/// is a 类/款 with none of its children after it (or children adding up to less than it), the table is cut. It is
/// marked partial (<see cref="FunctionalExpenditureTable.IsPartial"/>) and gets a parser note; the rows read are kept.
/// </summary>
internal static class CutTables
{
    public static IReadOnlyList<FunctionalExpenditureTable> Mark(
        ParseContext context, IReadOnlyList<SegmentedBlock> blocks, IReadOnlyList<FunctionalExpenditureTable> tables, ISet<int> partialStarts)
    {
        var last = blocks.Where(b => b.Rows.Count > 0 || b.Remarks.Count > 0).MaxBy(b => b.StartLine);
        if (last is null) return tables;
        return [.. tables.Select(table => table.StartLine == last.StartLine && Reason(table) is { } reason ? Cut(context, table, reason, partialStarts) : table)];
    }

    private static FunctionalExpenditureTable Cut(ParseContext context, FunctionalExpenditureTable table, string reason, ISet<int> partialStarts)
    {
        var lastLine = table.Rows.Count > 0 ? table.Rows[^1].Line : table.StartLine;
        context.Note(lastLine, $"'{table.Title}' is cut: the file ends after line {lastLine} while {reason}; the table is marked partial.");
        partialStarts.Add(table.StartLine);
        return table with { IsPartial = true };
    }

    /// <summary>Less than the total by more than the rounding of <paramref name="parts"/> amounts (half a cent each) can explain.</summary>
    private static bool Short(decimal sum, decimal total, int parts) => total - sum > 0.005m * (parts + 1);

    private static string? Reason(FunctionalExpenditureTable table)
    {
        if (table.Rows.Count == 0) return null;
        var categories = table.Rows.Where(r => r.Code.Length == 3).ToList();
        if (table.Total?.Total is { } total && categories.Count > 0 && Short(categories.Sum(c => c.Total ?? 0m), total, categories.Count))
            return $"its {categories.Count} 类 rows add up to {categories.Sum(c => c.Total ?? 0m):0.00} of its 合计 {total:0.00}";

        var lastRow = table.Rows[^1];
        if (lastRow.Code.Length < 7)
            return $"its last row {lastRow.Code} {lastRow.Name} has none of its subjects after it";

        // The 类 and 款 the last row belongs to: their printed children must add up to them.
        foreach (var parent in table.Rows.Where(r => r.Code.Length < lastRow.Code.Length && lastRow.Code.StartsWith(r.Code)))
        {
            var childLength = parent.Code.Length + 2;
            var children = table.Rows.Where(r => r.Code.Length == childLength && r.Code.StartsWith(parent.Code)).ToList();
            if (parent.Total is { } parentTotal && Short(children.Sum(c => c.Total ?? 0m), parentTotal, children.Count))
                return $"the rows under {parent.Code} {parent.Name} add up to {children.Sum(c => c.Total ?? 0m):0.00} of its {parentTotal:0.00}";
        }
        return null;
    }
}
