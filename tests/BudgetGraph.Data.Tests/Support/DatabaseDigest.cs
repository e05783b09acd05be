using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>
/// Everything an import stored, as sorted text lines without database ids, so two imports (SQLite vs SQL Server,
/// UTF-8 vs GB18030) can be compared line by line. Source documents are described separately (file, SHA, encoding
/// differ on purpose between copies).
/// </summary>
public static class DatabaseDigest
{
    public static async Task<IReadOnlyList<string>> CreateAsync(BudgetDbContext db)
    {
        var lines = new List<string>();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Slug);
        var budgets = await db.Budgets.ToListAsync();
        var keys = budgets.ToDictionary(b => b.Id, b => $"{units[b.UnitId]}/{b.FiscalYear}");
        string Key(int budgetId) => keys[budgetId];
        static string S(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "∅";

        lines.AddRange(await db.Units.Select(u => $"unit {u.Slug} {u.OfficialName} {u.ShortName} {u.EnglishName} {u.DistrictName} {u.DistrictEnglishName} {u.UnitCode} {u.ContactLine}").ToListAsync());
        lines.AddRange(budgets.Select(b => $"budget {Key(b.Id)} inc={S(b.IncomeTotal)} exp={S(b.ExpenditureTotal)} basic={S(b.BasicExpenditure)} proj={S(b.ProjectExpenditure)} gpb={S(b.GeneralPublicBudgetIncome)} fund={S(b.GovernmentFundIncome)} cap={S(b.StateCapitalIncome)} carry={S(b.CarryOver)}/{S(b.CarryForward)} proc={S(b.ProcurementTotal)} perf={S(b.PerformanceBudget)} goal={b.OverallGoal}"));
        lines.AddRange((await db.DisclosedTables.ToListAsync()).Select(t => $"table {Key(t.BudgetId)} {t.Kind} {t.TableNumber} {t.Title} {t.StartLine}-{t.EndLine} rows={t.RowCount} partial={t.IsPartial} {t.Remark}"));
        lines.AddRange((await db.ExpenditureLines.ToListAsync()).Select(l => $"exp {Key(l.BudgetId)} {l.TableKind} {l.Code} {l.Name} {l.Level} {l.ParentCode} {S(l.Total)} {S(l.Basic)} {S(l.Project)} {units[l.UnitId]}/{l.FiscalYear} @{l.SourceLine}"));
        lines.AddRange((await db.ExpenditureLevelTotals.ToListAsync()).Select(t => $"levels {Key(t.BudgetId)} {t.TableKind} {t.Level} {units[t.UnitId]}/{t.FiscalYear} sum={t.Sum} n={t.Count} min={S(t.Min)} max={S(t.Max)}"));
        lines.AddRange((await db.ExpenditureDistrictTotals.ToListAsync()).Select(t => $"districts {t.DistrictName} {t.TableKind} {t.Level} sum={t.Sum} n={t.Count} min={S(t.Min)} max={S(t.Max)} units={t.Units}"));
        lines.AddRange((await db.ExpenditureUnitTotals.ToListAsync()).Select(t => $"units {units[t.UnitId]} {t.Slug} {t.TableKind} {t.Level} sum={t.Sum} n={t.Count} min={S(t.Min)} max={S(t.Max)}"));
        lines.AddRange((await db.ExpenditureYearTotals.ToListAsync()).Select(t => $"years {t.FiscalYear} {t.TableKind} {t.Level} sum={t.Sum} n={t.Count} min={S(t.Min)} max={S(t.Max)}"));
        lines.AddRange((await db.NameGramCounts.ToListAsync()).Select(c => $"gramcount {c.Kind} {c.Gram} {c.Count}"));
        lines.AddRange((await db.NameGramValueCounts.ToListAsync()).Select(c => $"gramvalue {c.Kind} {c.Gram} {c.Value} {c.Count}"));
        lines.AddRange((await db.ExpenditureSubjectTotals.ToListAsync()).Select(t => $"subjects {t.TableKind} {t.Level} {t.Code} {t.Label} sum={t.Sum} n={t.Count} min={S(t.Min)} max={S(t.Max)}"));
        lines.AddRange((await db.ExpenditureTotalValues.ToListAsync()).Select(t => $"values {t.TableKind} {t.Level} {t.Code} {t.FiscalYear} {t.Value} n={t.LineCount}"));
        lines.AddRange((await db.IndicatorFacetCounts.Where(f => f.Count != 0).ToListAsync()).Select(f => $"facets {f.FiscalYear} {f.Level1}/{f.Level2} {f.Operator} core={S(f.IsCore)} w={S(f.Weight)} {f.ProjectCategory} u={f.UnitOfMeasure} t={S(f.NumericTarget)}/{f.TextTarget} n={f.Count}"));
        lines.AddRange((await db.ProjectFacetCounts.Where(f => f.Count != 0).ToListAsync()).Select(f => $"cardfacets {f.FiscalYear} {f.Category} core={f.HasCoreIndicator} {f.DistrictName} n={f.Count}"));
        lines.AddRange((await db.EconomicLines.ToListAsync()).Select(l => $"eco {Key(l.BudgetId)} {l.Code} {l.Name} {S(l.Total)} {S(l.Personnel)} {S(l.Public)} @{l.SourceLine}"));
        lines.AddRange((await db.IncomeLines.ToListAsync()).Select(l => $"inc {Key(l.BudgetId)} {l.Code} {l.Name} {S(l.Total)} {S(l.GeneralPublicBudget)} {S(l.OtherSources)} {S(l.CarryOver)} @{l.SourceLine}"));
        lines.AddRange((await db.SummaryLines.ToListAsync()).Select(l => $"sum {Key(l.BudgetId)} {l.TableKind} {l.Side} {l.Role} {l.Label} {S(l.Amount)} {S(l.GeneralPublicBudget)} @{l.SourceLine}"));
        lines.AddRange((await db.ThreePublicCosts.ToListAsync()).Select(t => $"3pc {Key(t.BudgetId)} {S(t.Total)} {S(t.OverseasTravel)} {S(t.VehicleSubtotal)} {S(t.VehiclePurchase)} {S(t.VehicleOperation)} {S(t.OfficialReception)} @{t.SourceLine}"));
        lines.AddRange((await db.ProcurementLines.ToListAsync()).Select(l => $"proc {Key(l.BudgetId)} {l.Code} {l.Name} {S(l.Total)} @{l.SourceLine}"));
        lines.AddRange((await db.NarrativeStatements.ToListAsync()).Select(n => $"narr {Key(n.BudgetId)} {n.Metric} {n.Label} {S(n.Amount)} {n.Direction} {S(n.Change)} {n.Reason} @{n.SourceLine}"));
        var projects = await db.Projects.ToListAsync();
        var projectKeys = projects.ToDictionary(p => p.Id, p => $"{Key(p.BudgetId)}#{p.Ordinal}");
        lines.AddRange(projects.Select(p => $"proj {projectKeys[p.Id]} {p.Name} {p.Code} {p.Category} {S(p.Amount)} core={p.HasCoreIndicator} {units[p.UnitId]}/{p.FiscalYear} @{p.SourceLine}"));
        lines.AddRange((await db.ProjectFundingSplits.ToListAsync()).Select(s => $"split {projectKeys[s.ProjectId]} {s.Label} {S(s.Amount)} @{s.SourceLine}"));
        lines.AddRange((await db.Indicators.ToListAsync()).Select(i => $"ind {(i.ProjectId is { } p ? projectKeys[p] : Key(i.BudgetId))}#{i.Ordinal} {i.Name} {i.Level1}/{i.Level2}/{i.Level3} {i.Operator} {S(i.NumericTarget)} {i.TextTarget} {i.UnitOfMeasure} w={S(i.Weight)} core={S(i.IsCore)} @{i.SourceLine}"));
        lines.AddRange((await db.DataQualityFindings.ToListAsync()).Select(f => $"finding {Key(f.BudgetId)} {f.Rule} {f.Table} {f.Row} {S(f.Expected)} {S(f.Actual)} @{S(f.SourceLine)} {f.Message}"));
        var tableKeys = await db.DisclosedTables.ToDictionaryAsync(t => t.Id, t => $"{t.Kind}@{t.StartLine}");
        lines.AddRange((await db.TableTotals.ToListAsync()).Select(t => $"total {Key(t.BudgetId)} {tableKeys[t.TableId]} {t.Column} {S(t.Amount)} @{t.SourceLine}"));
        lines.AddRange(await db.Subjects.Select(s => $"subject {s.Classification} {s.Code} {s.Name} {s.EnglishName} {s.Level} {s.ParentCode}").ToListAsync());
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
