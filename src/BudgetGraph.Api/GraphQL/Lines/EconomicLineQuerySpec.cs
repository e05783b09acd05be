using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>What economic subject lines can be filtered and sorted by.</summary>
public static class EconomicLineQuerySpec
{
    public static readonly FilterSpec<EconomicLine> Filter = new FilterSpec<EconomicLine>()
        .String("code", "Subject code (科目编码), e.g. 30101.", l => l.Code)
        .String("name", "Subject name (科目名称), e.g. 基本工资.", l => l.Name)
        .Enum<SubjectLevel, SubjectLevelOperationFilterInputType>("level", "Level (科目级次): 类/款.", l => l.Level)
        .String("parentCode", "Parent subject code (上级科目编码).", l => l.ParentCode)
        .FixedPoint("total", "Total (合计), 万元.", l => l.Total)
        .FixedPoint("personnel", "Personnel expenses (人员经费), 万元.", l => l.Personnel)
        .FixedPoint("public", "Public operating expenses (日常公用经费), 万元.", l => l.Public);

    public static readonly SortSpec<EconomicLine> Sort = new SortSpec<EconomicLine>(l => l.Id)
        .Field("code", "By code (科目编码).", l => l.Code)
        .Field("total", "By total (合计).", l => l.Total)
        .Field("line", "By position in the document (行号).", l => l.SourceLine);
}
