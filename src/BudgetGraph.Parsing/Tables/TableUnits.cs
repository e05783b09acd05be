using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The unit of measure each financial table's amounts are read in: the one it prints; for a table that prints none,
/// the unit most of the document's tables print, stated in a parser note; 万元 (the national template's unit) with a
/// note when no table prints one.
/// </summary>
internal sealed class TableUnits(ParseContext context, IReadOnlyList<SegmentedBlock> blocks)
{
    private readonly MoneyUnit? _documentUnit = DocumentUnitOf(blocks);

    /// <summary>The unit most of the document's financial tables print; null when none prints one.</summary>
    public static MoneyUnit? DocumentUnitOf(IReadOnlyList<SegmentedBlock> blocks) => blocks
        .Where(b => !b.Kind.IsPerformance() && b.Kind is not (TableKind.Other or TableKind.ThreePublicCosts) && b.PrintedUnit is not null)
        .GroupBy(b => b.PrintedUnit!)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();

    private readonly HashSet<int> _noted = [];

    public MoneyUnit Of(SegmentedBlock block)
    {
        if (block.PrintedUnit is { } printed) return printed;
        var assumed = _documentUnit ?? MoneyUnit.WanYuan;
        if (_noted.Add(block.StartLine))
        {
            var name = block.Title.Length > 0 ? block.Title : block.Kind.ToString();
            var readIn = _documentUnit is null ? "万元, the template's unit" : $"{assumed}, the unit the document's other tables print";
            if (block.UnreadUnitLabel is { } unread)
                context.Note(unread.Line,
                    $"'{name}' prints the unit label '{unread.Text}' (line {unread.Line}), which names no unit of measure this parser knows "
                    + $"({string.Join(", ", MoneyUnit.All.Select(u => u.Printed))}): its amounts are read in {readIn}.");
            else context.Note(block.StartLine, _documentUnit is null
                ? $"'{name}' prints no unit of measure and no table of the document does: its amounts are read in 万元, the template's unit."
                : $"'{name}' prints no unit of measure: its amounts are read in {assumed}, the unit the document's other tables print.");
        }
        return assumed;
    }
}
