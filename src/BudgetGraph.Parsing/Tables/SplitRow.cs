namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// A subject row as <see cref="SplitPlacement"/> sees it: code (empty for the 合计 row), line, total and its two split
/// columns (基本支出/项目支出 or 人员经费/公用经费), in 万元. <see cref="Lone"/> is the one split figure of a row whose
/// column could not be told from the print (null for a row read by position).
/// </summary>
internal sealed record SplitRow(string Code, int Line, decimal? Total, decimal? First, decimal? Second, decimal? Lone);
