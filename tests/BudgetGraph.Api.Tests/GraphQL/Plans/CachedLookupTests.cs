using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// By-key root lookups (<c>unit(slug:)</c>, <c>budget(unitSlug:, year:)</c>) run a cached command whether their
/// arguments are literals or variables: EF Core translates the lookup once, and every later request binds its own
/// values to the same command text. Answers, errors and SQL text are those of the general path (EF Core's LINQ).
/// </summary>
public class CachedLookupTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private const string UnitBySlug = "query U($slug: String!) { unit(slug: $slug) { slug shortName } }";
    private const string BudgetBySlugAndYear =
        "query B($slug: String!, $year: Int!) { budget(unitSlug: $slug, year: $year) { year totals { expenditure } } }";

    [Fact]
    public async Task A_lookup_with_a_variable_binds_each_request_s_value_to_one_cached_command()
    {
        var document = GraphQLParser.Parser.Parse(UnitBySlug);
        var first = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nanping"}""", plan: true, document);
        var nanping = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nanping"}""", plan: true, document);
        Assert.Equal([CommandSource.FromSqlQuery], fixture.Sql.Sources);
        var shandong = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"shandong"}""", plan: true, document);
        Assert.Equal([CommandSource.FromSqlQuery], fixture.Sql.Sources);

        Assert.Equal("""{"data":{"unit":{"slug":"nanping","shortName":"南坪街道"}}}""", first.Json);
        Assert.Equal(first.Json, nanping.Json);
        Assert.Equal("""{"data":{"unit":{"slug":"shandong","shortName":"山洞街道"}}}""", shandong.Json);
        Assert.Equal("plan", shandong.Outcome);
        // The same command text for both values: the slug is a parameter.
        Assert.Equal(nanping.CommandTexts, shandong.CommandTexts);
    }

    [Fact]
    public async Task Answers_and_SQL_are_those_of_EF_Core_s_LINQ_for_every_value()
    {
        var document = GraphQLParser.Parser.Parse(UnitBySlug);
        foreach (var slug in new[] { "nanping", "shandong", "ciqikou", "nanping" })
        {
            var variables = $$"""{"slug":"{{slug}}"}""";
            var cached = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, variables, plan: true, document);
            var general = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, variables, plan: false);
            Assert.Equal([CommandSource.LinqQuery], fixture.Sql.Sources);

            Assert.Equal(general.Json, cached.Json);
            Assert.Contains($$"""{"slug":"{{slug}}",""", cached.Json);
            Assert.Equal(general.CommandTexts, cached.CommandTexts);
            Assert.Contains("LIMIT 1", cached.CommandTexts.Single());
        }
    }

    [Fact]
    public async Task An_unknown_slug_is_NOT_FOUND_with_the_general_path_s_bytes()
    {
        var document = GraphQLParser.Parser.Parse(UnitBySlug);
        await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nanping"}""", plan: true, document);
        var cached = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nowhere"}""", plan: true, document);
        // The plan's attempt and the general executor's run both read the cached command.
        Assert.Equal([CommandSource.FromSqlQuery, CommandSource.FromSqlQuery], fixture.Sql.Sources);
        var general = await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nowhere"}""", plan: false);

        Assert.Equal(general.Json, cached.Json);
        Assert.Contains("\"code\":\"NOT_FOUND\"", cached.Json);
        Assert.Contains("\"data\":{\"unit\":null}", cached.Json);
        Assert.StartsWith("fallback: ", cached.Outcome);
    }

    [Fact]
    public async Task A_lookup_by_two_variables_binds_both_and_unknown_keys_keep_their_errors()
    {
        var document = GraphQLParser.Parser.Parse(BudgetBySlugAndYear);
        foreach (var variables in new[]
                 {
                     """{"slug":"nanping","year":2024}""", """{"slug":"shandong","year":2024}""", """{"slug":"chaoyang","year":2023}""",
                     """{"slug":"nanping","year":1999}""", """{"slug":"nowhere","year":2024}""", """{"slug":"nanping","year":2024}""",
                 })
        {
            var cached = await PlanTestRunner.ExecuteAsync(fixture, BudgetBySlugAndYear, variables, plan: true, document);
            var general = await PlanTestRunner.ExecuteAsync(fixture, BudgetBySlugAndYear, variables, plan: false);
            Assert.Equal(general.Json, cached.Json);
        }

        var shandong = await PlanTestRunner.ExecuteAsync(fixture, BudgetBySlugAndYear, """{"slug":"shandong","year":2024}""", plan: true, document);
        // totals is the budget row itself: one command, the cached lookup.
        Assert.Equal([CommandSource.FromSqlQuery], fixture.Sql.Sources);
        Assert.Equal("""{"data":{"budget":{"year":2024,"totals":{"expenditure":1009.24}}}}""", shandong.Json);
        var wrongYear = await PlanTestRunner.ExecuteAsync(fixture, BudgetBySlugAndYear, """{"slug":"nanping","year":1999}""", plan: true, document);
        Assert.Contains("\"code\":\"NOT_FOUND\"", wrongYear.Json);
        Assert.Contains("\"year\":1999", wrongYear.Json);
    }

    [Fact]
    public async Task A_lookup_with_a_literal_argument_is_cached_too()
    {
        const string query = """{ unit(slug: "shandong") { slug budgets { year } } }""";
        var document = GraphQLParser.Parser.Parse(query);
        var first = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
        var second = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);

        Assert.Equal("""{"data":{"unit":{"slug":"shandong","budgets":[{"year":2024}]}}}""", second.Json);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal([CommandSource.FromSqlQuery, CommandSource.FromSqlQuery], fixture.Sql.Sources);
    }

    [Fact]
    public async Task A_lookup_with_a_directive_below_it_or_the_fast_path_off_keeps_EF_Core_LINQ()
    {
        const string query = "query($slug: String!, $i: Boolean!) { unit(slug: $slug) { slug shortName @include(if: $i) } }";
        var document = GraphQLParser.Parser.Parse(query);
        var first = await PlanTestRunner.ExecuteAsync(fixture, query, """{"slug":"nanping","i":true}""", plan: true, document);
        var second = await PlanTestRunner.ExecuteAsync(fixture, query, """{"slug":"nanping","i":false}""", plan: true, document);
        Assert.Equal([CommandSource.LinqQuery], fixture.Sql.Sources);
        Assert.Equal("""{"data":{"unit":{"slug":"nanping","shortName":"南坪街道"}}}""", first.Json);
        Assert.Equal("""{"data":{"unit":{"slug":"nanping"}}}""", second.Json);

        var plain = GraphQLParser.Parser.Parse(UnitBySlug);
        await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nanping"}""", plan: false, plain);
        await PlanTestRunner.ExecuteAsync(fixture, UnitBySlug, """{"slug":"nanping"}""", plan: false, plain);
        Assert.Equal([CommandSource.LinqQuery], fixture.Sql.Sources);
    }
}
