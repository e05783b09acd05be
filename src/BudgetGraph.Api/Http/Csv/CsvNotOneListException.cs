namespace BudgetGraph.Api.Http.Csv;

/// <summary>The query's result is not one list, so it has no single table to write as CSV.</summary>
public sealed class CsvNotOneListException(string message) : Exception(message);
