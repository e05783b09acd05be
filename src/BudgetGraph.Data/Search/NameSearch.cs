using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Search;

/// <summary>
/// The candidates of a <c>contains</c>/<c>startsWith</c> filter on a name with a gram index: the ids that have every
/// gram of the pattern (<see cref="NameGrams.OfPattern"/>). The filter keeps its own predicate after it, which decides;
/// this only spares it the rows that cannot match.
/// <para>
/// <see cref="Plan"/> first reads each gram's number of ids (its <see cref="NameGramCount"/> row) and starts from the
/// rarest: its ids are one range of the key (Kind, Gram, EntityId),
/// each further gram a point look-up of the same key per candidate (EXISTS), then each candidate row is read by its
/// key. A look-up by key costs several times what reading one more entry of a name index costs (measured at 5,005
/// disclosures: 30,030 indicators with 满意 took 35–60 ms by key, the scan of the 103,103 entries of
/// <c>IX_Indicators_NumericTarget_Name_Categories</c> under 90 took 20 ms; 17,017 projects with 经费 41 ms by key against 6 ms for the
/// 37,037 entries of <c>IX_Projects_Name</c>), so when even the rarest gram has more than
/// <see cref="MaxCandidates"/> ids the filter is left to its predicate (the scan it always was).
/// </para>
/// </summary>
public static class NameSearch
{
    /// <summary>
    /// Above this many ids for the rarest gram the predicate alone is cheaper (see the class summary). Units (wide rows,
    /// no name index: 1,001 of 5,005 units have 南坪 — 5 ms by key against 35 ms for the scan) stay well below it.
    /// </summary>
    public const int MaxCandidates = 4096;

    private static readonly MethodInfo AnyMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(NameGram));

    /// <summary>
    /// The candidates to pre-select for <paramref name="pattern"/> (rarest gram first), or null when the predicate alone
    /// should decide: no gram, or a rarest gram with more than <see cref="MaxCandidates"/> ids. Reads each gram's number
    /// of ids now from <paramref name="counts"/> (the maintained <see cref="NameGramCount"/>: one key lookup per gram, on
    /// the caller's context and snapshot, whatever the number of ids — issue 8 session 9; counting the gram rows read up
    /// to <see cref="MaxCandidates"/> + 1 entries per gram, 2,001 for 南坪 at 10,005 disclosures).
    /// </summary>
    public static IQueryable<int>? Plan(IQueryable<NameGram> grams, IQueryable<NameGramCount> counts, NameGramKind kind, string? pattern) =>
        PlanCounted(grams, counts, kind, pattern).Candidates;

    /// <summary>
    /// <see cref="Plan"/>, with the number of ids of the rarest gram (at most <see cref="MaxCandidates"/> + 1; 0 without
    /// a gram): an upper bound of the candidates, e.g. to tell whether they are a large share of the rows.
    /// </summary>
    public static (IQueryable<int>? Candidates, int Rarest) PlanCounted(IQueryable<NameGram> grams, IQueryable<NameGramCount> counts,
        NameGramKind kind, string? pattern)
    {
        var patternGrams = NameGrams.OfPattern(pattern);
        if (patternGrams.Count == 0) return (null, 0);
        var counted = Rarest(patternGrams.Select(gram => (gram, Math.Min(MaxCandidates + 1, CountOf(counts, kind, gram).FirstOrDefault()))));
        return (counted[0].Ids > MaxCandidates ? null : Candidates(grams, kind, counted.Select(g => g.Gram).ToList()), counted[0].Ids);
    }

    /// <summary>
    /// The rarest gram of <paramref name="pattern"/> among <paramref name="kind"/>'s names and its number of ids (its
    /// kept count, as <see cref="Plan"/> reads it); null when the pattern has no gram. Every name containing the pattern
    /// has that gram, so its rows in key order (one range of the key: Kind, Gram, EntityId) are a superset of the
    /// matches in key order, fewer than the table's rows.
    /// </summary>
    public static async Task<(string Gram, int Ids)?> RarestGramAsync(IQueryable<NameGramCount> counts, NameGramKind kind, string? pattern,
        CancellationToken cancellationToken = default)
    {
        var patternGrams = NameGrams.OfPattern(pattern);
        if (patternGrams.Count == 0) return null;
        var counted = new List<(string, int)>(patternGrams.Count);
        foreach (var gram in patternGrams) counted.Add((gram, await CountOf(counts, kind, gram).FirstOrDefaultAsync(cancellationToken)));
        return Rarest(counted)[0];
    }

    /// <summary>
    /// The gram of <paramref name="pattern"/> (at least one) whose rows passing <paramref name="kept"/> — conditions on
    /// the number they carry, applied to its kept counts of each number (<see cref="NameGramValueCount"/>) — are fewest
    /// (ties in ordinal order), with their number: the gram rows every match beside those conditions is among.
    /// </summary>
    public static async Task<(string Gram, int Rows)> RarestPassingGramAsync(IQueryable<NameGramValueCount> counts, NameGramKind kind,
        string pattern, Expression<Func<NameGramValueCount, bool>> kept, CancellationToken cancellationToken = default)
    {
        var counted = new List<(string, int)>();
        foreach (var gram in NameGrams.OfPattern(pattern))
            counted.Add((gram, await ValueCountsExactly(counts, kind, gram).Where(kept).SumAsync(c => c.Count, cancellationToken)));
        return Rarest(counted)[0];
    }

    // The grams with their numbers of ids, rarest first (ties in ordinal order: the same gram on every request).
    private static List<(string Gram, int Ids)> Rarest(IEnumerable<(string Gram, int Ids)> counted) =>
        counted.OrderBy(g => g.Ids).ThenBy(g => g.Gram, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whether <paramref name="pattern"/> is exactly one gram (two ideographs, nothing else): then a name contains it if
    /// and only if the name has that gram (<see cref="NameGrams"/> explains why on both providers), so the gram rows
    /// alone answer a <c>contains</c> — its count is one range of the key, read from the index alone (<see cref="Exactly"/>).
    /// </summary>
    public static bool IsOneGram(string? pattern) =>
        pattern is { Length: 2 } && NameGrams.IsGramChar(pattern[0]) && NameGrams.IsGramChar(pattern[1]);

    /// <summary>
    /// The gram rows of the names of <paramref name="kind"/> that contain <paramref name="pattern"/>, one per name;
    /// only for a pattern that <see cref="IsOneGram"/> (else an <see cref="ArgumentException"/>).
    /// </summary>
    public static IQueryable<NameGram> Exactly(IQueryable<NameGram> grams, NameGramKind kind, string pattern) =>
        IsOneGram(pattern)
            ? grams.Where(g => g.Kind == kind && g.Gram == pattern)
            : throw new ArgumentException($"'{pattern}' is not exactly one gram.", nameof(pattern));

    /// <summary>
    /// The counts kept of the numbers carried by the gram rows of <paramref name="kind"/>'s names that contain
    /// <paramref name="pattern"/> (<see cref="NameGramValueCount"/>, one row per distinct number; only for a pattern that
    /// <see cref="IsOneGram"/>): summed under a condition on their <see cref="NameGramValueCount.Value"/>, the number of
    /// those names whose number meets it — reading a gram's few distinct numbers, where counting <see cref="Exactly"/>
    /// under the condition reads every matching gram row. Names carrying no number are not in them.
    /// </summary>
    public static IQueryable<NameGramValueCount> ValueCountsExactly(IQueryable<NameGramValueCount> counts, NameGramKind kind, string pattern) =>
        IsOneGram(pattern)
            ? counts.Where(c => c.Kind == kind && c.Gram == pattern)
            : throw new ArgumentException($"'{pattern}' is not exactly one gram.", nameof(pattern));

    /// <summary>
    /// How many names of <paramref name="kind"/> contain <paramref name="pattern"/> (which must be one gram, see
    /// <see cref="Exactly"/>): that gram's row of <see cref="NameGramCount"/> (0 without one) — one key lookup, where
    /// counting <see cref="Exactly"/> reads every matching gram row.
    /// </summary>
    public static Task<int> CountExactlyAsync(IQueryable<NameGramCount> counts, NameGramKind kind, string pattern,
        CancellationToken cancellationToken = default) =>
        IsOneGram(pattern)
            ? CountOf(counts, kind, pattern).FirstOrDefaultAsync(cancellationToken)
            : throw new ArgumentException($"'{pattern}' is not exactly one gram.", nameof(pattern));

    /// <summary>The number of names of <paramref name="kind"/> having <paramref name="gram"/>: its one count row, if any.</summary>
    private static IQueryable<int> CountOf(IQueryable<NameGramCount> counts, NameGramKind kind, string gram) =>
        counts.Where(c => c.Kind == kind && c.Gram == gram).Select(c => c.Count);

    /// <summary>
    /// The code point range [<c>From</c>, <c>To</c>) of the texts that start with <paramref name="prefix"/>, case
    /// included (SQLite compares text in code point order: BINARY compares UTF-8 bytes), so that a <c>startsWith</c> can
    /// read that range of the name's index instead of testing a pattern — ASCII letters included: the range is the
    /// case-sensitive match a <c>startsWith</c> means (as <c>contains</c> and <c>eq</c> are), which LIKE, folding ASCII
    /// case, is not. Null when there is no next character to end it (an empty prefix, a surrogate, U+FFFF) or when the
    /// prefix has a control character.
    /// </summary>
    public static (string From, string To)? SqlitePrefixRange(string prefix)
    {
        if (prefix.Length == 0 || prefix[^1] == char.MaxValue) return null;
        // A control character (NUL …) is left to LIKE too: the range is only used where its equality with LIKE is plain.
        foreach (var c in prefix)
            if (char.IsSurrogate(c) || char.IsControl(c)) return null;
        var next = (char)(prefix[^1] + 1);
        return char.IsSurrogate(next) ? null : (prefix, string.Concat(prefix.AsSpan(0, prefix.Length - 1), new ReadOnlySpan<char>(in next)));
    }

    /// <summary>
    /// The ids of <paramref name="kind"/> whose name has every gram of <paramref name="pattern"/>, in the pattern's
    /// order, composed on <paramref name="grams"/> (no query runs); null when the pattern has no gram.
    /// </summary>
    public static IQueryable<int>? Candidates(IQueryable<NameGram> grams, NameGramKind kind, string? pattern)
    {
        var patternGrams = NameGrams.OfPattern(pattern);
        return patternGrams.Count == 0 ? null : Candidates(grams, kind, patternGrams);
    }

    /// <summary>The ids having every one of <paramref name="patternGrams"/> (at least one), starting from the first.</summary>
    public static IQueryable<int> Candidates(IQueryable<NameGram> grams, NameGramKind kind, IReadOnlyList<string> patternGrams)
    {
        var first = patternGrams[0];
        var candidates = grams.Where(a => a.Kind == kind && a.Gram == first);
        for (var i = 1; i < patternGrams.Count; i++)
        {
            var gram = patternGrams[i];
            // a => grams.Any(b => b.Kind == kind && b.Gram == gram && b.EntityId == a.EntityId), with the set's own
            // expression in the tree.
            var a = Expression.Parameter(typeof(NameGram), "a");
            Expression<Func<NameGram, bool>> same = b => b.Kind == kind && b.Gram == gram;
            var b = same.Parameters[0];
            var match = Expression.Lambda<Func<NameGram, bool>>(
                Expression.AndAlso(same.Body, Expression.Equal(
                    Expression.Property(b, nameof(NameGram.EntityId)), Expression.Property(a, nameof(NameGram.EntityId)))), b);
            candidates = candidates.Where(Expression.Lambda<Func<NameGram, bool>>(
                Expression.Call(AnyMethod, grams.Expression, match), a));
        }
        return candidates.Select(g => g.EntityId);
    }
}
