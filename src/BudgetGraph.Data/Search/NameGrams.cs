namespace BudgetGraph.Data.Search;

/// <summary>
/// The one definition of the grams of a name and of a search pattern, for the importer, the migration's backfill
/// (<see cref="NameGramSql"/>, which must derive the same rows; a test compares them) and the queries.
/// <para>
/// A gram is two <b>adjacent UTF-16 code units that are both CJK Unified Ideographs (U+4E00–U+9FFF)</b>, taken
/// verbatim: no case folding or normalisation is needed, because the index only pre-selects candidates and the
/// filter's own predicate (<c>instr</c>/<c>LIKE</c> on SQLite, <c>LIKE</c> under the column's collation on SQL Server)
/// still decides. What must hold is that every row the predicate matches has every gram of the pattern, i.e. that a
/// pattern's ideograph pair can only be matched by the same pair, adjacent, in the name:
/// </para>
/// <list type="bullet">
/// <item>SQLite compares binary (<c>instr</c>) or ASCII-case-insensitively (<c>LIKE</c>): an ideograph matches only
/// itself, so the pair occurs verbatim in the name.</item>
/// <item>An ideograph has no case, width or kana variant, so SQL Server's CI/AS collations match it only with itself too.
/// (Not covered: a collation that ignores a character standing between two ideographs of a stored name, e.g. a
/// zero-width space; the parser's names carry none.)</item>
/// <item>Surrogate pairs (ideographs of the supplementary planes, U+20000…) and lone surrogates are never part of a
/// gram, and they separate the ideographs around them on both sides (SQLite counts a supplementary character as
/// one character, C# and SQL Server as two code units: either way it is not a BMP ideograph), so they can neither
/// make nor split a gram. Letters, digits and punctuation make no grams either: a pattern without two adjacent
/// ideographs (e.g. "满", "GDP", "2024") has no gram and is answered by the predicate alone (a scan, as before).</item>
/// </list>
/// <para>
/// <b>One-character searches scan.</b> Unigrams would about double the table (every ideograph of every name once more)
/// to serve a kind of search that selects little anyway: one character (率, 费, 街) is in a large share of the names,
/// so its list of ids is long and checking each id costs about what the scan costs. Journalists' terms are words of
/// two or more characters (满意, 南坪, 经费), which is where the index pays.
/// </para>
/// </summary>
public static class NameGrams
{
    public const char FirstIdeograph = '\u4E00';
    public const char LastIdeograph = '\u9FFF';

    /// <summary>Whether the code unit can be part of a gram (a CJK Unified Ideograph of the BMP).</summary>
    public static bool IsGramChar(char c) => c is >= FirstIdeograph and <= LastIdeograph;

    /// <summary>The distinct grams of <paramref name="text"/>, in order of first occurrence (none for null or short text).</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        List<string>? grams = null;
        foreach (var (first, second) in Pairs(text))
        {
            var gram = string.Create(2, (first, second), static (span, pair) => (span[0], span[1]) = pair);
            grams ??= [];
            if (!grams.Contains(gram, StringComparer.Ordinal)) grams.Add(gram);
        }
        return grams ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// Every gram of <paramref name="text"/> as its two code units, in order, repeats included — the rule itself, without
    /// a string per gram (<see cref="Of"/> is its distinct list; a bulk load packs them into sortable keys).
    /// </summary>
    public static NameGramPairEnumerator Pairs(string? text) => new(text);

    /// <summary>
    /// The start of a name: its first two code units (null when shorter), whose one gram, when both are ideographs, is
    /// the name's start gram (<see cref="Entities.NameGramKind.UnitOfficialNameStart"/>): a name starts with a pattern of
    /// exactly one gram if and only if its start gram is that gram. SQL: <c>substr(name, 1, 2)</c> (SQLite counts a
    /// supplementary character as one, which is never an ideograph of the BMP: no gram either way), <c>SUBSTRING</c>.
    /// </summary>
    public static string? Start(string? name) => name is { Length: >= 2 } ? name[..2] : null;

    /// <summary>
    /// Whether rows of <paramref name="kind"/> index a unit's names (1, 2, 5 and 6): they carry the unit's slug
    /// (<see cref="Entities.NameGram.Slug"/>; SQL: <c>"Kind" IN (1, 2, 5, 6)</c>).
    /// </summary>
    public static bool IsUnitKind(Entities.NameGramKind kind) => kind is Entities.NameGramKind.UnitOfficialName
        or Entities.NameGramKind.UnitShortName or Entities.NameGramKind.UnitOfficialNameStart or Entities.NameGramKind.UnitShortNameStart;

    /// <summary>
    /// Whether rows of <paramref name="kind"/> carry a number of their row (<see cref="Entities.NameGram.Value"/>): a
    /// project name's its fiscal year (3), an indicator name's its numeric target (4; SQL: <c>"Kind" IN (3, 4)</c>).
    /// </summary>
    public static bool CarriesValue(Entities.NameGramKind kind) =>
        kind is Entities.NameGramKind.ProjectName or Entities.NameGramKind.IndicatorName;

    /// <summary>
    /// The grams every name that contains (or starts with) <paramref name="pattern"/> has: the same rule as for names.
    /// Empty when the index cannot help (fewer than two adjacent ideographs): the caller then filters by the predicate alone.
    /// </summary>
    public static IReadOnlyList<string> OfPattern(string? pattern) => Of(pattern);
}
