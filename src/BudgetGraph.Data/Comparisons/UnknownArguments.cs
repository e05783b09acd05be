using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>Finds the values of an argument that name no entity of the database (unknown slugs, unknown codes, years without any budget).</summary>
public static class UnknownArguments
{
    /// <summary>The slugs of <paramref name="slugs"/> that no unit has, in the order given.</summary>
    public static async Task<IReadOnlyList<string>> UnitSlugsAsync(BudgetDbContext db, IReadOnlyList<string>? slugs,
        CancellationToken cancellationToken = default)
    {
        if (slugs is not { Count: > 0 }) return [];
        var distinct = slugs.Distinct().ToList();
        var known = await db.Units.AsNoTracking().Where(u => distinct.Contains(u.Slug)).Select(u => u.Slug)
            .ToListAsync(cancellationToken);
        return distinct.Except(known).ToList();
    }

    /// <summary>The codes of <paramref name="codes"/> that are in no subject catalogue entry of this classification.</summary>
    public static async Task<IReadOnlyList<string>> SubjectCodesAsync(BudgetDbContext db, IReadOnlyList<string>? codes,
        Entities.Classification classification, CancellationToken cancellationToken = default)
    {
        if (codes is not { Count: > 0 }) return [];
        var distinct = codes.Distinct().ToList();
        var known = await db.Subjects.AsNoTracking()
            .Where(s => s.Classification == classification && distinct.Contains(s.Code)).Select(s => s.Code)
            .ToListAsync(cancellationToken);
        return distinct.Except(known).ToList();
    }

    /// <summary>The years of <paramref name="years"/> for which no unit has a budget, in the order given.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(BudgetDbContext db, IReadOnlyList<int>? years,
        CancellationToken cancellationToken = default)
    {
        if (years is not { Count: > 0 }) return [];
        var distinct = years.Distinct().ToList();
        var known = await db.Budgets.AsNoTracking().Where(b => distinct.Contains(b.FiscalYear)).Select(b => b.FiscalYear)
            .Distinct().ToListAsync(cancellationToken);
        return distinct.Except(known).ToList();
    }
}
