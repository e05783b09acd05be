using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Subjects;

/// <summary>The <c>subjects</c> entry point.</summary>
internal static class SubjectFields
{
    public static void AddTo(ObjectGraphType query)
    {
    }
}
