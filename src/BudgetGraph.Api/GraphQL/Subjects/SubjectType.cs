using BudgetGraph.Data.Reference;
using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>A classification code of the catalogue.</summary>
public sealed class SubjectType : ObjectGraphType<Subject>
{
    public SubjectType()
    {
        Name = "Subject";
        Description = "A classification code (科目) seen in any disclosure, with its Chinese and English names.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Subject;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("Subject", c.Source.Id)).Reads("Id");
        this.Column<Subject, NonNullGraphType<ClassificationType>, Classification>("classification", "Functional or economic (分类).", s => s.Classification);
        this.Column<Subject, NonNullGraphType<StringGraphType>, string>("code", "Subject code (科目编码), e.g. 212.", s => s.Code);
        this.Column<Subject, NonNullGraphType<StringGraphType>, string>("name", "Chinese name (科目名称), e.g. 城乡社区支出.", s => s.Name);
        Field<StringGraphType>("englishName")
            .Description("English name (英文名称), e.g. Urban and rural community affairs: the reference catalogue's, else the one " +
                         "stored at import (`where`/`order` on `englishName` use the stored one, which each import refreshes).")
            .Resolve(c => SubjectGlossary.Shipped.EnglishName(c.Source.Classification, c.Source.Code) ?? c.Source.EnglishName)
            .Reads("Classification", "Code", "EnglishName");
        Field<EnglishNameSourceType>("englishNameSource")
            .Description("Where `englishName` comes from (published English source, reference glossary or our translation of the " +
                         "printed Chinese name), from the reference catalogue; null when the code is not in it.")
            .Resolve(c => SubjectGlossary.Shipped.EnglishNameSourceOf(c.Source.Classification, c.Source.Code)).Reads("Classification", "Code");
        this.Column<Subject, NonNullGraphType<SubjectLevelType>, SubjectLevel>("level", "Level (科目级次): 类/款/项.", s => s.Level);
        this.Column<Subject, StringGraphType, string?>("parentCode", "Parent subject code (上级科目编码); null for a 类.", s => s.ParentCode);
        Field<SubjectType>("parent").Description("The subject one level up (上级科目); null for a 类.")
            .Resolve(c => SubjectTree.Load(c).Then<SubjectTree>(tree => tree.Parent(c.Source)))
            .Reads("Classification", "ParentCode");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("children").Description("Subjects one level down (下级科目), by code.")
            .Resolve(c => SubjectTree.Load(c).Then<SubjectTree>(tree => tree.Children(c.Source)))
            .Reads("Classification", "Code");
    }
}
