using System.Security.Cryptography;
using BudgetGraph.Parsing.Completeness;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Narrative;
using BudgetGraph.Parsing.Performance;
using BudgetGraph.Parsing.Tables;
using BudgetGraph.Parsing.Text;
using BudgetGraph.Parsing.Units;

namespace BudgetGraph.Parsing;

/// <summary>
/// Reads one department budget disclosure (部门预算公开) into a <see cref="Disclosure"/>: decodes it, segments it
/// into table blocks, reads every financial table, the unit and the fiscal year, and hands the narrative and the
/// performance tables to their parsers. A text that cannot be read is rejected with a
/// <see cref="DisclosureParseException"/> naming file, line and reason; nothing is guessed silently (what was worked
/// around is listed in <see cref="Disclosure.Notes"/>).
/// </summary>
public static class DisclosureParser
{
    public static Disclosure ParseFile(string path) => Parse(Path.GetFileName(path), File.ReadAllBytes(path));

    public static Disclosure Parse(string fileName, byte[] content)
    {
        var context = new ParseContext(fileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var decoded = DisclosureDecoder.Decode(fileName, content);
        // Page numbers, break markers and rules are removed once, here, so no reader ever sees them (see PageFurniture).
        var lines = SourceLines.Read(decoded.Text);

        // A table printed twice is read once: the copy's lines are emptied before the document is segmented for reading.
        var trial = new ParseContext(fileName);
        var segmented = new TableBlockReader(trial).Read(lines);
        var (readLines, copies) = DuplicateTables.KeepOnce(context, lines, segmented);
        // Without a copy the lines are unchanged, and so is their segmentation (and its notes): it is read once.
        if (copies.Count == 0) context.AddNotesOf(trial);
        else segmented = new TableBlockReader(context).Read(readLines);
        lines = readLines;
        // Titles listed in a 目录 are announcements, not tables.
        var contents = TableAnnouncements.ContentsLines(lines);
        var blocks = segmented.Where(b => !contents.Contains(b.StartLine)).ToList();
        if (!blocks.Any(b => b.Kind != TableKind.Other)) throw NoTable(context, lines, blocks);
        TruncationCheck.Run(context, lines, blocks);

        // A card printing no unit is read in the unit the document's tables print, as a table printing none is.
        var performance = PerformanceParser.Parse(lines, fileName, blocks, TableUnits.DocumentUnitOf(blocks));
        var unit = new UnitInfoReader(context).Read(lines, blocks, performance);
        var (fiscalYear, fiscalYearLine) = FiscalYearReader.Read(context, lines, blocks, performance)
            ?? throw context.Fail(0, "no fiscal year found: no cover title (\"2024年部门预算\"), table title (\"2024年…表\"), card label "
                + "(\"2024年预算\"), column header (\"2024年预算数\") or narrative (\"2024年年初预算\") states one");
        var narrative = NarrativeParser.Parse(lines, fiscalYear);
        // A title with nothing under it (a 目录 entry, a title repeated over a page break) is no table to read.
        var tables = new FinancialTables(context, [.. blocks.Where(b => !b.HasPrintedTitle || b.Rows.Count > 0 || b.Remarks.Count > 0 || b.Metadata.Count > 0)]);
        var partialStarts = new HashSet<int>();
        var functionalTables = CutTables.Mark(context, blocks, tables.Functional, partialStarts);
        if (tables.Income is { IsPartial: true } income) partialStarts.Add(income.StartLine);
        var inventory = TableInventoryBuilder.Build(context, lines, blocks, copies, partialStarts, performance.PrintedUnits);

        return new Disclosure
        {
            Source = new SourceDocument(fileName, sha256, decoded.EncodingName, lines.Count),
            Unit = unit,
            FiscalYear = fiscalYear,
            FiscalYearLine = fiscalYearLine,
            YearMentions = [.. narrative.YearMentions, .. performance.YearMentions],
            NarrativeStatements = narrative.Statements,
            SummaryTables = tables.Summaries,
            FunctionalTables = functionalTables,
            EconomicTable = tables.Economic,
            IncomeTable = tables.Income,
            ThreePublicCosts = tables.ThreePublicCosts,
            ProcurementTables = tables.Procurement,
            OverallPerformance = performance.Overall,
            Projects = performance.Projects,
            RawTables = RawTables(blocks, performance),
            Inventory = inventory,
            Notes = [.. context.Notes, .. performance.Notes],
        };
    }

    /// <summary>
    /// Why a text without any table is refused: a document whose 目录 or 说明 announces tables is a disclosure whose tables
    /// are not there (cut, or exported without them), which is what the reader must be told; only a text announcing none
    /// is no budget disclosure.
    /// </summary>
    private static DisclosureParseException NoTable(ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks)
    {
        var announced = TableAnnouncements.Read(lines, blocks).DistinctBy(a => a.Title).ToList();
        if (announced.Count == 0)
            return context.Fail(0, "not a budget disclosure: no table title such as 财政拨款收支总表, 部门支出总表 or 绩效目标表 was found");
        var listed = string.Join(", ", announced.Take(3).Select(a => $"line {a.Line}: '{a.Title}'")) + (announced.Count > 3 ? ", …" : "");
        return context.Fail(announced[0].Line,
            $"no table was found, but the document announces {announced.Count} ({listed}): its tables are not in the file (cut off, or not exported)");
    }

    /// <summary>
    /// Every block as read. Performance blocks are the performance parser's (it reassembles their rows); only when it
    /// returns none are this reader's raw performance blocks kept, so no block is ever lost.
    /// </summary>
    private static IReadOnlyList<RawTable> RawTables(IReadOnlyList<SegmentedBlock> blocks, PerformanceResult performance)
    {
        var usePerformanceParser = performance.RawTables.Count > 0;
        return blocks
            .Where(b => !b.Kind.IsPerformance() || !usePerformanceParser)
            .Select(b => b.ToRawTable())
            .Concat(usePerformanceParser ? performance.RawTables : [])
            .OrderBy(t => t.StartLine)
            .ToList();
    }
}
