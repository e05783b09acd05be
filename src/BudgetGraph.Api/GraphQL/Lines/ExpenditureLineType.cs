using BudgetGraph.Api.GraphQL.Subjects;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A functional subject row (功能分类科目) of an expenditure table.</summary>
public sealed class ExpenditureLineType : ObjectGraphType<ExpenditureLine>
{
    public ExpenditureLineType()
    {
        Name = "ExpenditureLine";
        Description = "A functional subject row (功能分类科目 类/款/项) of an expenditure table, as published.";
        this.Column<ExpenditureLine, NonNullGraphType<StringGraphType>, string>("code", "Subject code (科目编码), e.g. 2120501.", l => l.Code);
        this.Column<ExpenditureLine, NonNullGraphType<StringGraphType>, string>("name", "Subject name (科目名称), e.g. 城乡社区环境卫生.", l => l.Name);
        this.AddEnglishNameFields(Classification.Functional, l => l.Code, "Code");
        this.Column<ExpenditureLine, NonNullGraphType<SubjectLevelType>, SubjectLevel>("level", "Level (科目级次): 类/款/项.", l => l.Level);
        this.Column<ExpenditureLine, StringGraphType, string?>("parentCode", "Parent subject code (上级科目编码); null for a 类.", l => l.ParentCode);
        this.Column<ExpenditureLine, NonNullGraphType<FunctionalTableKindType>, FunctionalTableKind>("table", "Which table the line is from (来源表).", l => l.TableKind);
        this.Amount("total", "Total (合计).", l => l.Total);
        this.Amount("basic", "Basic expenditure (基本支出).", l => l.Basic);
        this.Amount("project", "Project expenditure (项目支出).", l => l.Project);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the row is (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, c.Source.TableId, c.Source.SourceLine))
            .Reads("BudgetId", "TableId", "SourceLine");
    }
}
