using BudgetGraph.Api.GraphQL.Connections;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The keys of every row a filter matches, listed once (one read of the filter's index), in key order: their number is
/// the connection's <c>totalCount</c> and a page in key order is the rows of the keys in its window. Counting and then
/// reading the page apart reads that index twice when the matches are few (<see cref="Paging.FewMatches"/>), and, when
/// they are many, reads the table in key order until the page is full — every row before the first match: the 10,001
/// units of 南岸区 at 50,005 disclosures were imported after 30,000 others (39 ms; listed, 11 ms). Only for a table whose
/// matches are few enough to hold as a list (<c>units</c>: one row per publishing unit).
/// </summary>
/// <param name="matching">The filtered rows (their <c>Id</c> read).</param>
internal sealed class MatchList<T>(Func<IQueryable<T>> matching) where T : class
{
    private List<int>? _keys;

    /// <summary>Lists the matches' keys and returns how many there are.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        _keys = await matching().Select(e => EF.Property<int>(e, "Id")).ToListAsync(cancellationToken);
        // Sorted here: the database reads them in the filter's index order.
        _keys.Sort();
        return _keys.Count;
    }

    /// <summary>The rows of <paramref name="all"/> whose keys are in <paramref name="window"/> of the list (listed first by <see cref="CountAsync"/>).</summary>
    public IQueryable<T> Window(IQueryable<T> all, PageWindow window)
    {
        if (_keys is null) throw new InvalidOperationException("The matches are listed (CountAsync) before a window of them is read.");
        var keys = _keys.Skip(window.Offset).Take(window.Limit).ToArray();
        return all.Where(e => keys.Contains(EF.Property<int>(e, "Id")));
    }
}
