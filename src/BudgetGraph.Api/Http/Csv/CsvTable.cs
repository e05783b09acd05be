namespace BudgetGraph.Api.Http.Csv;

/// <summary>
/// A query's list flattened for CSV: column names (dotted paths such as <c>unit.shortName</c>) and one row of cells
/// per list element. A cell keeps whether it came from a JSON number, so numbers are never escaped as text.
/// </summary>
/// <param name="Name">Where the list was found, e.g. <c>compare</c> or <c>budget.expenditureLines</c> (used for the file name).</param>
public sealed record CsvTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<CsvCell>> Rows);
