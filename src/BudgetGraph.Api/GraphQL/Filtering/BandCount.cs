namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// A filter's count read from the amount bands kept at import (<see cref="FilterSpec{T}.CountOnBands"/>), and the rows of
/// the whole table from the same bands: how many of the table's rows the matches are tells a page in key order whether
/// to seek their first key (<c>EntityQueries</c>).
/// </summary>
/// <param name="Count">The rows the filter matches, exactly.</param>
/// <param name="Rows">Every row of the table the filter reads.</param>
public sealed record BandCount(Func<CancellationToken, Task<int>> Count, Func<CancellationToken, Task<long>> Rows);
