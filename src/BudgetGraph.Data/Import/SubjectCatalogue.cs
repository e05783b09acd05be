using BudgetGraph.Data.Entities;
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
/// </summary>
internal sealed class SubjectCatalogue(BudgetDbContext db, SubjectGlossary glossary)
{
    public async Task AddMissingAsync(Disclosure disclosure, CancellationToken cancellationToken)
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

        var codes = seen.Keys.Select(k => k.Item2).Distinct().ToList();
        var existing = (await db.Subjects.Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Classification, s.Code));

        foreach (var ((classification, code), name) in seen.OrderBy(s => s.Key.Item2, StringComparer.Ordinal))
        {
            if (existing.TryGetValue((classification, code), out var known))
            {
                // English names are reference data: a subject stored before the catalogue named it gets today's name.
                var english = glossary.EnglishName(classification, code);
                if (english is not null && known.EnglishName != english) known.EnglishName = english;
                continue;
            }
            db.Subjects.Add(new Subject
            {
                Classification = classification,
                Code = code,
                Name = name,
                EnglishName = glossary.EnglishName(classification, code),
                Level = SubjectCodes.LevelOf(code),
                ParentCode = SubjectCodes.ParentOf(code),
            });
        }
    }
}
