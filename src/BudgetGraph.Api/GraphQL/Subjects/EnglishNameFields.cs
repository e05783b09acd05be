using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reference;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>
/// The <c>nameEn</c> and <c>nameEnSource</c> fields every type with a subject code carries, resolved from the shipped
/// subject catalogue (reference data, not stored rows) so that lines, tree nodes and comparison rows agree.
/// </summary>
public static class EnglishNameFields
{
    /// <param name="reads">Entity columns the code is read from (for projection), none for non-entity sources.</param>
    public static void AddEnglishNameFields<TSource>(this ObjectGraphType<TSource> type, Classification classification,
        Func<TSource, string> code, params string[] reads)
    {
        var example = classification == Classification.Functional
            ? "2080501 → Retired staff of government agencies"
            : "30101 → Basic salaries";
        var nameEn = type.Field<StringGraphType>("nameEn")
            .Description("English name of the subject (科目英文名) from the reference catalogue " +
                         "(src/BudgetGraph.Data/Reference/subjects.json), e.g. " + example + "; " +
                         "null when the code is not in it. A translation for presentation: `name`, as printed, is authoritative; " +
                         "`nameEnSource` says where the English comes from.")
            .Resolve(c => SubjectGlossary.Shipped.EnglishName(classification, code(c.Source)));
        var source = type.Field<EnglishNameSourceType>("nameEnSource")
            .Description("Where `nameEn` comes from (published English source, reference glossary or our translation of " +
                         "the printed Chinese name); null when `nameEn` is null.")
            .Resolve(c => SubjectGlossary.Shipped.EnglishNameSourceOf(classification, code(c.Source)));
        if (reads.Length > 0)
        {
            nameEn.Reads(reads);
            source.Reads(reads);
        }
    }
}
