using BudgetGraph.Data.Import;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>What a rule looks at: the parsed disclosure and the headline totals the importer stores for it.</summary>
public sealed record ReconciliationInput(Disclosure Disclosure, BudgetTotals Totals);
