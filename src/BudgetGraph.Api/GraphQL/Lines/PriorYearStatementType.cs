using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Provenance;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using NarrativeStatement = BudgetGraph.Data.Entities.NarrativeStatement;
using ThreePublicCosts = BudgetGraph.Data.Entities.ThreePublicCosts;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>A figure of the narrative with its stated change versus the previous year.</summary>
public sealed class PriorYearStatementType : ObjectGraphType<NarrativeStatement>
{
    public PriorYearStatementType()
    {
        Name = "PriorYearStatement";
        Description = "A figure of the narrative (情况说明) with its stated change versus the previous year and the reason, e.g. 收入比2023年减少355.71万元.";
        this.Column<NarrativeStatement, NonNullGraphType<NarrativeMetricType>, NarrativeMetric>("metric", "What is measured (指标).", s => s.Metric);
        this.Column<NarrativeStatement, NonNullGraphType<StringGraphType>, string>("label", "The measured thing as written (名称).", s => s.Label);
        this.Amount("amount", "This year's figure when stated (本年数).", s => s.Amount);
        this.Column<NarrativeStatement, ChangeDirectionType, ChangeDirection?>("direction", "Stated direction of change (增减).", s => s.Direction);
        this.Amount("change", "Signed change versus the compared year (增减额); 持平 is 0.", s => s.Change);
        this.Column<NarrativeStatement, IntGraphType, int?>("comparedYear", "The year compared with (比较年度).", s => s.ComparedYear);
        this.Column<NarrativeStatement, StringGraphType, string?>("reason", "Stated reason (原因).", s => s.Reason);
        this.Column<NarrativeStatement, NonNullGraphType<StringGraphType>, string>("sentence", "The whole sentence (原文).", s => s.Sentence);
        this.Column<NarrativeStatement, StringGraphType, string?>("section", "Narrative section heading (所在章节).", s => s.Section);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the sentence is (来源): file and line.")
            .Resolve(c => SourceReferences.Load(c, c.Source.BudgetId, null, c.Source.SourceLine))
            .Reads("BudgetId", "SourceLine");
    }
}
