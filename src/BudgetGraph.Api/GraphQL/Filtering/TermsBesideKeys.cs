namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// What a filter holds at its top level beside its nested objects tested through key columns of the row's own
/// (<see cref="FilterSpec{T}.TermsBesideKeysOf"/>): it decides which index SQLite reads a page through the keys from.
/// </summary>
public enum TermsBesideKeys
{
    /// <summary>Nothing else: the key's own index answers the filter.</summary>
    None,

    /// <summary>Columns that an index holds right after every such key (a year: <c>UnitId, FiscalYear</c>).</summary>
    IndexedAfterKeys,

    /// <summary>Any other term (a core mark, an operator, an <c>or</c>): SQLite may read that term's own index instead.</summary>
    Other,
}
