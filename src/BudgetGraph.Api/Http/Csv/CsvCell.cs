namespace BudgetGraph.Api.Http.Csv;

/// <summary>One CSV field: its exact text (numbers as the JSON answer prints them, never through floating point) and whether it is a number.</summary>
public readonly record struct CsvCell(string? Text, bool IsNumber)
{
    public static readonly CsvCell Empty = new(null, false);
}
