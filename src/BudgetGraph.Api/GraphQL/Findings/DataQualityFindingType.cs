using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Api.GraphQL.Relay;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary>Something in a disclosure that does not add up, recorded as published.</summary>
public sealed class DataQualityFindingType : ObjectGraphType<DataQualityFinding>
{
    public DataQualityFindingType()
    {
        Name = "DataQualityFinding";
        Description = "Something in a disclosure that does not add up (数据质量问题), recorded as published, never corrected.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is DataQualityFinding;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID (全局标识).")
            .Resolve(c => GlobalId.Encode("DataQualityFinding", c.Source.Id)).Reads("Id");
        this.Column<DataQualityFinding, NonNullGraphType<StringGraphType>, string>("rule", "Stable rule code (规则), e.g. PARENT_NE_SUM_OF_CHILDREN.", f => f.Rule);
        this.Column<DataQualityFinding, StringGraphType, string?>("table", "Title of the table concerned (表名).", f => f.Table);
        this.Column<DataQualityFinding, StringGraphType, string?>("row", "Row concerned, a subject code or label (行).", f => f.Row);
        this.Amount("expected", "The value the rule expected (应为).", f => f.Expected);
        this.Amount("actual", "The value as published (实际).", f => f.Actual);
        this.Column<DataQualityFinding, NonNullGraphType<StringGraphType>, string>("message", "Explanation (说明).", f => f.Message);
        Field<NonNullGraphType<BudgetType>>("budget").Description("The budget concerned (部门预算).")
            .Resolve(c => EntityQueries.ByKey(c, c.Source.BudgetId, db => db.Budgets, b => b.Id, "Id")).Reads("BudgetId");
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where in the disclosure (来源): file, table title and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, null, c.Source.SourceLine)
                .Then<SourceReference>(s => s with { TableTitle = c.Source.Table }))
            .Reads("BudgetId", "SourceLine", "Table");
    }
}
