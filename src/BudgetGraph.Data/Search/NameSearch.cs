using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Search;

/// <summary>
/// The candidates of a <c>contains</c>/<c>startsWith</c> filter on a name with a gram index: the ids that have every
/// gram of the pattern (<see cref="NameGrams.OfPattern"/>). The filter keeps its own predicate after it, which decides;
/// this only spares it the rows that cannot match. The first gram is a range of the key (Kind, Gram, EntityId); each
/// further gram is a point look-up of the same key per candidate (EXISTS), so the cost is the length of the first
/// gram's list of ids.
/// </summary>
public static class NameSearch
{
    private static readonly MethodInfo AnyMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(NameGram));

    /// <summary>
    /// The ids of <paramref name="kind"/> whose name has every gram of <paramref name="pattern"/>, composed on
    /// <paramref name="grams"/> (the <c>NameGrams</c> set, or a stand-in replaced by it before the query runs);
    /// null when the pattern has no gram (the predicate alone must decide).
    /// </summary>
    public static IQueryable<int>? Candidates(IQueryable<NameGram> grams, NameGramKind kind, string? pattern)
    {
        var patternGrams = NameGrams.OfPattern(pattern);
        if (patternGrams.Count == 0) return null;
        var first = patternGrams[0];
        var candidates = grams.Where(a => a.Kind == kind && a.Gram == first);
        for (var i = 1; i < patternGrams.Count; i++)
        {
            var gram = patternGrams[i];
            // a => grams.Any(b => b.Kind == kind && b.Gram == gram && b.EntityId == a.EntityId), with the set itself in
            // the tree (not a captured variable), so that a stand-in set can be swapped for the real one.
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
