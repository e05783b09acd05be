using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>What catalogue subjects can be filtered and sorted by.</summary>
public static class SubjectQuerySpec
{
    public static readonly FilterSpec<Subject> Filter = new FilterSpec<Subject>()
        .Enum<Classification, ClassificationOperationFilterInputType>("classification", "Functional or economic (分类).", s => s.Classification)
        .String("code", "Subject code (科目编码), e.g. 212.", s => s.Code)
        .String("name", "Chinese name (科目名称), e.g. 城乡社区支出.", s => s.Name)
        .String("englishName", "English name (英文名称).", s => s.EnglishName)
        .Enum<SubjectLevel, SubjectLevelOperationFilterInputType>("level", "Level (科目级次): 类/款/项.", s => s.Level)
        .String("parentCode", "Parent subject code (上级科目编码).", s => s.ParentCode);

    public static readonly SortSpec<Subject> Sort = new SortSpec<Subject>(s => s.Id)
        .Field("classification", "By classification (分类).", s => s.Classification)
        .Field("code", "By code (科目编码).", s => s.Code)
        .Field("name", "By Chinese name (科目名称).", s => s.Name)
        .Field("level", "By level (科目级次).", s => s.Level);
}
