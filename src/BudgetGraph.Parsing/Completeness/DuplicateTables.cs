using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Completeness;

/// <summary>
/// A table printed twice (same title, same rows cell for cell — a converter or an editor pasted it again) is kept
/// once: the lines of every later copy are emptied before the document is segmented for reading, so no reader —
/// financial, performance or narrative — sees the copy and no total counts it twice. The copies are reported
/// (<see cref="TableInventory.Duplicates"/>, a parser note each).
/// </summary>
internal static class DuplicateTables
{
    public static (IReadOnlyList<SourceLine> Lines, IReadOnlyList<FoundTable> Copies) KeepOnce(
        ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks)
    {
        var seen = new Dictionary<string, SegmentedBlock>();
        var copies = new List<(SegmentedBlock Copy, SegmentedBlock Original)>();
        // Equal signatures have equal kind, title and row count (a cell holds no control character, so the separators
        // cannot hide a row): only blocks sharing those with another block need their full signature.
        var shapes = new Dictionary<(TableKind, string, int), int>();
        foreach (var block in blocks)
            if (block.HasPrintedTitle && block.Rows.Count > 0)
                shapes[(block.Kind, block.Title, block.Rows.Count)] = shapes.GetValueOrDefault((block.Kind, block.Title, block.Rows.Count)) + 1;
        foreach (var block in blocks)
        {
            if (!block.HasPrintedTitle || block.Rows.Count == 0 || shapes[(block.Kind, block.Title, block.Rows.Count)] < 2) continue;
            var key = Signature(block);
            if (seen.TryGetValue(key, out var original)) copies.Add((block, original));
            else seen[key] = block;
        }
        if (copies.Count == 0) return (lines, []);

        var emptied = lines.ToArray();
        var found = new List<FoundTable>();
        foreach (var (copy, original) in copies)
        {
            var first = FirstLineOf(lines, copy);
            for (var i = 0; i < emptied.Length; i++)
                if (emptied[i].Number >= first && emptied[i].Number <= copy.EndLine) emptied[i] = new SourceLine(emptied[i].Number, "");
            context.Note(first,
                $"'{copy.Title}'{(copy.TableNumber is { } n ? $" ({n})" : "")} is printed again at lines {first}–{copy.EndLine} with the same {copy.Rows.Count} rows as at line {original.StartLine}; the copy is not read, so nothing is counted twice.");
            found.Add(new FoundTable(copy.Title, copy.TableNumber, false, first, copy.EndLine, copy.Rows.Count, true, false));
        }
        return (emptied, found);
    }

    /// <summary>Title and every row's cells: two blocks with the same signature are the same table.</summary>
    private static string Signature(SegmentedBlock block) =>
        block.Kind + "\u0001" + block.Title + "\u0001" + string.Join("\u0002", block.Rows.Select(r => string.Join("\u0003", r.Cells)));

    /// <summary>The title line, or the 表N line printed just above it.</summary>
    private static int FirstLineOf(IReadOnlyList<SourceLine> lines, SegmentedBlock block)
    {
        var index = lines.ToList().FindIndex(l => l.Number == block.StartLine);
        for (var j = index - 1; j >= 0 && j >= index - 3; j--)
        {
            if (lines[j].IsBlank) continue;
            var text = CellText.Normalize(lines[j].Text.Replace('\t', ' '));
            return TableTitles.IsTableNumber(text) ? lines[j].Number : block.StartLine;
        }
        return block.StartLine;
    }
}
