using System.Collections;
using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// Counts the rows a filter of one amount column (and, optionally, the year) matches from the band counts kept at
/// import (<see cref="AmountBands"/>), exactly. The filter's operations compare the amount with a few values (its
/// bounds, or the items of <c>in</c>); between two amounts next to each other its answer can change only at one of
/// those values. So in a band inside which it does not change (<see cref="BandsOfValues"/>) every amount passes or none
/// does, and the band's least amount (its <see cref="AmountBandCount.Band"/>) decides for all of them: those bands are
/// summed, the operations built on the band column as on the rows'. Only in the bands inside which it changes are the
/// rows counted, through the amount's index. Null amounts have their own band row, which the operations judge as they judge a null amount.
/// </summary>
public static class AmountBandCounting
{
    /// <summary>Above this many bands holding a value (an <c>in</c> of many amounts), the rows are counted instead.</summary>
    public const int MaxBoundBands = 32;

    /// <summary>
    /// The bands inside which the operations' answer can change, or null when there are too many to count on bands. A
    /// bound at a band's edge changes nothing inside it: <c>gte</c>/<c>lt</c> (and their negations) change between the
    /// amount before the value and the value, so not inside a band the value is the least of (<c>gte: 100</c>, a round
    /// bound that many amounts equal, sums whole bands only); <c>gt</c>/<c>lte</c> change between the value and the
    /// next amount, so not inside a band the value is the greatest of; <c>eq</c>, <c>in</c> and their negations change on
    /// both sides, so inside any band of more than one amount.
    /// </summary>
    public static long[]? BandsOfValues(IDictionary<string, object?> operations, Func<string, object?, (string Operation, object? Value)> restate,
        Func<object, long> toStored)
    {
        var bands = new SortedSet<long>();
        foreach (var (given, givenValue) in operations)
        {
            var (operation, value) = restate(given, givenValue);
            IEnumerable values = value is IEnumerable list and not string ? list : new[] { value };
            foreach (var item in values)
            {
                if (item is null) continue;
                var stored = toStored(item);
                var band = AmountBands.BandOf(stored);
                var (least, greatest) = AmountBands.Range(band);
                var changesInside = operation switch
                {
                    "gte" or "ngte" or "lt" or "nlt" => stored != least,
                    "gt" or "ngt" or "lte" or "nlte" => stored != greatest,
                    _ => least != greatest,
                };
                if (changesInside) bands.Add(band);
            }
        }
        return bands.Count <= MaxBoundBands ? [.. bands] : null;
    }

    /// <summary>
    /// The band rows summed whole: <paramref name="column"/>'s (<see cref="AmountBandCount.Column"/>: the amount's, or its
    /// rows split by the fields <paramref name="beside"/> filters, <see cref="AmountBands.BandedColumn.SplitBy"/>) whose
    /// least amount passes the amount's operations (built on a member of type <c>long?</c>) and whose columns pass the
    /// terms <paramref name="beside"/> it — the year, the split columns', each judged on the column of its field's name,
    /// converted to the type of the field's member (<c>bool?</c> to a core mark's <c>bool</c>) — but the bands that hold
    /// one of the filter's values (<paramref name="boundBands"/>).
    /// </summary>
    public static IQueryable<AmountBandCount> WholeBands(BudgetDbContext db, string column,
        Func<Expression, object?, Expression> amountOperations, IDictionary<string, object?> amountArguments,
        IReadOnlyList<BesideTerm> beside, long[] boundBands)
    {
        var band = Expression.Parameter(typeof(AmountBandCount), "a");
        var least = Expression.Property(band, nameof(AmountBandCount.Band));
        var passes = amountOperations(least, amountArguments);
        foreach (var term in beside)
        {
            Expression member = Expression.Property(band, term.Column);
            if (member.Type != term.Member) member = Expression.Convert(member, term.Member);
            passes = Expression.AndAlso(passes, term.Operations(member, term.Arguments));
        }
        foreach (var bound in boundBands)
            passes = Expression.AndAlso(passes, Expression.NotEqual(least, Amount(bound)));
        FilterTerms.Check(passes);
        return db.AmountBandCounts.AsNoTracking().Where(a => a.Column == column).Where(Expression.Lambda<Func<AmountBandCount, bool>>(passes, band));
    }

    /// <summary>The <see cref="WholeBands"/> summed, and the rows of the bands that hold a value counted.</summary>
    /// <param name="amount">The amount's member on the rows.</param>
    /// <param name="rowsOfBands">The rows the whole filter matches, to count those in the bands that hold a value.</param>
    public static async Task<int> CountAsync<T>(IQueryable<AmountBandCount> wholeBands, long[] boundBands,
        Expression<Func<T, long?>> amount, Func<IQueryable<T>> rowsOfBands, CancellationToken cancellationToken)
    {
        var whole = await wholeBands.SumAsync(a => a.Count, cancellationToken);
        if (boundBands.Length == 0) return checked((int)whole);

        var row = amount.Parameters[0];
        Expression? inBands = null;
        foreach (var bound in boundBands)
        {
            var (from, to) = AmountBands.Range(bound);
            var part = Expression.AndAlso(
                Expression.GreaterThanOrEqual(amount.Body, Amount(from)), Expression.LessThanOrEqual(amount.Body, Amount(to)));
            inBands = inBands is null ? part : Expression.OrElse(inBands, part);
        }
        var counted = await rowsOfBands().Where(Expression.Lambda<Func<T, bool>>(inBands!, row)).CountAsync(cancellationToken);
        return checked((int)(whole + counted));
    }

    /// <summary>A term beside the amount: its field, the column of <see cref="AmountBandCount"/> it is judged on (the one
    /// named as the field's own column), the type of the field's member, its operations and their arguments.</summary>
    public sealed record BesideTerm(string Field, string Column, Type Member, Func<Expression, object?, Expression> Operations, object? Arguments);

    // A stored amount as a SQL parameter compared with a nullable amount column.
    private static Expression Amount(long stored) => Expression.Convert(QueryParameter<long>.Of(stored), typeof(long?));
}
