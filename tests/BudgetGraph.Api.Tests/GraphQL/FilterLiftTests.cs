using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// <see cref="FilterSpec{T}.Lift"/> on the projects' filter, whose budget carries its year and unit (the rows it keeps
/// are tested in <c>FirstMatchTests</c>), and the declaration's guards.
/// </summary>
public sealed class FilterLiftTests
{
    private static Dictionary<string, object?> Terms(params (string Name, object? Value)[] terms) =>
        terms.ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, object?> Year2024 = Terms(("eq", 2024));
    private static readonly Dictionary<string, object?> Nanping = Terms(("slug", Terms(("eq", "nanping"))));
    private static readonly Dictionary<string, object?> Procurement = Terms(("gte", 1000m));

    [Fact]
    public void A_budget_of_year_and_unit_alone_becomes_the_cards_own_year_and_unit()
    {
        var lifted = (IDictionary<string, object?>)ProjectQuerySpec.Filter.Lift(
            Terms(("budget", Terms(("year", Year2024), ("unit", Nanping))), ("amount", Procurement)))!;
        Assert.Equal(["amount", "unit", "year"], lifted.Keys.Order(StringComparer.Ordinal));
        Assert.Same(Year2024, lifted["year"]);
        Assert.Same(Nanping, lifted["unit"]);
        Assert.Same(Procurement, lifted["amount"]);
    }

    [Fact]
    public void A_budget_with_a_term_of_its_own_stays_whole()
    {
        // The budgets' keys list is the narrower read there (FilterSpec.Lift).
        var where = Terms(("budget", Terms(("year", Year2024), ("procurementTotal", Procurement))));
        Assert.Same(where, ProjectQuerySpec.Filter.Lift(where));
    }

    [Fact]
    public void A_term_the_card_already_has_stays_on_the_budget_and_nothing_moved_is_the_same_object()
    {
        var where = Terms(("year", Terms(("eq", 2023))), ("budget", Terms(("year", Year2024))));
        Assert.Same(where, ProjectQuerySpec.Filter.Lift(where));
        var emptyBudget = Terms(("budget", Terms()));
        Assert.Same(emptyBudget, ProjectQuerySpec.Filter.Lift(emptyBudget));
        var noBudget = Terms(("year", Year2024));
        Assert.Same(noBudget, ProjectQuerySpec.Filter.Lift(noBudget));
        Assert.Null(ProjectQuerySpec.Filter.Lift(null));
    }

    [Fact]
    public void Only_a_navigation_every_row_has_and_a_field_both_filters_declare_can_be_carried()
    {
        var optional = Assert.Throws<ArgumentException>(() => new FilterSpec<Project>()
            .Int("year", "Year.", p => p.FiscalYear)
            .Object<Budget, BudgetFilterInputType>("budget", "Budget.", p => p.Budget, BudgetQuerySpec.Filter, optional: true, carries: ["year"]));
        Assert.Contains("optional", optional.Message, StringComparison.Ordinal);
        var undeclared = Assert.Throws<ArgumentException>(() => new FilterSpec<Project>()
            .Object<Budget, BudgetFilterInputType>("budget", "Budget.", p => p.Budget, BudgetQuerySpec.Filter, carries: ["year"]));
        Assert.Contains("'year' is not a field of both", undeclared.Message, StringComparison.Ordinal);
    }
}
