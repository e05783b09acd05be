namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many rows of <see cref="NameGram"/> one gram of one kind has that carry one number (<see cref="NameGram.Value"/>,
/// an indicator's target, a card's year): kept with the gram rows like <see cref="NameGramCount"/>, so that a one-gram
/// <c>contains</c> with a condition on the carried number (e.g. indicators named with 满意 whose target is under 90, cards
/// named with 经费 of 2024) is counted by summing the few distinct numbers of that gram — 7 for 满意, at 5 disclosures as
/// at 10,005 — instead of reading every gram row under the condition (30,030 at 5,005 disclosures). Rows carrying no number have no row here; a count reaching 0 loses
/// its row.
/// </summary>
public class NameGramValueCount
{
    public NameGramKind Kind { get; set; }
    /// <summary>Two adjacent CJK ideographs (U+4E00–U+9FFF), as in <see cref="NameGram.Gram"/>.</summary>
    public string Gram { get; set; } = "";
    /// <summary>
    /// The number the gram rows carry, as stored (<see cref="FixedPoint"/>); never null here. Typed as nullable so that the
    /// filters built for <see cref="NameGram.Value"/> apply to it unchanged.
    /// </summary>
    public long? Value { get; set; }
    /// <summary>The number of gram rows of this kind and gram carrying <see cref="Value"/>.</summary>
    public int Count { get; set; }
}
