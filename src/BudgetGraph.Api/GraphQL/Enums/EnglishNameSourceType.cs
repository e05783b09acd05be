using BudgetGraph.Data.Reference;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum EnglishNameSource</c>.</summary>
public sealed class EnglishNameSourceType() : DescribedEnumType<EnglishNameSource>("EnglishNameSource",
    "Where an English subject name (科目英文名) comes from. No official English codebook of the Chinese classification " +
    "exists; the Chinese name printed in the disclosure is authoritative. Sources: src/BudgetGraph.Data/Reference/README.md.",
    (EnglishNameSource.Published, "PUBLISHED",
        "Checked against a published English source: National Bureau of Statistics indicator names, Xinhua's English " +
        "versions of the Ministry of Finance budget reports, or the Budget Law's translation (Art. 27). Quote it as published."),
    (EnglishNameSource.Glossary, "GLOSSARY",
        "From the project's reference glossary of classification codes: a best translation there, not found in a " +
        "published source. Quote it as a translation."),
    (EnglishNameSource.Translation, "TRANSLATION",
        "This project's own translation of the official Chinese name printed in the disclosures. Quote it as a " +
        "translation (e.g. \"retired staff of government agencies (行政单位离退休)\")."));
