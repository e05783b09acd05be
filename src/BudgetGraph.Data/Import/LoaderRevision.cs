using System.Linq.Expressions;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Which revision of the loader — parser, mapping and reconciliation rules — read a stored document
/// (<see cref="Entities.SourceDocument.LoaderRevision"/>). Same bytes are only "unchanged" when the loader that read
/// them is this one: a document read by an older loader is read again and its budget replaced on the next import of
/// its file, so that a fix to what the loader reads reaches databases built before it (otherwise the old reading
/// would be served on, with no warning). The service warns at start-up about documents read by an older loader.
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
    /// </summary>
    public const int Current = 1;

    /// <summary>Stored documents this loader (or a newer one) read: the same bytes again are unchanged.</summary>
    public static readonly Expression<Func<SourceDocument, bool>> ReadByThisLoader = d => d.LoaderRevision >= Current;

    /// <summary>Why a document with these bytes is read again, or null when its stored reading stands.</summary>
    public static string? WhyReadAgain(int storedRevision) => storedRevision < Current
        ? $"read again: it was read by loader revision {storedRevision}, this loader is revision {Current}"
        : null;
}
