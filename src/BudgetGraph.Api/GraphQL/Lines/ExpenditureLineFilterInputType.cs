using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary><c>ExpenditureLineFilterInput</c>.</summary>
public sealed class ExpenditureLineFilterInputType()
    : EntityFilterInputType<ExpenditureLine>("ExpenditureLine", "功能分类支出行", ExpenditureLineQuerySpec.Filter);
