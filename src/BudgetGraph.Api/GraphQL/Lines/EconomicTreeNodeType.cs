using BudgetGraph.Api.GraphQL.Subjects;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Data.Entities;
using GraphQL.Types;
using static BudgetGraph.Data.Entities.FixedPoint;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A node of the economic subject tree.</summary>
public sealed class EconomicTreeNodeType : ObjectGraphType<SubjectTreeNode<EconomicLine>>
{
    public EconomicTreeNodeType()
    {
        Name = "EconomicTreeNode";
        Description = "An economic subject (经济分类科目) with the subjects one level below it (类 → 款).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Subject code (科目编码).").Resolve(c => c.Source.Line.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Subject name (科目名称).").Resolve(c => c.Source.Line.Name);
        this.AddEnglishNameFields(Classification.Economic, n => n.Line.Code);
        Field<NonNullGraphType<SubjectLevelType>>("level").Description("Level (科目级次).").Resolve(c => c.Source.Line.Level);
        Field<DecimalGraphType>("total").Description("Total (合计). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Total));
        Field<DecimalGraphType>("personnel").Description("Personnel expenses (人员经费). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Personnel));
        Field<DecimalGraphType>("public").Description("Public operating expenses (日常公用经费). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Public));
        Field<NonNullGraphType<IntGraphType>>("line").Description("1-based line in the source file (行号).").Resolve(c => c.Source.Line.SourceLine);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EconomicTreeNodeType>>>>("children")
            .Description("Subjects one level below (下级科目), in document order.").Resolve(c => c.Source.Children);
    }
}
