using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Completeness;

/// <summary>
/// A table printed twice (same kind, same rows cell for cell — a converter or an editor pasted it again, possibly
/// under another title such as "附表：…") is kept once: the lines of every later copy are emptied before the document is
/// segmented for reading, so no reader — financial, performance or narrative — sees the copy and no total counts it
/// twice. The copies are reported (<see cref="TableInventory.Duplicates"/>, a parser note each naming both places).
/// A table without figures (an empty table's header and remark) is a copy only under the same title: two different
/// empty tables of one kind print the same rows.
/// A financial table printed again under the same title with the same rows but other figures is refused, naming both
/// line ranges and the first figure that differs: which of the two is the document's is not for the loader to guess,
/// and storing both would count the table twice. Under another title it may be another table with the same subjects
/// (another unit's): both are read, as before, with a note naming both places and the first differing figure.
/// </summary>
internal static class DuplicateTables
{
    public static (IReadOnlyList<SourceLine> Lines, IReadOnlyList<FoundTable> Copies) KeepOnce(
        ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks)
    {
        var copies = new List<(SegmentedBlock Copy, SegmentedBlock Original)>();
        // Only blocks sharing kind and row count with another block can be copies: the others need no comparison.
        var candidates = blocks.Where(b => b.HasPrintedTitle && b.Rows.Count > 0)
            .GroupBy(b => (b.Kind, b.Rows.Count)).Where(g => g.Count() >= 2);
        foreach (var group in candidates)
        {
            var kept = new List<(SegmentedBlock Block, string Signature)>();
            foreach (var block in group)
            {
                var signature = Signature(block);
                var holdsFigures = block.Rows.Any(r => RowShapes.HoldsData(r.Cells));
                var original = kept.FirstOrDefault(k => k.Signature == signature && (holdsFigures || k.Block.Title == block.Title)).Block;
                if (original is not null)
                {
                    copies.Add((block, original));
                    continue;
                }
                if (holdsFigures && !block.Kind.IsPerformance() && block.Kind != TableKind.Other
                    && kept.FirstOrDefault(k => FirstDifferingFigure(k.Block, block) is not null).Block is { } other)
                {
                    var (line, printed, otherLine, otherPrinted) = FirstDifferingFigure(other, block)!.Value;
                    var places = $"'{block.Title}' (lines {FirstLineOf(lines, block)}–{block.EndLine}) prints the rows of '{other.Title}' (lines "
                        + $"{FirstLineOf(lines, other)}–{other.EndLine}) again with other figures: line {line} prints '{printed}' where line {otherLine} prints '{otherPrinted}'.";
                    // Under the same title it is one table in two versions: which is the document's cannot be told.
                    if (block.Title == other.Title)
                        throw context.Fail(line, places + " Which of the two is the document's table cannot be told, and reading both would count it twice.");
                    // Under another title it may be another table with the same subjects (another unit's, 汇总 and 本级):
                    // both are read, as before, but not silently.
                    context.Note(line, places + " Both are read as separate tables; if one is a copy of the other, its figures are counted twice.");
                }
                kept.Add((block, signature));
            }
        }
        if (copies.Count == 0) return (lines, []);
        copies.Sort((a, b) => a.Copy.StartLine.CompareTo(b.Copy.StartLine));

        var emptied = lines.ToArray();
        var found = new List<FoundTable>();
        foreach (var (copy, original) in copies)
        {
            var first = FirstLineOf(lines, copy);
            for (var i = 0; i < emptied.Length; i++)
                if (emptied[i].Number >= first && emptied[i].Number <= copy.EndLine) emptied[i] = new SourceLine(emptied[i].Number, "");
            var retitled = copy.Title == original.Title ? "" : $" (titled '{original.Title}' there, lines {FirstLineOf(lines, original)}–{original.EndLine})";
            context.Note(first,
                $"'{copy.Title}'{(copy.TableNumber is { } n ? $" ({n})" : "")} is printed again at lines {first}–{copy.EndLine} with the same {copy.Rows.Count} rows as at line {original.StartLine}{retitled}; the copy is not read, so nothing is counted twice.");
            found.Add(new FoundTable(copy.Title, copy.TableNumber, false, first, copy.EndLine, copy.Rows.Count, true, false));
        }
        return (emptied, found);
    }

    /// <summary>
    /// Kind and every row's cells (a cell holds no control character, so the separators cannot hide a row): two blocks
    /// with the same signature are the same table, whatever their titles.
    /// </summary>
    private static string Signature(SegmentedBlock block) =>
        block.Kind + "\u0001" + string.Join("\u0002", block.Rows.Select(r => string.Join("\u0003", r.Cells)));

    /// <summary>
    /// The first figure where <paramref name="copy"/> differs from <paramref name="original"/> when both print the same
    /// rows — same cells in every row but for figures, of which at least one differs; else null (another table).
    /// </summary>
    private static (int Line, string Printed, int OriginalLine, string OriginalPrinted)? FirstDifferingFigure(SegmentedBlock original, SegmentedBlock copy)
    {
        if (original.Rows.Count != copy.Rows.Count) return null;
        (int, string, int, string)? first = null;
        for (var r = 0; r < copy.Rows.Count; r++)
        {
            var (a, b) = (original.Rows[r].Cells, copy.Rows[r].Cells);
            if (a.Count != b.Count) return null;
            for (var c = 0; c < a.Count; c++)
            {
                if (a[c] == b[c]) continue;
                // Text that differs is another table; a figure that differs (or is left empty) is another version of it.
                var figures = (a[c].Length == 0 || AmountText.IsNumber(a[c])) && (b[c].Length == 0 || AmountText.IsNumber(b[c]));
                if (!figures) return null;
                first ??= (copy.Rows[r].Line, b[c], original.Rows[r].Line, a[c]);
            }
        }
        return first;
    }

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
