using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>What functional subject lines can be filtered and sorted by.</summary>
public static class ExpenditureLineQuerySpec
{
    public static readonly FilterSpec<ExpenditureLine> Filter = new FilterSpec<ExpenditureLine>()
        .String("code", "Subject code (科目编码), e.g. 2120501.", l => l.Code)
        .String("name", "Subject name (科目名称), e.g. 城乡社区环境卫生.", l => l.Name)
        .Enum<SubjectLevel, SubjectLevelOperationFilterInputType>("level", "Level (科目级次): 类/款/项.", l => l.Level)
        .String("parentCode", "Parent subject code (上级科目编码).", l => l.ParentCode)
        .Enum<FunctionalTableKind, FunctionalTableOperationFilterInputType>("table", "Which table the line is from (来源表).", l => l.TableKind)
        .FixedPoint("total", "Total (合计), 万元.", l => l.Total)
        .FixedPoint("basic", "Basic expenditure (基本支出), 万元.", l => l.Basic)
        .FixedPoint("project", "Project expenditure (项目支出), 万元.", l => l.Project);

    public static readonly SortSpec<ExpenditureLine> Sort = new SortSpec<ExpenditureLine>(l => l.Id)
        .Field("code", "By code (科目编码).", l => l.Code)
        .Field("total", "By total (合计).", l => l.Total)
        .Field("basic", "By basic expenditure (基本支出).", l => l.Basic)
        .Field("project", "By project expenditure (项目支出).", l => l.Project)
        .Field("line", "By position in the document (行号).", l => l.SourceLine);
}
