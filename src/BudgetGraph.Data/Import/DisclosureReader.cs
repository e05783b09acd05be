using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Turns a file's bytes into a <see cref="Disclosure"/>; throws <see cref="BudgetGraph.Parsing.DisclosureParseException"/>
/// (file, line, reason) when it cannot. The importer takes it as a parameter so tests can feed hand-built disclosures.
/// </summary>
public delegate Disclosure DisclosureReader(string fileName, byte[] content);
