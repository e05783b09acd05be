using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// <see cref="FilterSpec{T}.Lift"/> on the projects' filter, whose budget carries its year and unit, and on the cards' and
/// indicators' unit, whose district they carry (the rows it keeps are tested in <c>FirstMatchTests</c> and
/// <c>SqlTranslationTests</c>), the terms an indicator's district index carries beside it, and the declaration's guards.
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

    private static readonly Dictionary<string, object?> Nanan = Terms(("eq", "南岸区"));

    [Fact]
    public void A_unit_filter_of_its_district_alone_becomes_the_rows_own_district()
    {
        var lifted = (IDictionary<string, object?>)IndicatorQuerySpec.Filter.Lift(Terms(("unit", Terms(("districtName", Nanan)))))!;
        Assert.Equal(["districtName"], lifted.Keys);
        Assert.Same(Nanan, lifted["districtName"]);
        var among = Terms(("in", new object?[] { "南岸区", "北碚区" }));
        var amongLifted = (IDictionary<string, object?>)ProjectQuerySpec.Filter.Lift(Terms(("unit", Terms(("districtName", among)))))!;
        Assert.Same(among, amongLifted["districtName"]);
        var budgets = (IDictionary<string, object?>)BudgetQuerySpec.Filter.Lift(Terms(("unit", Terms(("districtName", Nanan)))))!;
        Assert.Same(Nanan, budgets["districtName"]);
        // A card's budget's unit's district: the budget's unit becomes the card's, whose district becomes the card's own.
        var twice = (IDictionary<string, object?>)ProjectQuerySpec.Filter.Lift(Terms(("budget", Terms(("unit", Terms(("districtName", Nanan)))))))!;
        Assert.Equal(["districtName"], twice.Keys);
        Assert.Same(Nanan, twice["districtName"]);
    }

    [Fact]
    public void An_indicators_district_eq_beside_terms_its_index_carries_becomes_its_own_and_those_terms_are_tested_there()
    {
        // IX_Indicators_DistrictName_Categories holds the year, core mark, operator and first two levels after the key.
        var core = Terms(("eq", true));
        var year = Terms(("gte", 2024));
        var lifted = (IDictionary<string, object?>)IndicatorQuerySpec.Filter.Lift(
            Terms(("unit", Terms(("districtName", Nanan))), ("isCore", core), ("year", year)))!;
        Assert.Equal(["districtName", "isCore", "year"], lifted.Keys.Order(StringComparer.Ordinal));
        Assert.Same(Nanan, lifted["districtName"]);
        Assert.Same(core, lifted["isCore"]);
        Assert.Equal(["isCore", "year"], IndicatorQuerySpec.Filter.TestedOnCarriedIndex(lifted)!.Order(StringComparer.Ordinal));
        // Alone, the district's eq is one range in key order already: nothing to test beside it.
        Assert.Null(IndicatorQuerySpec.Filter.TestedOnCarriedIndex(IndicatorQuerySpec.Filter.Lift(Terms(("unit", Terms(("districtName", Nanan)))))));
        Assert.Null(IndicatorQuerySpec.Filter.TestedOnCarriedIndex(Terms(("isCore", core))));
    }

    [Theory]
    [InlineData("beside a term the index does not carry")]
    [InlineData("in, beside a term it carries")]
    [InlineData("a card's district beside its amount")]
    [InlineData("beside a term of the unit")]
    [InlineData("contains")]
    [InlineData("eq null")]
    public void A_district_beside_another_term_or_not_sought_stays_on_the_unit(string shape)
    {
        // Beside a term the district's index does not hold (an indicator's weight, a card's amount), or as an `in`
        // (several ranges, merged and sorted) beside any term, the units' keys are the tuned read; a contains or a null is
        // tested on the few units.
        var where = shape switch
        {
            "beside a term the index does not carry" => Terms(("unit", Terms(("districtName", Nanan))), ("isCore", Terms(("eq", true))),
                ("weight", Terms(("gte", 10m)))),
            "in, beside a term it carries" => Terms(("unit", Terms(("districtName", Terms(("in", new object?[] { "南岸区" }))))),
                ("isCore", Terms(("eq", true)))),
            "a card's district beside its amount" => Terms(("unit", Terms(("districtName", Nanan))), ("amount", Procurement)),
            "beside a term of the unit" => Terms(("unit", Terms(("districtName", Nanan), ("slug", Terms(("eq", "nanping")))))),
            "contains" => Terms(("unit", Terms(("districtName", Terms(("contains", "南岸")))))),
            _ => Terms(("unit", Terms(("districtName", Terms(("eq", null)))))),
        };
        var filter = shape == "a card's district beside its amount" ? (Func<object?, object?>)ProjectQuerySpec.Filter.Lift : IndicatorQuerySpec.Filter.Lift;
        Assert.Same(where, filter(where));
        Assert.Null(IndicatorQuerySpec.Filter.TestedOnCarriedIndex(where));
    }

    [Fact]
    public void Only_scalar_fields_declared_first_and_a_field_carried_alone_can_be_tested_beside_it()
    {
        var undeclared = Assert.Throws<ArgumentException>(() => new FilterSpec<Indicator>()
            .String("districtName", "District.", i => i.DistrictName)
            .Object<Unit, UnitFilterInputType>("unit", "Unit.", i => i.Budget.Unit, UnitQuerySpec.Filter,
                carries: ["districtName"], carriedAlone: true, testedBeside: ["isCore"]));
        Assert.Contains("'isCore' is not a scalar field", undeclared.Message, StringComparison.Ordinal);
        var notAlone = Assert.Throws<ArgumentException>(() => new FilterSpec<Indicator>()
            .String("districtName", "District.", i => i.DistrictName)
            .Boolean("isCore", "Core.", i => i.IsCore)
            .Object<Unit, UnitFilterInputType>("unit", "Unit.", i => i.Budget.Unit, UnitQuerySpec.Filter,
                carries: ["districtName"], testedBeside: ["isCore"]));
        Assert.Contains("does not carry its fields alone", notAlone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_carried_district_is_not_a_field_of_the_input_type()
    {
        Assert.DoesNotContain(IndicatorQuerySpec.Filter.Fields, f => f.Name == "districtName");
        Assert.DoesNotContain(ProjectQuerySpec.Filter.Fields, f => f.Name == "districtName");
        Assert.DoesNotContain(BudgetQuerySpec.Filter.Fields, f => f.Name == "districtName");
        Assert.Contains(IndicatorQuerySpec.Filter.Fields, f => f.Name == "unit");
        Assert.Throws<ArgumentException>(() => new FilterSpec<Project>().Hidden("districtName"));
    }

    [Fact]
    public void A_cards_null_category_or_a_negation_becomes_the_indicators_own_beside_its_cards_presence()
    {
        var isNull = Terms(("eq", null));
        var lifted = (IDictionary<string, object?>)IndicatorQuerySpec.Filter.Lift(Terms(("project", Terms(("category", isNull)))))!;
        Assert.Equal(["category", "hasProject"], lifted.Keys.Order(StringComparer.Ordinal));
        Assert.Same(isNull, lifted["category"]);
        Assert.Equal(true, ((IDictionary<string, object?>)lifted["hasProject"]!)["eq"]);
        // A seek of values never matches null: the copy alone, as before.
        var seek = (IDictionary<string, object?>)IndicatorQuerySpec.Filter.Lift(Terms(("project", Terms(("category", Terms(("eq", "一般性项目")))))))!;
        Assert.Equal(["category"], seek.Keys);
        // Beside another term of the card's, or of the indicator's, the cards are read.
        var beside = Terms(("project", Terms(("category", isNull))), ("isCore", Terms(("eq", true))));
        Assert.Same(beside, IndicatorQuerySpec.Filter.Lift(beside));
        // The copy and the card key are read past their indexes unless the copy is one eq: null, one range of the cards' (partial) index.
        Assert.Null(IndicatorQuerySpec.Filter.UnindexedBesidePresence(lifted));
        var negation = IndicatorQuerySpec.Filter.Lift(Terms(("project", Terms(("category", Terms(("neq", "一般性项目")))))));
        Assert.Equal(["category", "hasProject"], IndicatorQuerySpec.Filter.UnindexedBesidePresence(negation)!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(IndicatorQuerySpec.Filter.Fields, f => f.Name == "hasProject");
    }

    [Fact]
    public void Only_an_optional_navigation_carrying_one_field_alone_has_a_presence_field_declared_by_Presence()
    {
        FilterSpec<Indicator> Declared() => new FilterSpec<Indicator>()
            .String("category", "Category.", i => i.ProjectCategory)
            .Presence("hasProject", "On a card.", i => i.ProjectId);
        var notAlone = Assert.Throws<ArgumentException>(() => Declared()
            .Object<Project, ProjectFilterInputType>("project", "Card.", i => i.Project!, ProjectQuerySpec.Filter, optional: true,
                carries: ["category"], presentWhen: "hasProject"));
        Assert.Contains("'hasProject' is not a Presence field", notAlone.Message, StringComparison.Ordinal);
        var notPresence = Assert.Throws<ArgumentException>(() => new FilterSpec<Indicator>()
            .String("category", "Category.", i => i.ProjectCategory)
            .Boolean("isCore", "Core.", i => i.IsCore)
            .Object<Project, ProjectFilterInputType>("project", "Card.", i => i.Project!, ProjectQuerySpec.Filter, optional: true,
                carries: ["category"], carriedAlone: true, presentWhen: "isCore"));
        Assert.Contains("'isCore' is not a Presence field", notPresence.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Declared().Fields, f => f.Name == "hasProject");
    }
}
