using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>The imported disclosure file a budget comes from.</summary>
public sealed class SourceDocumentType : ObjectGraphType<SourceDocument>
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        Description = "The disclosure file (预算公开文件) a budget was imported from.";
        this.Column<SourceDocument, NonNullGraphType<StringGraphType>, string>("fileName", "File name (文件名), e.g. nanping-2024.txt.", d => d.FileName);
        this.Column<SourceDocument, NonNullGraphType<StringGraphType>, string>("sha256", "Lower-case hex SHA-256 of the file's bytes (文件摘要).", d => d.Sha256);
        this.Column<SourceDocument, NonNullGraphType<IntGraphType>, int>("lineCount", "Number of lines in the file (行数).", d => d.LineCount);
        this.Column<SourceDocument, NonNullGraphType<IntGraphType>, int>("loaderRevision",
            $"Which revision of the loader read the file (解析版本); this service's loader is revision {LoaderRevision.Current}. A lower " +
            "number means an older loader read it and its figures are served as that loader read them until the file is " +
            "imported again (0: imported before revisions were recorded).", d => d.LoaderRevision);
    }
}
