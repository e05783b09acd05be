using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Completeness;

/// <summary>
/// Decides what of a disclosure is there (see the Parsing README, "Completeness"):
/// <list type="bullet">
/// <item><b>found</b>: every table block with a printed title and something under it, and every headerless fragment
/// assigned to a table; its number is the printed 表N or, when none is printed, one more than the table before it;</item>
/// <item><b>announced</b>: the 目录 entries and tables named in the 说明 (<see cref="TableAnnouncements"/>), and the 表N
/// numbering — every printed number and every number skipped between the first and the last printed one;</item>
/// <item>an announced table is found when a found table has its number (numbering) or its kind of title (目录, 说明);
/// the others are <b>missing</b>, and each missing table is a parser note.</item>
/// </list>
/// </summary>
internal static class TableInventoryBuilder
{
    public static TableInventory Build(
        ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks,
        IReadOnlyList<FoundTable> duplicates, IReadOnlySet<int> partialStarts, IReadOnlyDictionary<int, string?> performanceUnits)
    {
        var found = new List<(FoundTable Table, TableKind Kind, int? Number)>();
        int? current = null;
        foreach (var block in blocks.OrderBy(b => b.StartLine))
        {
            var isTable = block.HasPrintedTitle ? block.Rows.Count > 0 || block.Remarks.Count > 0 : block.Kind != TableKind.Other;
            if (!isTable) continue;
            var printed = TableNumbers.ValueOf(block.TableNumber);
            int? number = printed ?? (current is { } c ? c + 1 : null);
            // Headerless fragments continue the numbering of the table they belong to only when it is not there.
            if (printed is not null || block.HasPrintedTitle || current is not null) current = number;
            var partial = partialStarts.Contains(block.StartLine) || !block.HasPrintedTitle;
            found.Add((new FoundTable(block.Title, block.TableNumber ?? (number is { } n ? TableNumbers.Format(n) : null),
                printed is null && number is not null, block.StartLine, block.EndLine, block.Rows.Count, block.HasPrintedTitle, partial,
                PrintedUnit(block, performanceUnits)),
                block.Kind, number));
        }

        // Tables before the first printed number count back from it (表三 printed third: the two before are 表一, 表二).
        var firstPrinted = found.FindIndex(f => f.Table.Number is not null && !f.Table.NumberIsInferred);
        for (var i = firstPrinted - 1; i >= 0; i--)
        {
            var next = found[i + 1].Number;
            if (next is not { } value || value <= 1) break;
            var (table, kind, _) = found[i];
            found[i] = (table with { Number = TableNumbers.Format(value - 1), NumberIsInferred = true }, kind, value - 1);
        }

        var announced = new List<AnnouncedTable>();
        foreach (var entry in TableAnnouncements.Read(lines, blocks))
        {
            TableTitles.TryRecognize(entry.Title ?? "", out var kind, out _);
            var entryNumber = TableNumbers.ValueOf(entry.Number);
            var match = found.FirstOrDefault(f =>
                (kind != TableKind.Other && f.Kind == kind) || (kind == TableKind.Other && entry.Title is { } t && f.Table.Title.EndsWith(t))
                || (entryNumber is not null && f.Number == entryNumber && kind == TableKind.Other));
            announced.Add(entry with { FoundLine = match.Table?.StartLine });
        }

        var printedNumbers = blocks.Select(b => TableNumbers.ValueOf(b.TableNumber)).OfType<int>().Distinct().Order().ToList();
        if (printedNumbers.Count > 0)
        {
            for (var n = 1; n <= printedNumbers[^1]; n++)
            {
                var printedBlock = blocks.FirstOrDefault(b => TableNumbers.ValueOf(b.TableNumber) == n);
                var match = found.FirstOrDefault(f => f.Number == n);
                announced.Add(new AnnouncedTable(printedBlock?.TableNumber ?? TableNumbers.Format(n), printedBlock?.Title ?? match.Table?.Title,
                    AnnouncementSource.Numbering, printedBlock?.StartLine ?? match.Table?.StartLine ?? 0, match.Table?.StartLine));
            }
        }

        foreach (var missing in announced.Where(a => !a.IsFound))
            context.Note(missing.Line, missing.Source switch
            {
                AnnouncementSource.Contents => $"The 目录 lists '{missing.Label}' but no such table was found.",
                AnnouncementSource.Explanation => $"The text names '{missing.Label}' but no such table was found.",
                _ => $"The tables are numbered up to {TableNumbers.Format(printedNumbers[^1])} but no table was found for {missing.Label}.",
            });

        return new TableInventory
        {
            Announced = announced,
            Found = [.. found.Select(f => f.Table)],
            Duplicates = duplicates,
        };
    }

    /// <summary>
    /// The unit the table's amounts were read in as printed with it, if any — what is served as its printedUnit: a
    /// financial table's as the block reader read it ("单位：万元", a "（万元）" header cell); a performance table's as
    /// the performance parser read it (<see cref="Performance.PerformanceResult.PrintedUnits"/>: its 单位 line or the
    /// unit its budget's label prints). A headerless fragment prints none of its own (it is read in the unit of the
    /// table it was found under).
    /// </summary>
    private static string? PrintedUnit(SegmentedBlock block, IReadOnlyDictionary<int, string?> performanceUnits) =>
        block.Kind.IsPerformance() ? performanceUnits.GetValueOrDefault(block.StartLine)
        : block.HasPrintedTitle ? block.PrintedUnit?.Printed
        : null;
}
