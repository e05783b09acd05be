using System.Linq.Expressions;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Which revision of the loader — parser, mapping and reconciliation rules — read a stored document
/// (<see cref="Entities.SourceDocument.LoaderRevision"/>). Same bytes are only "unchanged" when the loader that read
/// them is this one: a document read by an older loader is read again on the next import of its file — its budget
/// replaced, unless this loader reads it row for row the same (<see cref="Bulk.ReadingDigest"/>) — so that a fix to
/// what the loader reads reaches databases built before it (otherwise the old reading would be served on, with no
/// warning). The service warns at start-up about documents read by an older loader.
/// <para>
/// <b>Bump <see cref="Current"/> whenever a change alters what any document imports as</b> — a row, an amount, a
/// line number, a finding, a note. <c>LoaderRevisionTests</c> fingerprints what the seeds and fixtures import as and
/// fails, asking for the bump, when the fingerprint changes under the same revision. The schema's description of
/// <c>SourceDocument.loaderRevision</c> names the current revision: refresh <c>schema.graphql</c> with the bump.
/// </para>
/// </summary>
public static class LoaderRevision
{
    /// <summary>
    /// This loader's revision. 0 is "read before revisions were recorded" (every document stored by the releases up
    /// to the migration <c>LoaderRevisions</c>); those are read again once.
    /// <list type="bullet">
    /// <item>1: revisions recorded.</item>
    /// <item>2: unit labels written other ways (单位：人民币元, 单位（元）, …) and a project card's own unit line or label
    /// are read, not taken for 万元; a table printed twice is read once (or the document refused when the copies'
    /// figures differ); an empty cell of a tab-separated 三公 row keeps its column, and a 三公 table printed down the page
    /// is read by its row labels; an amount no budget can hold is refused with its line; a row of a
    /// performance table printed one cell per line is cited at its first printed line, not at its empty leading cell.</item>
    /// <item>3: a budget stores the expenditure it serves (<c>Budget.Expenditure</c>; the migration ServedExpenditure
    /// fills it for stored budgets); performance tables keep the unit they print (<c>printedUnit</c>); a 合计 row missing
    /// its empty name cell is read in its columns (or refused); a figure with spaces between its thousands is read whole
    /// in a cell and refused where cells are separated by spaces; a percentage or other text in an amount cell, and two
    /// different units stated for one table or card, are refused; a table title naming another year gets a note; a 目录
    /// section grouping tables ("五、部门预算表") is no longer announced as a table (no false missing-table note and finding);
    /// a figure in words in a project card's split cell ("约100") is refused, and "/" there is no amount; the parts of a
    /// narrative change are read with spaces between their thousands ("1 106.00 万元"), as the narrative parser reads them,
    /// and in the unit they print (元 too);
    /// small figures side by side in a space-separated subject row ("800 500 300") are read apart when only so 合计 adds up;
    /// a figure on a space-separated card followed by another unit than the card's ("349.8 万" on a 元 card) is refused;
    /// a 目录 heading spaced out with a tab ("目 \t录", wanli) is read, so its tables are announced.</item>
    /// </list>
    /// </summary>
    public const int Current = 3;

    /// <summary>Stored documents this loader (or a newer one) read: the same bytes again are unchanged.</summary>
    public static readonly Expression<Func<SourceDocument, bool>> ReadByThisLoader = d => d.LoaderRevision >= Current;

    /// <summary>Why a document with these bytes is read again, or null when its stored reading stands.</summary>
    public static string? WhyReadAgain(int storedRevision) => storedRevision < Current
        ? $"read again: it was read by loader revision {storedRevision}, this loader is revision {Current}"
        : null;
}
