using BudgetGraph.Data.Import;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>What a rule looks at: the parsed disclosure and the headline totals the importer stores for it.</summary>
public sealed record ReconciliationInput(Disclosure Disclosure, BudgetTotals Totals)
{
    private IReadOnlyList<SubjectTableView>? _subjectTables;

    /// <summary>The disclosure's subject tables as the arithmetic rules see them (<see cref="SubjectTableView.All"/>), built once for all of them.</summary>
    internal IReadOnlyList<SubjectTableView> SubjectTables => _subjectTables ??= SubjectTableView.All(Disclosure).ToList();
}
