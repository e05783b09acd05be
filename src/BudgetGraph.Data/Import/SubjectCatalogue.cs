using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps the <see cref="Subject"/> catalogue complete: every functional and economic code a disclosure prints is
/// added once, with the name as first published, its level and parent (<see cref="SubjectCodes"/>: the parser's one
/// rule of codes), and the English name of the glossary (refreshed from the glossary whenever a disclosure printing the
/// code is imported).
/// Subjects are shared by all budgets and are never deleted when a budget is replaced.
/// They are looked up in <paramref name="known"/> when the caller holds every stored subject (a run of many documents),
/// else queried; new subjects go in through the bulk writer, and only a changed English name through the change tracker.
/// </summary>
internal sealed class SubjectCatalogue(BudgetDbContext db, SubjectGlossary glossary, Dictionary<(Classification, string), Subject>? known = null)
{
    public async Task AddMissingAsync(Disclosure disclosure, BulkGraphWriter writer, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<(Classification, string), string>();
        void See(Classification classification, string code, string name)
        {
            if (code.Length > 0) seen.TryAdd((classification, code), name);
        }

        foreach (var table in disclosure.FunctionalTables)
            foreach (var row in table.Rows) See(Classification.Functional, row.Code, row.Name);
        foreach (var row in disclosure.IncomeTable?.Rows ?? []) See(Classification.Functional, row.Code, row.Name);
        foreach (var row in disclosure.EconomicTable?.Rows ?? []) See(Classification.Economic, row.Code, row.Name);
        if (seen.Count == 0) return;

        var existing = known;
        if (existing is null)
        {
            var codes = seen.Keys.Select(k => k.Item2).Distinct().ToList();
            existing = (await db.Subjects.AsNoTracking().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken))
                .ToDictionary(s => (s.Classification, s.Code));
        }

        var added = new List<object>();
        foreach (var ((classification, code), name) in seen.OrderBy(s => s.Key.Item2, StringComparer.Ordinal))
        {
            if (existing.TryGetValue((classification, code), out var stored))
            {
                // English names are reference data: a subject stored before the catalogue named it gets today's name.
                var english = glossary.EnglishName(classification, code);
                if (english is not null && stored.EnglishName != english)
                {
                    db.Subjects.Attach(stored);
                    stored.EnglishName = english;
                }
                continue;
            }
            added.Add(new Subject
            {
                Classification = classification,
                Code = code,
                Name = name,
                EnglishName = glossary.EnglishName(classification, code),
                Level = SubjectCodes.LevelOf(code),
                ParentCode = SubjectCodes.ParentOf(code),
            });
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        if (added.Count == 0) return;
        await writer.InsertAsync(added, cancellationToken);
        if (known is not null)
            foreach (Subject subject in added) known[(subject.Classification, subject.Code)] = subject;
    }

    /// <summary>Every stored subject (untracked), for a run that catalogues many documents' codes.</summary>
    public static async Task<Dictionary<(Classification, string), Subject>> LoadAllAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Subjects.AsNoTracking().ToDictionaryAsync(s => (s.Classification, s.Code), cancellationToken);
}
