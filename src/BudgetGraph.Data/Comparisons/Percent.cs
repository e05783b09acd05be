namespace BudgetGraph.Data.Comparisons;

/// <summary>Percent change and share, computed exactly in decimal from stored fixed-point values.</summary>
public static class Percent
{
    /// <summary>change / prior × 100, rounded half away from zero to 2 decimals; null when prior is 0 or unknown.</summary>
    public static decimal? Of(long? part, long? whole)
    {
        if (part is not { } p || whole is not { } w || w == 0) return null;
        return Math.Round((decimal)p * 100m / w, 2, MidpointRounding.AwayFromZero);
    }
}
