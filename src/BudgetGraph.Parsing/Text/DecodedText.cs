namespace BudgetGraph.Parsing.Text;

/// <summary>The text of a disclosure file and the name of the encoding it was decoded with ("UTF-8" or "GB18030").</summary>
public sealed record DecodedText(string Text, string EncodingName);
