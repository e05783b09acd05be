using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Completeness;

/// <summary><c>enum AnnouncementSource</c>.</summary>
public sealed class AnnouncementSourceType() : DescribedEnumType<AnnouncementSource>("AnnouncementSource",
    "Where the disclosure announces a table (表格目录来源).",
    (AnnouncementSource.Contents, "CONTENTS", "An entry of the 目录 (table of contents)."),
    (AnnouncementSource.Numbering, "NUMBERING", "The 表N numbering: a printed table number, or one skipped between two printed numbers (表一 … 表三 announces 表二)."),
    (AnnouncementSource.Explanation, "EXPLANATION", "A table named in the 说明 text, e.g. 《政府采购预算明细表》."));
