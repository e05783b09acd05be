namespace BudgetGraph.Parsing.Model;

/// <summary>Groups of <see cref="TableKind"/>.</summary>
public static class TableKinds
{
    /// <summary>The performance tables (整体 and project cards), read by the performance parser.</summary>
    public static bool IsPerformance(this TableKind kind) => kind is TableKind.OverallPerformance or TableKind.ProjectPerformance;
}
