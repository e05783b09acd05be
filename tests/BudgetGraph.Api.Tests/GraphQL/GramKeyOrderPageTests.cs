using System.Text.Json;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using BudgetGraph.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A page in key order of a name's <c>contains</c> whose rarest gram has more ids than <see cref="NameSearch.MaxCandidates"/>,
/// alone or beside terms read past their indexes, is read from that gram's rows in key order (<see cref="GramKeyOrderPage"/>),
/// not by testing the table's rows from its first (issue 8: at 50,005 disclosures the cards whose department contains
/// 江北城 come after 120,000 others, 81 ms). On the seeds as imported: jiangbeicheng-2025.txt's 17 cards have 江北城 in
/// their department (806-重庆市江北区人民政府江北城街道办事处, l.512 统战及民族宗教工作经费 the first; two spelled with an
/// em dash, l.653 群团组织工作经费 the first of them; l.827 卫生健康工作经费 the last), every one with a core indicator.
/// </summary>
public sealed class GramKeyOrderPageTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private static readonly string[] FirstFive = ["统战及民族宗教工作经费", "退役军人及武装工作经费", "经济发展工作经费", "文体及教育工作经费", "组织工作经费"];

    private static Dictionary<string, object?> Where(params (string Field, string Operation, object? Value)[] terms) =>
        terms.ToDictionary(t => t.Field, t => (object?)new Dictionary<string, object?> { [t.Operation] = t.Value }, StringComparer.Ordinal);

    private static HashSet<string> Fields(params string[] fields) => new(fields, StringComparer.Ordinal);

    private async Task<BudgetDbContext> DbAsync() =>
        await fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();

    public static TheoryData<int, int, bool> Windows => new()
    {
        { 0, 5, false }, { 3, 5, false }, { 15, 5, false }, { 0, 50, false }, { 0, 5, true }, { 2, 3, true }, { 20, 5, false },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Every_gram_of_the_pattern_gives_the_predicates_page_in_key_order(int offset, int limit, bool fromEnd)
    {
        await using var db = await DbAsync();
        var filter = ProjectQuerySpec.Filter;
        foreach (var (where, unindexed) in new[]
                 {
                     (Where(("department", "contains", "江北城")), null),
                     (Where(("department", "contains", "江北城"), ("hasCoreIndicator", "eq", true)), Fields("hasCoreIndicator")),
                     (Where(("department", "contains", "江北城"), ("year", "eq", 2025)), Fields("year")),
                     (Where(("department", "contains", "—重庆"), ("amount", "gte", 10m)), Fields("amount")),
                 })
        {
            var matching = filter.Apply(db.Projects.AsNoTracking(), where, sqlite: true, unindexed: unindexed);
            var inKeyOrder = fromEnd ? matching.OrderByDescending(p => p.Id) : matching.OrderBy(p => p.Id);
            var expected = await inKeyOrder.Skip(offset).Take(limit).Select(p => p.Id).ToListAsync();
            var pattern = (string)((Dictionary<string, object?>)where["department"]!)["contains"]!;
            foreach (var gram in NameGrams.OfPattern(pattern))
                Assert.Equal(expected, await GramKeyOrderPage.Page(db, NameGramKind.ProjectDepartment, gram, p => p.Id, matching, offset, limit, fromEnd)
                    .Select(p => p.Id).ToListAsync());
        }
        // The seeds' own: 17 cards of 江北城, 2 of them with the em dash.
        Assert.Equal(17, await filter.Apply(db.Projects.AsNoTracking(), Where(("department", "contains", "江北城"))).CountAsync());
        Assert.Equal(2, await filter.Apply(db.Projects.AsNoTracking(), Where(("department", "contains", "—重庆"))).CountAsync());
    }

    [Fact]
    public void Only_a_contains_with_a_gram_alone_or_beside_terms_read_past_their_indexes_is_read_from_the_grams()
    {
        var projects = ProjectQuerySpec.Filter;
        Assert.Equal((NameGramKind.ProjectDepartment, "江北城"), Found(projects.KeyOrderGramTerm(Where(("department", "contains", "江北城")), null)));
        Assert.Equal((NameGramKind.ProjectDepartment, "江北城"), Found(projects.KeyOrderGramTerm(
            Where(("department", "contains", "江北城"), ("hasCoreIndicator", "eq", true)), Fields("hasCoreIndicator"))));
        Assert.Equal((NameGramKind.ProjectName, "工作经费"), Found(projects.KeyOrderGramTerm(
            Where(("name", "contains", "工作经费"), ("year", "eq", 2025)), Fields("year"))));
        Assert.Equal((NameGramKind.IndicatorName, "满意度"), Found(IndicatorQuerySpec.Filter.KeyOrderGramTerm(
            Where(("name", "contains", "满意度"), ("isCore", "eq", true)), Fields("isCore"))));
        // Another term on its own index may find the page sooner: not read from the grams.
        Assert.Null(projects.KeyOrderGramTerm(Where(("department", "contains", "江北城"), ("hasCoreIndicator", "eq", true)), null));
        Assert.Null(projects.KeyOrderGramTerm(Where(("department", "contains", "江北城"), ("year", "eq", 2025)), Fields("hasCoreIndicator")));
        // No gram in the pattern; not a contains; a field without grams.
        Assert.Null(projects.KeyOrderGramTerm(Where(("department", "contains", "806")), null));
        Assert.Null(projects.KeyOrderGramTerm(Where(("department", "startsWith", "806-重庆")), null));
        Assert.Null(projects.KeyOrderGramTerm(Where(("code", "contains", "江北城")), null));
        Assert.Null(projects.KeyOrderGramTerm(null, null));

        static (NameGramKind, string)? Found<T>((NameGramKind Kind, string Pattern, System.Linq.Expressions.Expression<Func<T, int>> Id)? term) =>
            term is ({ } kind, { } pattern, _) ? (kind, pattern) : null;
    }

    [Fact]
    public async Task Past_the_candidates_the_filter_pre_selects_a_connections_pages_come_from_the_grams_rows_alike()
    {
        const string Filter = """department: { contains: "江北城" }, hasCoreIndicator: { eq: true }""";
        string[] queries =
        [
            $$"""{ projects(where: { {{Filter}} }, first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }""",
            $$"""{ projects(where: { {{Filter}} }, first: 5, after: "NA==") { nodes { name } } }""",
            $$"""{ projects(where: { {{Filter}} }, last: 3) { nodes { name } pageInfo { hasPreviousPage } } }""",
            """{ projects(where: { department: { contains: "江北城" } }, first: 20) { totalCount nodes { name } } }""",
        ];
        // Read as the seeds' few candidates are: pre-selected from the grams (the filter's own plan).
        var before = new List<string>();
        foreach (var query in queries) before.Add((await fixture.DataAsync(query)).GetRawText());
        var first = JsonDocument.Parse(before[0]).RootElement.GetProperty("projects");
        Assert.Equal(17, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(FirstFive, first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToArray());
        var last = JsonDocument.Parse(before[2]).RootElement.GetProperty("projects").GetProperty("nodes");
        Assert.Equal("卫生健康工作经费", last.EnumerateArray().Last().GetProperty("name").GetString());

        (int First, int Last) coreKeys;
        await using (var db = await DbAsync())
            coreKeys = (await db.Projects.Where(p => p.HasCoreIndicator).MinAsync(p => p.Id), await db.Projects.Where(p => p.HasCoreIndicator).MaxAsync(p => p.Id));

        // As if 江北城's grams had more ids than NameSearch.MaxCandidates (their counts kept at import raised): each page
        // read from the rarest gram's rows in key order, the same answers.
        await using (var db = await DbAsync())
            await db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectDepartment && (c.Gram == "江北" || c.Gram == "北城"))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, NameSearch.MaxCandidates + 1));
        try
        {
            for (var i = 0; i < queries.Length; i++)
            {
                fixture.Sql.Clear();
                Assert.Equal(before[i], (await fixture.DataAsync(queries[i])).GetRawText());
                var index = Assert.Single(Enumerable.Range(0, fixture.Sql.Commands.Count),
                    c => fixture.Sql.Commands[c].Contains("FROM \"NameGrams\" AS \"n\"", StringComparison.Ordinal));
                var page = fixture.Sql.Commands[index];
                Assert.Contains("INNER JOIN", page);
                Assert.Contains(i == 2 ? "ORDER BY \"n\".\"EntityId\" DESC" : "ORDER BY \"n\".\"EntityId\"", page);
                Assert.DoesNotContain("\"p\".\"Id\" IN (", page); // no candidates pre-selected
                // The gram's key range read in key order, each card by key; nothing sorted, no other index read (the core
                // mark's, past its index).
                var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(page, fixture.Sql.Parameters[index])]);
                Assert.Equal("SEARCH n USING PRIMARY KEY (Kind=? AND Gram=? AND EntityId>? AND EntityId<?)\nSEARCH p USING INTEGER PRIMARY KEY (rowid=?)\n",
                    plan.ReplaceLineEndings("\n"));
                // Between the bounds the core mark's eq gives (its first and last cards' keys, one seek each); the
                // department alone has none.
                var bounds = (fixture.Sql.Parameters[index]["@from"], fixture.Sql.Parameters[index]["@to"]);
                Assert.Equal(i == 3 ? (int.MinValue, int.MaxValue) : (coreKeys.First, coreKeys.Last), ((int)bounds.Item1!, (int)bounds.Item2!));
            }
        }
        finally
        {
            await using var db = await DbAsync();
            await db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectDepartment && (c.Gram == "江北" || c.Gram == "北城"))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, 17));
        }
    }
}
