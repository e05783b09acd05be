namespace BudgetGraph.Data.Reference;

/// <summary>Where the English name of a classification code comes from (see Reference/README.md).</summary>
public enum EnglishNameSource
{
    /// <summary>Checked against a published English source (NBS indicator names, Xinhua translations of MOF budget reports, the Budget Law translation).</summary>
    Published,
    /// <summary>The best translation of the project's reference glossary (budget-anchors.md, marked B there): not found in a published source.</summary>
    Glossary,
    /// <summary>This project's own translation of the official Chinese name printed in the disclosures.</summary>
    Translation,
}
