using BudgetGraph.Api.GraphQL.Subjects;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>An economic subject row (经济分类科目) of the basic expenditure table.</summary>
public sealed class EconomicLineType : ObjectGraphType<EconomicLine>
{
    public EconomicLineType()
    {
        Name = "EconomicLine";
        Description = "An economic subject row (经济分类科目 类/款) of the basic expenditure table (基本支出预算表).";
        this.Column<EconomicLine, NonNullGraphType<StringGraphType>, string>("code", "Subject code (科目编码), e.g. 30101.", l => l.Code);
        this.Column<EconomicLine, NonNullGraphType<StringGraphType>, string>("name", "Subject name (科目名称), e.g. 基本工资.", l => l.Name);
        this.AddEnglishNameFields(Classification.Economic, l => l.Code, "Code");
        this.Column<EconomicLine, NonNullGraphType<SubjectLevelType>, SubjectLevel>("level", "Level (科目级次): 类/款.", l => l.Level);
        this.Column<EconomicLine, StringGraphType, string?>("parentCode", "Parent subject code (上级科目编码); null for a 类.", l => l.ParentCode);
        this.Amount("total", "Total (合计).", l => l.Total);
        this.Amount("personnel", "Personnel expenses (人员经费).", l => l.Personnel);
        this.Amount("public", "Public operating expenses (日常公用经费).", l => l.Public);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the row is (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, c.Source.TableId, c.Source.SourceLine))
            .Reads("BudgetId", "TableId", "SourceLine");
    }
}
