using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// A unit of measure a table states for its amounts, where and as printed: a label ("单位：万元", line 113) or a header
/// cell ("总计（元）", line 116).
/// </summary>
internal sealed record UnitStatement(MoneyUnit Unit, string Text, int Line)
{
    /// <summary>
    /// The unit <paramref name="cell"/> states: a label ("单位：万元", <see cref="MoneyUnit.FromLabel"/>), or, where header
    /// cells count (<paramref name="orHeaderCell"/>), a bracketed unit ("总计（元）", <see cref="MoneyUnit.FromHeaderCell"/>).
    /// </summary>
    public static UnitStatement? In(string cell, int line, bool orHeaderCell) =>
        (MoneyUnit.FromLabel(cell) ?? (orHeaderCell ? MoneyUnit.FromHeaderCell(cell) : null)) is { } unit ? new(unit, cell.Trim(), line) : null;

    /// <summary>
    /// The unit the statements agree on (null when there are none); a table stating two different units is refused,
    /// naming both (at the second one's line): nothing in the text says which one its figures are in, and reading them in
    /// either could be 10⁴ wrong without a warning.
    /// </summary>
    public static UnitStatement? Agreed(IEnumerable<UnitStatement> statements, string title, Func<int, string, DisclosureParseException> fail)
    {
        UnitStatement? first = null;
        foreach (var statement in statements)
        {
            first ??= statement;
            if (statement.Unit != first.Unit)
                throw fail(statement.Line,
                    $"'{title}' prints two different units of measure: '{first.Text}' (line {first.Line}) prints {first.Unit}, "
                    + $"'{statement.Text}' (line {statement.Line}) prints {statement.Unit}; which one its amounts are in cannot be known.");
        }
        return first;
    }
}
