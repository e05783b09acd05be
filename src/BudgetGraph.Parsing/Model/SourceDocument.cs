namespace BudgetGraph.Parsing.Model;

/// <summary>The file a disclosure was read from: its name, the SHA-256 of its bytes, the encoding it was decoded with.</summary>
public sealed record SourceDocument(string FileName, string Sha256, string EncodingName, int LineCount);
