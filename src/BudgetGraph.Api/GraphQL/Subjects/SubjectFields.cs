using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>The <c>subjects</c> entry point.</summary>
internal static class SubjectFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects")
            .Description("The classification catalogue (科目表): every code seen, with parent and children and Chinese and English names.")
            .Argument<SubjectFilterInputType>("where", "Filter (筛选), e.g. { level: { eq: CATEGORY } }." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<SubjectSortInputType>>>("order", "Sort order (排序); default by key.")
            .ResolveAsync(c => EntityQueries.ListAsync(c, db => db.Subjects, SubjectQuerySpec.Filter, SubjectQuerySpec.Sort, "Id"));
}
