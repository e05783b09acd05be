using System.Text.RegularExpressions;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// The plan (fast path) answers byte for byte as the general executor does, with the same number of SQL commands:
/// the peer's operations, every README example, the growth operations, and variants with variables, aliases, order,
/// where and paging. Documents the plan does not cover must say why they fell back — and still match.
/// </summary>
public partial class PlanEquivalenceTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    /// <summary>Documents the plan must execute itself (not fall back), with their variables.</summary>
    public static TheoryData<string, string, string?> Planned() => new()
    {
        { "a-units", Ops("a-units"), null },
        { "b-nanping-lines", Ops("b-nanping-lines"), null },
        { "b-nanping-lines shandong", Ops("b-nanping-lines"), """{"slug":"shandong"}""" },
        { "c-big-projects", Ops("c-big-projects"), null },
        { "d-nested", Ops("d-nested"), null },
        { "l-budgets", Ops("l-budgets"), null },
        { "m-projects-name", Ops("m-projects-name"), null },
        { "i-units-contains", Ops("i-units-contains"), null },
        { "j-units-startswith", Ops("j-units-startswith"), null },
        { "aliases", "{ u: units(first: 3) { list: nodes { s: slug n: name sn: shortName } } }", null },
        { "typename", "{ __typename units(first: 2) { __typename nodes { __typename slug } } }", null },
        { "connection shape", "{ units(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug id } } } }", null },
        { "after cursor", """{ units(first: 2, after: "MA==") { pageInfo { hasNextPage endCursor } nodes { slug } } }""", null },
        { "order desc", "{ units(order: [{ name: DESC }], first: 5) { nodes { slug name englishName district { name englishName } } } }", null },
        { "where variables", "query($w: UnitFilterInput, $o: [UnitSortInput!], $n: Int) { units(where: $w, order: $o, first: $n) { totalCount nodes { slug unitCode } } }",
            """{"w":{"slug":{"in":["nanping","shandong","ciqikou"]}},"o":[{"slug":"DESC"}],"n":2}""" },
        { "projects amount variables", "query($min: Decimal) { projects(where: { amount: { gte: $min } }, order: [{ amount: DESC }, { name: ASC }], first: 7) { totalCount nodes { id name amount year indicators(where: { isCore: { eq: true } }) { name weight numericTarget unitOfMeasure level1 level2 level3 operatorRaw position year } } } }",
            """{"min":12.5}""" },
        { "unit budgets totals", """{ unit(slug: "nanping") { id slug name shortName budgets(order: [{ year: DESC }]) { id year totals { income expenditure source basic project generalPublicBudget governmentFund stateCapital carryOver carryForward procurement } } } }""", null },
        { "budget lines", """{ budget(unitSlug: "shandong", year: 2024) { year expenditureLines(table: ALL, order: [{ total: DESC }], skip: 1, take: 5) { code name level parentCode table total basic project } economicLines(where: { code: { startsWith: "301" } }) { code name total } } }""", null },
        { "budgets connection", "{ budgets(where: { year: { eq: 2024 } }, order: [{ year: ASC }], first: 10) { totalCount nodes { year unit { slug shortName } projects(order: [{ amount: ASC }]) { name amount } } } }", null },
        { "indicators connection", """{ indicators(where: { name: { contains: "满意" } }, first: 5) { totalCount nodes { name numericTarget textTarget operator isCore project { name amount } unit { slug } budget { year } } } }""", null },
        { "source references", """{ budget(unitSlug: "nanping", year: 2024) { projects { name source { fileName } } } }""", null },
        { "source lines and tables", """{ budget(unitSlug: "nanping", year: 2024) { projects { name source { line } indicators { name source { tableNumber line } } } findings { rule source { line } } } }""", null },
        { "district and some totals", """{ units(first: 5) { nodes { slug district { englishName } budgets { year totals { basic procurement } } } } }""", null },
        { "empty page", """{ units(where: { slug: { eq: "no-such-unit" } }) { totalCount nodes { slug } pageInfo { hasNextPage startCursor } } }""", null },
    };

    /// <summary>Documents the plan does not cover: fragments, directives, introspection, unlisted root fields, errors.</summary>
    public static TheoryData<string, string, string?> FallBack() => new()
    {
        { "fragments", "query { units(first: 2) { nodes { ...U } } } fragment U on Unit { slug }", null },
        { "inline fragment", "{ units(first: 2) { nodes { ... on Unit { slug } } } }", null },
        { "skip", "query($s: Boolean!) { units(first: 2) { nodes { slug name @skip(if: $s) } } }", """{"s":true}""" },
        { "include", "{ units(first: 2) { nodes { slug @include(if: false) } } }", null },
        { "introspection", "{ __schema { queryType { name } } }", null },
        { "type introspection", "{ units(first: 1) { nodes { slug } } __type(name: \"Unit\") { name } }", null },
        { "root field without plan", "{ fiscalYears { year } }", null },
        { "node interface", "{ node(id: \"VW5pdDox\") { id } }", null },
        { "not found", """{ unit(slug: "nowhere") { slug } }""", null },
        { "bad cursor", """{ units(first: 2, after: "bad") { nodes { slug } } }""", null },
        { "page too large", "{ units(first: 500) { nodes { slug } } }", null },
        { "unit budget not found", """{ unit(slug: "nanping") { budget(year: 1999) { year } } }""", null },
        { "same response name twice", "{ units(first: 2) { nodes { slug slug } } }", null },
        { "compare", Ops("e-compare"), null },
        { "aggregate", Ops("f-aggregate-district"), null },
    };

    public static TheoryData<string> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return new TheoryData<string>(GraphQLBlock().Matches(readme).Select(m => m.Groups[1].Value.Trim()));
    }

    public static TheoryData<string> GrowthOps() => new(Directory
        .GetFiles(Path.Combine(RepositoryPaths.Root, "tools", "BudgetGraph.Benchmark", "growth-ops"), "*.graphql")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Planned))]
    public async Task Plan_answers_byte_for_byte_as_the_general_executor(string name, string query, string? variables)
    {
        var (general, planned) = await BothAsync(query, variables);

        Assert.Equal("plan", planned.Outcome);
        Assert.Equal(general.Json, planned.Json);
        // The same SQL: cached commands are EF Core's own translations, run again with the batch's keys.
        Assert.Equal(general.CommandTexts.Order(StringComparer.Ordinal), planned.CommandTexts.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("\"errors\"", planned.Json);
        Assert.NotEmpty(name);
    }

    [Theory]
    [MemberData(nameof(FallBack))]
    public async Task Unsupported_documents_fall_back_and_answer_the_same(string name, string query, string? variables)
    {
        var (general, planned) = await BothAsync(query, variables);

        Assert.StartsWith("fallback: ", planned.Outcome ?? "fallback: (not a query execution)");
        Assert.Equal(general.Json, planned.Json);
        Assert.NotEmpty(name);
    }

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public async Task Readme_examples_answer_the_same(string query)
    {
        var (general, planned) = await BothAsync(query, null);

        Assert.Equal(general.Json, planned.Json);
    }

    [Theory]
    [MemberData(nameof(GrowthOps))]
    public async Task Growth_operations_answer_the_same(string name)
    {
        var (general, planned) = await BothAsync(Ops(name), null);

        Assert.Equal(general.Json, planned.Json);
        Assert.Equal(general.CommandTexts.Order(StringComparer.Ordinal), planned.CommandTexts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Nested_plan_runs_one_command_per_list_field_whatever_the_row_count()
    {
        // d-nested: units (+ nothing else at the root), budgets, projects, indicators: 4 levels, 4 commands.
        var planned = await PlanTestRunner.ExecuteAsync(fixture, Ops("d-nested"), null, plan: true);

        Assert.Equal("plan", planned.Outcome);
        Assert.Equal(4, planned.Commands);
    }

    [Fact]
    public async Task Plan_is_kept_per_operation_and_variables_are_coerced_per_request()
    {
        const string query = "query Q($slug: String!) { unit(slug: $slug) { slug shortName } }";
        var nanping = await PlanTestRunner.ExecuteAsync(fixture, query, """{"slug":"nanping"}""", plan: true);
        var shandong = await PlanTestRunner.ExecuteAsync(fixture, query, """{"slug":"shandong"}""", plan: true);

        Assert.Equal("plan", nanping.Outcome);
        Assert.Equal("plan", shandong.Outcome);
        Assert.Contains("\"slug\":\"nanping\"", nanping.Json);
        Assert.Contains("\"slug\":\"shandong\"", shandong.Json);
    }

    [Fact]
    public async Task Mutations_and_invalid_documents_never_reach_the_plan()
    {
        var invalid = await PlanTestRunner.ExecuteAsync(fixture, "{ units(first: 2) { nodes { noSuchField } } }", null, plan: true);
        var badVariable = await PlanTestRunner.ExecuteAsync(fixture, "query($n: Int) { units(first: $n) { nodes { slug } } }",
            """{"n":"x"}""", plan: true);

        Assert.Null(invalid.Outcome);
        Assert.Contains("\"errors\"", invalid.Json);
        Assert.Null(badVariable.Outcome);
        Assert.Contains("\"errors\"", badVariable.Json);
    }

    private async Task<(PlanTestRunner.Run General, PlanTestRunner.Run Planned)> BothAsync(string query, string? variables)
    {
        // One parsed document, as the HTTP endpoint's cache keeps it: the first planned run builds the plan and
        // translates the cached commands, the second reuses both and must give the same bytes and SQL.
        var document = GraphQLParser.Parser.Parse(query);
        var general = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: false, document);
        var planned = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: true, document);
        var again = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: true, document);
        Assert.Equal(planned.Json, again.Json);
        Assert.Equal(planned.CommandTexts, again.CommandTexts);
        Assert.Equal(planned.Outcome, again.Outcome);
        var generalAgain = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: false, document);
        Assert.Equal(general.Json, generalAgain.Json);
        return (general, again);
    }

    private static string Ops(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "BudgetGraph.Benchmark", "growth-ops", name + ".graphql"));

    [GeneratedRegex(@"```graphql\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
