using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// Checks every narrative "比上年增加/减少" statement against the previous year's disclosure when the dataset holds
/// it, and records each disagreement as a finding on the later budget. Re-run after every import: it replaces its
/// own findings, so importing documents in any order gives the same result.
/// </summary>
public static class CrossYearReconciliation
{
    public const string Rule = "NARRATIVE_PRIOR_NE_PRIOR_DISCLOSURE";

    public static async Task<int> RecordFindingsAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DataQualityFindings.Where(f => f.Rule == Rule).ExecuteDeleteAsync(cancellationToken);
        // Only a budget that has a previous year's budget can disagree with it: the others are not loaded at all. A
        // corpus of one year per unit costs nothing here; 5,005 synthetic disclosures took 1.1-1.3 s before.
        var budgetIds = await PriorBudgets.HavingOne(db).Select(b => b.Id).ToListAsync(cancellationToken);
        var count = await RecordAsync(db, budgetIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Re-checks the budgets a newly imported budget touches — itself (against its prior year) and the same unit's
    /// next year (against it) — inside the import's own transaction, so the document and its cross-year findings
    /// commit together: a crash between them cannot lose the findings.
    /// </summary>
    public static async Task<int> RecordForImportedBudgetAsync(BudgetDbContext db, int unitId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var budgetIds = await db.Budgets.Where(b => b.UnitId == unitId && (b.FiscalYear == fiscalYear || b.FiscalYear == fiscalYear + 1))
            .Select(b => b.Id).ToListAsync(cancellationToken);
        await db.DataQualityFindings.Where(f => f.Rule == Rule && budgetIds.Contains(f.BudgetId)).ExecuteDeleteAsync(cancellationToken);
        return await RecordAsync(db, budgetIds, cancellationToken);
    }

    private static async Task<int> RecordAsync(BudgetDbContext db, List<int> budgetIds, CancellationToken cancellationToken)
    {
        var changes = await PriorYearChangeCalculator.ForBudgetsAsync(db, budgetIds, cancellationToken);
        var findings = changes.SelectMany(g => g)
            .Where(c => c is { Source: ComparisonSource.Narrative, AgreesWithDisclosure: false })
            .Select(c => new DataQualityFinding
            {
                BudgetId = c.BudgetId,
                Rule = Rule,
                Table = "narrative",
                Row = c.Label,
                SourceLine = c.SourceLine,
                Expected = c.DisclosedPriorAmount,
                Actual = c.PriorAmount,
                Message = $"The narrative implies a prior-year {c.Label} of {FixedPoint.FromStored(c.PriorAmount)} 万元 " +
                          $"(this year {FixedPoint.FromStored(c.CurrentAmount)} minus change {FixedPoint.FromStored(c.Change)}), " +
                          $"but the {c.ComparedYear} disclosure says {FixedPoint.FromStored(c.DisclosedPriorAmount)} 万元.",
            }).ToList();
        db.DataQualityFindings.AddRange(findings);
        await db.SaveChangesAsync(cancellationToken);
        return findings.Count;
    }
}
