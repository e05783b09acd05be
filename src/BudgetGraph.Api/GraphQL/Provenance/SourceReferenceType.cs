using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Provenance;

/// <summary>Provenance of a row.</summary>
public sealed class SourceReferenceType : ObjectGraphType<SourceReference>
{
    public SourceReferenceType()
    {
        Name = "SourceReference";
        Description = "Where a figure comes from (数据来源): the disclosure file, the table and the line.";
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("File name of the disclosure (文件名).").Resolve(c => c.Source.FileName);
        Field<StringGraphType>("tableTitle").Description("Title of the table as printed (表名), e.g. 一般公共预算财政拨款支出预算表.").Resolve(c => c.Source.TableTitle);
        Field<StringGraphType>("tableNumber").Description("Table number as printed (表号), e.g. 表二.").Resolve(c => c.Source.TableNumber);
        Field<IntGraphType>("line").Description("1-based line in the file (行号).").Resolve(c => c.Source.Line);
    }
}
