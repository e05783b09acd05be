namespace BudgetGraph.Data.Entities;

/// <summary>
/// One bigram of one searchable name (<see cref="NameGramKind"/>): the n-gram index that pre-selects the rows a
/// <c>contains</c>/<c>startsWith</c> filter can match (<see cref="Search.NameSearch"/>). Key (Kind, Gram, EntityId):
/// a SQLite WITHOUT ROWID table / SQL Server clustered primary key, so the ids having a gram are one key range.
/// Written and deleted with the rows they describe (<see cref="Import.NameGramWriter"/>); grams come from
/// <see cref="Search.NameGrams"/> only.
/// </summary>
public class NameGram
{
    public NameGramKind Kind { get; set; }
    /// <summary>Two adjacent CJK ideographs (U+4E00–U+9FFF) of the name, e.g. 满意.</summary>
    public string Gram { get; set; } = "";
    /// <summary>The id of the unit, project or indicator (no foreign key: one table serves several entities).</summary>
    public int EntityId { get; set; }
    /// <summary>
    /// The number of the named row that filters combine with its name, carried so that both are answered from the gram
    /// index alone (<c>IX_NameGrams_Kind_Gram_Value</c>): an indicator's <see cref="Indicator.NumericTarget"/>, a card's
    /// <see cref="Project.FiscalYear"/> (<see cref="Search.NameGrams.CarriesValue"/>); null for the other kinds. Written
    /// with the gram (<see cref="Import.NameGramWriter"/>), never changed after (a card's year is its budget's).
    /// </summary>
    public long? Value { get; set; }
    /// <summary>
    /// The unit's slug, on the grams of a unit's names (kinds 1, 2, 5 and 6); null for the other kinds. Carried so that
    /// the units having a gram are one range of <c>IX_NameGrams_Kind_Gram_Slug</c> in slug order too: a page of a name
    /// filter sorted by slug reads as many gram rows as it shows, however many units match. Written with the gram
    /// (<see cref="Import.NameGramWriter"/>); a unit's slug is its identity and never changes.
    /// </summary>
    public string? Slug { get; set; }
}
