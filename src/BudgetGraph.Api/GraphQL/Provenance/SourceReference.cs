namespace BudgetGraph.Api.GraphQL.Provenance;

/// <summary>Where a row comes from: the document, the table (when the row belongs to one) and the line.</summary>
public sealed record SourceReference(string FileName, string? TableTitle, string? TableNumber, int? Line);
