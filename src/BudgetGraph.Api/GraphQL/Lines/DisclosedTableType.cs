using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A table of a disclosure (provenance of every imported row).</summary>
public sealed class DisclosedTableType : ObjectGraphType<DisclosedTable>
{
    public DisclosedTableType()
    {
        Name = "DisclosedTable";
        Description = "A table of the disclosure (公开表格): title, number, lines, and whether it was only partly preserved.";
        this.Column<DisclosedTable, NonNullGraphType<TableKindType>, TableKind>("kind", "What kind of table (表格类型).", t => t.Kind);
        this.Column<DisclosedTable, NonNullGraphType<StringGraphType>, string>("title", "Title as printed (表名).", t => t.Title);
        this.Column<DisclosedTable, StringGraphType, string?>("number", "Table number as printed (表号), e.g. 表二.", t => t.TableNumber);
        this.Column<DisclosedTable, NonNullGraphType<IntGraphType>, int>("startLine", "First line in the file (起始行).", t => t.StartLine);
        this.Column<DisclosedTable, NonNullGraphType<IntGraphType>, int>("endLine", "Last line in the file (结束行).", t => t.EndLine);
        this.Column<DisclosedTable, NonNullGraphType<IntGraphType>, int>("rowCount", "Number of data rows (行数).", t => t.RowCount);
        this.Column<DisclosedTable, NonNullGraphType<BooleanGraphType>, bool>("isPartial", "Whether only part of the table survived (是否残缺).", t => t.IsPartial);
        this.Column<DisclosedTable, StringGraphType, string?>("remark", "Remark under the table, e.g. a no-data note (备注).", t => t.Remark);
        this.Column<DisclosedTable, StringGraphType, string?>("printedUnit",
            "The unit of measure the table prints (单位), e.g. 元, 万元 or 千元; null when it prints none (Budget.parserNotes then states "
            + "the unit assumed). Every amount the API serves is in 万元, converted exactly from this unit.", t => t.PrintedUnit);
    }
}
