namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A subject line with the lines one level below it (类 → 款 → 项).</summary>
public sealed record SubjectTreeNode<TLine>(TLine Line, IReadOnlyList<SubjectTreeNode<TLine>> Children);
