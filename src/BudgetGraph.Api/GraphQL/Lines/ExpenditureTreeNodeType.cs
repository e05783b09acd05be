using BudgetGraph.Api.GraphQL.Subjects;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Data.Entities;
using GraphQL.Types;
using static BudgetGraph.Data.Entities.FixedPoint;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A node of the functional subject tree.</summary>
public sealed class ExpenditureTreeNodeType : ObjectGraphType<SubjectTreeNode<ExpenditureLine>>
{
    public ExpenditureTreeNodeType()
    {
        Name = "ExpenditureTreeNode";
        Description = "A functional subject (功能分类科目) with the subjects one level below it (类 → 款 → 项).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Subject code (科目编码).").Resolve(c => c.Source.Line.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Subject name (科目名称).").Resolve(c => c.Source.Line.Name);
        this.AddEnglishNameFields(Classification.Functional, n => n.Line.Code);
        Field<NonNullGraphType<SubjectLevelType>>("level").Description("Level (科目级次).").Resolve(c => c.Source.Line.Level);
        Field<DecimalGraphType>("total").Description("Total (合计). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Total));
        Field<DecimalGraphType>("basic").Description("Basic expenditure (基本支出). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Basic));
        Field<DecimalGraphType>("project").Description("Project expenditure (项目支出). Unit: 万元 (ten thousand yuan).").Resolve(c => FromStored(c.Source.Line.Project));
        Field<NonNullGraphType<IntGraphType>>("line").Description("1-based line in the source file (行号).").Resolve(c => c.Source.Line.SourceLine);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpenditureTreeNodeType>>>>("children")
            .Description("Subjects one level below (下级科目), in document order.").Resolve(c => c.Source.Children);
    }
}
