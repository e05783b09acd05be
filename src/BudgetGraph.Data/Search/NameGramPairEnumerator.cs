namespace BudgetGraph.Data.Search;

/// <summary>
/// The grams of one text as pairs of code units (<see cref="NameGrams.Pairs"/>): a struct, so enumerating allocates
/// nothing. The rule is <see cref="NameGrams.IsGramChar"/> on both of two adjacent code units.
/// </summary>
public struct NameGramPairEnumerator(string? text)
{
    private int _next;

    /// <summary>The current gram's two code units.</summary>
    public (char First, char Second) Current { get; private set; }

    public readonly NameGramPairEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (text is null) return false;
        while (_next + 1 < text.Length)
        {
            var (first, second) = (text[_next], text[_next + 1]);
            _next++;
            if (!NameGrams.IsGramChar(first) || !NameGrams.IsGramChar(second)) continue;
            Current = (first, second);
            return true;
        }
        return false;
    }
}
