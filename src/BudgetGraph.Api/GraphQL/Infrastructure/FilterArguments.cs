namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// What every <c>where</c> argument says about empty answers: a filter is a condition, not a name, so a filter that
/// matches nothing (an unknown slug, code or year in <c>eq</c>/<c>in</c> included) is an empty answer, as in
/// HotChocolate-style APIs; the arguments that name an entity answer NOT_FOUND instead (see UnknownEntityErrors).
/// </summary>
public static class FilterArguments
{
    public const string EmptyIsNotAnError =
        " A filter that matches nothing (also an unknown unit slug, subject code or year in `eq`/`in`) gives an empty " +
        "list, not an error; the arguments that name a unit, subject or year (`unit(slug)`, `budget(unitSlug, year)`, " +
        "`compare`, `expenditureAggregate`, `indicatorComparison`) answer NOT_FOUND instead.";
}
