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
    public async Task The_keys_of_the_values_passing_beside_a_year_or_a_mark_bound_the_first_and_last_matches()
    {
        await using var db = await DbAsync();
        var projects = ProjectQuerySpec.Filter;
        var indicators = IndicatorQuerySpec.Filter;
        async Task<(string?, string?)> CardsAsync(Dictionary<string, object?> where) => (
            await NameAsync(db.Projects, await projects.KeysOfPassingValues(db, db.Projects.AsNoTracking(), where, p => p.Id, last: false)!.MinAsync()),
            await NameAsync(db.Projects, await projects.KeysOfPassingValues(db, db.Projects.AsNoTracking(), where, p => p.Id, last: true)!.MaxAsync()));
        async Task<(string?, string?)> IndicatorsAsync(Dictionary<string, object?> where)
        {
            var (first, last) = (await indicators.KeysOfPassingValues(db, db.Indicators.AsNoTracking(), where, i => i.Id, last: false)!.MinAsync(),
                await indicators.KeysOfPassingValues(db, db.Indicators.AsNoTracking(), where, i => i.Id, last: true)!.MaxAsync());
            // The same keys as the filter's own first and last match.
            var matching = indicators.Apply(db.Indicators.AsNoTracking(), where, sqlite: true);
            Assert.Equal((await matching.MinAsync(i => (int?)i.Id), await matching.MaxAsync(i => (int?)i.Id)), (first, last));
            return (first is { } f ? (await db.Indicators.FindAsync(f))!.Name + "/" + (await db.Indicators.FindAsync(f))!.FiscalYear : null,
                last is { } l ? (await db.Indicators.FindAsync(l))!.Name + "/" + (await db.Indicators.FindAsync(l))!.FiscalYear : null);
        }
        async Task<string?> NameAsync(IQueryable<Project> cards, int? key)
        {
            if (key is null) return null;
            return await cards.Where(p => p.Id == key).Select(p => p.Name).SingleAsync();
        }

        // The cards of 2024 whose department has 街道: nanping-2024.txt's 3 (南坪街道公共事务运行专项 the first) and
        // shandong-2024.txt's 5 (政策性人员（镇街体制） the last); of 2023, chaoyang-2023.txt's 2.
        Assert.Equal(("南坪街道公共事务运行专项", "政策性人员（镇街体制）"), await CardsAsync(Where(("department", "contains", "街道"), ("year", "eq", 2024))));
        Assert.Equal(("清扫保洁服务外包", "文化事务"), await CardsAsync(Where(("department", "contains", "街道"), ("year", "eq", 2023))));
        // Of several years: the least of their first keys.
        Assert.Equal(("清扫保洁服务外包", "政策性人员（镇街体制）"), await CardsAsync(Where(("department", "contains", "街道"),
            ("year", "in", new List<object?> { 2023, 2024 }))));
        // Beside a core mark: 江北城's 17 all have one; no card of 人民政府 has none; no 江北城 card is of 2024.
        Assert.Equal(("统战及民族宗教工作经费", "卫生健康工作经费"), await CardsAsync(Where(("department", "contains", "江北城"), ("hasCoreIndicator", "eq", true))));
        Assert.Equal((null, null), await CardsAsync(Where(("department", "contains", "人民政府"), ("hasCoreIndicator", "eq", false))));
        Assert.Equal((null, null), await CardsAsync(Where(("department", "contains", "江北城"), ("year", "eq", 2024))));
        // Another term beside the pair keeps fewer rows: the pair's keys still bound its matches.
        Assert.Equal(("南坪街道公共事务运行专项", "政策性人员（镇街体制）"), await CardsAsync(Where(("department", "contains", "街道"), ("year", "eq", 2024),
            ("amount", "gte", 10m))));
        // An indicator's name beside its core mark (辖区群众满意度, chaoyang-2023.txt, the one core), beside none of
        // 2025 (企业职工满意度 the first, 选民满意度 the last), and of 2024 (群众满意度, no mark: the only name).
        Assert.Equal(("辖区群众满意度/2023", "辖区群众满意度/2023"), await IndicatorsAsync(Where(("name", "contains", "满意度"), ("isCore", "eq", true))));
        Assert.Equal(("企业职工满意度/2025", "选民满意度/2025"), await IndicatorsAsync(Where(("name", "contains", "满意度"), ("year", "eq", 2025))));
        Assert.Equal(("群众满意度/2024", "群众满意度/2024"), await IndicatorsAsync(Where(("name", "contains", "满意度"), ("year", "eq", 2024))));

        // No pair of a counted text match and a field it is counted beside: no such keys.
        Assert.Null(projects.KeysOfPassingValues(db, db.Projects, Where(("department", "contains", "街道")), p => p.Id, last: false));
        Assert.Null(projects.KeysOfPassingValues(db, db.Projects, Where(("department", "contains", "街道"), ("amount", "gte", 10m)), p => p.Id, last: false));
        Assert.Null(projects.KeysOfPassingValues(db, db.Projects, Where(("name", "contains", "经费"), ("year", "eq", 2025)), p => p.Id, last: false));
        Assert.Null(projects.KeysOfPassingValues(db, db.Projects, Where(("department", "neq", "预算科"), ("year", "eq", 2024)), p => p.Id, last: false));
        Assert.Null(projects.KeysOfPassingValues(db, db.Projects, null, p => p.Id, last: false));
    }

    [Fact]
    public async Task Past_the_candidates_the_filter_pre_selects_a_connections_pages_come_from_the_grams_rows_alike()
    {
        const string Filter = """department: { contains: "江北城" }, hasCoreIndicator: { eq: true }""";
        const string Streets = """department: { contains: "街道" }, hasCoreIndicator: { eq: true }""";
        string[] queries =
        [
            $$"""{ projects(where: { {{Filter}} }, first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }""",
            $$"""{ projects(where: { {{Filter}} }, first: 5, after: "NA==") { nodes { name } } }""",
            $$"""{ projects(where: { {{Filter}} }, last: 3) { nodes { name } pageInfo { hasPreviousPage } } }""",
            """{ projects(where: { department: { contains: "江北城" } }, first: 20) { totalCount nodes { name } } }""",
            $$"""{ projects(where: { {{Streets}} }, first: 20) { totalCount nodes { name } } }""",
            $$"""{ projects(where: { {{Streets}} }, last: 20) { nodes { name } } }""",
            """{ projects(where: { department: { contains: "江北城" }, year: { eq: 2024 } }, first: 20) { nodes { name } } }""",
        ];
        // Read as the seeds' few candidates are: pre-selected from the grams (the filter's own plan).
        var before = new List<string>();
        foreach (var query in queries) before.Add((await fixture.DataAsync(query)).GetRawText());
        var first = JsonDocument.Parse(before[0]).RootElement.GetProperty("projects");
        Assert.Equal(17, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(FirstFive, first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToArray());
        var last = JsonDocument.Parse(before[2]).RootElement.GetProperty("projects").GetProperty("nodes");
        Assert.Equal("卫生健康工作经费", last.EnumerateArray().Last().GetProperty("name").GetString());
        // 22 cards with a core indicator of a department with 街道: nanping-2024.txt's 3, jiangbeicheng-2025.txt's 17,
        // chaoyang-2023.txt's 2 (l.467 清扫保洁服务外包 the first); more than Paging.MinimumRowsRead (21).
        var streets = JsonDocument.Parse(before[4]).RootElement.GetProperty("projects");
        Assert.Equal(22, streets.GetProperty("totalCount").GetInt32());
        Assert.Equal("清扫保洁服务外包", streets.GetProperty("nodes")[0].GetProperty("name").GetString());
        // jiangbeicheng-2025.txt is the seeds' one disclosure of 江北城: no card of 2024.
        Assert.Empty(JsonDocument.Parse(before[6]).RootElement.GetProperty("projects").GetProperty("nodes").EnumerateArray());

        (int First, int Last) coreKeys, jiangbeichengKeys;
        await using (var db = await DbAsync())
        {
            coreKeys = (await db.Projects.Where(p => p.HasCoreIndicator).MinAsync(p => p.Id), await db.Projects.Where(p => p.HasCoreIndicator).MaxAsync(p => p.Id));
            var jiangbeicheng = db.Projects.Where(p => p.Department!.Contains("江北城"));
            jiangbeichengKeys = (await jiangbeicheng.MinAsync(p => p.Id), await jiangbeicheng.MaxAsync(p => p.Id));
            Assert.Equal("统战及民族宗教工作经费", (await db.Projects.FindAsync(jiangbeichengKeys.First))!.Name);
            Assert.Equal("卫生健康工作经费", (await db.Projects.FindAsync(jiangbeichengKeys.Last))!.Name);
        }

        // As if 江北城's and 街道's grams had more ids than NameSearch.MaxCandidates (their counts kept at import raised):
        // each page read from the rarest gram's rows in key order, the same answers.
        string[] raised = ["江北", "北城", "街道"];
        Dictionary<string, int> kept;
        await using (var db = await DbAsync())
        {
            var counts = db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectDepartment && raised.Contains(c.Gram));
            kept = await counts.ToDictionaryAsync(c => c.Gram, c => c.Count);
            Assert.Equal(new Dictionary<string, int> { ["江北"] = 17, ["北城"] = 17, ["街道"] = 27 }, kept);
            await counts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, NameSearch.MaxCandidates + 1));
        }
        try
        {
            for (var i = 0; i < queries.Length; i++)
            {
                fixture.Sql.Clear();
                Assert.Equal(before[i], (await fixture.DataAsync(queries[i])).GetRawText());
                var commands = fixture.Sql.Commands;
                var reads = Enumerable.Range(0, commands.Count)
                    .Where(c => commands[c].Contains("FROM \"NameGrams\" AS \"n\"", StringComparison.Ordinal)).ToList();
                var keyReads = Enumerable.Range(0, commands.Count)
                    .Where(c => commands[c].StartsWith("SELECT MIN((", StringComparison.Ordinal) || commands[c].StartsWith("SELECT MAX((", StringComparison.Ordinal)).ToList();
                var fromEnd = i is 2 or 5;
                // Beside a core mark or a year, whose departments are counted beside it (ValueCounts.Beside), the gram's
                // first rows (the last, from the end) are probed for the page first. The 22 of 街道 fill it, and
                // 江北城's last 3; its 17 are fewer than a page from the start reads (Paging.MinimumRowsRead), but the
                // probe holds some, so the first match is among them: the page is read on from the range's start.
                // No card of 江北城 is of 2024: the probe holds none, so the first match's key is read from the rows
                // of the departments passing beside that year, one lookup of the department's index each — none.
                // The department alone is read from the gram's rows at once.
                var probes = i != 3;
                var readsKey = i == 6;
                // A page read after the probe: 江北城's first pages; without a probe: the department alone.
                var readsPage = i is 0 or 1 or 3;
                Assert.Equal((probes ? 1 : 0) + (readsPage ? 1 : 0), reads.Count);
                Assert.Equal(readsKey ? 1 : 0, keyReads.Count);
                if (probes)
                {
                    var probe = commands[reads[0]];
                    Assert.Contains("LIMIT @p\n) AS \"n0\"", probe.ReplaceLineEndings("\n"));
                    Assert.Contains(fromEnd ? "ORDER BY \"n0\".\"EntityId\" DESC" : "ORDER BY \"n0\".\"EntityId\"", probe);
                    Assert.Equal(1024, fixture.Sql.Parameters[reads[0]]["@p"]); // Paging.ProbedKeys
                    var probePlan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(probe, fixture.Sql.Parameters[reads[0]])]);
                    // The gram's first rows in key order (their key range, nothing sorted), each card by key.
                    Assert.Equal("CO-ROUTINE n0\n  SEARCH n USING PRIMARY KEY (Kind=? AND Gram=? AND EntityId>? AND EntityId<?)\nSCAN n0\n"
                        + "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\n", probePlan.ReplaceLineEndings("\n"));
                }
                if (readsKey)
                {
                    var keyRead = commands[keyReads[0]];
                    Assert.StartsWith(fromEnd ? "SELECT MAX((" : "SELECT MIN((", keyRead);
                    var keyPlan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(keyRead, fixture.Sql.Parameters[keyReads[0]])]);
                    // The departments passing beside the year, each one's first card of that year from the department's index.
                    Assert.Equal("SEARCH v USING INDEX IX_ValueCounts_Column_Number (Column=? AND Number=? AND Count>?)\nCORRELATED SCALAR SUBQUERY 1\n"
                        + "  SEARCH p USING COVERING INDEX IX_Projects_Department_Categories (Department=?)\n", keyPlan.ReplaceLineEndings("\n"));
                }
                if (!readsPage) continue;
                var index = reads[^1];
                var page = commands[index];
                Assert.Contains("INNER JOIN", page);
                Assert.Contains(fromEnd ? "ORDER BY \"n\".\"EntityId\" DESC" : "ORDER BY \"n\".\"EntityId\"", page);
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
            foreach (var (gram, count) in kept)
                await db.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectDepartment && c.Gram == gram)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, count));
        }
    }

    // The seeds' cards named with 工作经费: jiangbeicheng-2025.txt's 14 (统战及民族宗教工作经费 … 卫生健康工作经费, not its
    // 财政管理业务经费 and 纪检监察业务经费) and nanping-2024.txt l.463 南坪街道村居工作经费.
    private static readonly string[] WorkFundsOf2025 = ["统战及民族宗教工作经费", "退役军人及武装工作经费", "经济发展工作经费", "文体及教育工作经费", "组织工作经费",
        "运行保障工作经费", "群团组织工作经费", "社会治理工作经费", "民政管理事务工作经费", "政协工作经费", "人大工作经费", "社会保障工作经费", "城乡社区管理工作经费", "卫生健康工作经费"];

    [Fact]
    public async Task A_card_names_contains_of_several_grams_beside_its_year_is_counted_and_paged_on_the_gram_rows_of_the_year()
    {
        var projects = ProjectQuerySpec.Filter;
        // The shape: a name's contains of several grams beside conditions on the year alone (the number every card name's
        // gram row carries).
        Assert.NotNull(projects.NameBesideCarried(Where(("name", "contains", "工作经费"), ("year", "eq", 2025))));
        Assert.NotNull(projects.NameBesideCarried(Where(("name", "contains", "工作经费"), ("year", "in", new List<object?> { 2024, 2025 }))));
        Assert.Equal("year", projects.NameBesideCarried(Where(("name", "contains", "工作经费"), ("year", "gte", 2024)))!.Value.CarriedField);
        Assert.Null(projects.NameBesideCarried(Where(("name", "contains", "经费"), ("year", "eq", 2025)))); // one gram: counted on its value counts
        Assert.Null(projects.NameBesideCarried(Where(("name", "contains", "工作经费"))));
        Assert.Null(projects.NameBesideCarried(Where(("name", "contains", "工作经费"), ("year", "eq", 2025), ("hasCoreIndicator", "eq", true))));
        Assert.Null(projects.NameBesideCarried(Where(("department", "contains", "江北城"), ("year", "eq", 2025)))); // its grams carry no number
        Assert.Null(projects.NameBesideCarried(Where(("name", "startsWith", "工作经费"), ("year", "eq", 2025))));
        // An indicator's target may be null: a gram row's number does not stand for every match.
        Assert.Null(IndicatorQuerySpec.Filter.NameBesideCarried(Where(("name", "contains", "满意度"), ("numericTarget", "lt", 90m))));

        await using var db = await DbAsync();
        async Task<int> CountAsync(Dictionary<string, object?> where) => await projects.CountBesideCarried(db, () => db.Projects.AsNoTracking(), where)!(default);
        Assert.Equal(14, await CountAsync(Where(("name", "contains", "工作经费"), ("year", "eq", 2025))));
        Assert.Equal(1, await CountAsync(Where(("name", "contains", "工作经费"), ("year", "eq", 2024))));
        Assert.Equal(0, await CountAsync(Where(("name", "contains", "工作经费"), ("year", "eq", 2023))));
        Assert.Equal(15, await CountAsync(Where(("name", "contains", "工作经费"), ("year", "in", new List<object?> { 2024, 2025 }))));
        Assert.Equal(1, await CountAsync(Where(("name", "contains", "工作经费"), ("year", "neq", 2025))));

        // Every gram's rows of the year give the predicate's page in key order, both ways.
        var where = Where(("name", "contains", "工作经费"), ("year", "eq", 2025));
        var found = projects.NameBesideCarried(where)!.Value;
        var matching = projects.Apply(db.Projects.AsNoTracking(), where, sqlite: true, unindexed: Fields("year"));
        foreach (var (offset, limit, fromEnd) in new[] { (0, 5, false), (10, 5, false), (0, 3, true), (12, 5, false) })
        {
            var inKeyOrder = fromEnd ? matching.OrderByDescending(p => p.Id) : matching.OrderBy(p => p.Id);
            var expected = await inKeyOrder.Skip(offset).Take(limit).Select(p => p.Name).ToListAsync();
            Assert.Equal(fromEnd ? WorkFundsOf2025.Reverse().Skip(offset).Take(limit) : WorkFundsOf2025.Skip(offset).Take(limit), expected);
            foreach (var gram in NameGrams.OfPattern("工作经费"))
                Assert.Equal(expected, await GramKeyOrderPage.Page(db, NameGramKind.ProjectName, gram, p => p.Id, matching, offset, limit, fromEnd,
                    onGrams: found.OnGrams).Select(p => p.Name).ToListAsync());
        }
        // The rarest of the pattern's grams among the rows of 2025: 作经, 工作 and 经费 each on the 14 and 经费 on 财政管理业务经费
        // and 纪检监察业务经费 too: 作经 (工作 ties it, 作经 first in ordinal order).
        Assert.Equal(("作经", 14), await NameSearch.RarestPassingGramAsync(db.NameGramValueCounts.AsNoTracking(), NameGramKind.ProjectName, "工作经费", found.OnCounts));

        // End to end, as if the pattern's grams had more ids than NameSearch.MaxCandidates (their counts kept at import
        // raised): counted on the gram rows of the year, each page read from them in key order, the same answers.
        string[] queries =
        [
            """{ projects(where: { name: { contains: "工作经费" }, year: { eq: 2025 } }, first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }""",
            """{ projects(where: { name: { contains: "工作经费" }, budget: { year: { eq: 2025 } } }, last: 3) { totalCount nodes { name } } }""",
            """{ projects(where: { name: { contains: "工作经费" }, year: { in: [2024, 2025] } }, first: 20) { totalCount nodes { name } } }""",
            """{ projects(where: { name: { contains: "工作经费" }, year: { eq: 2023 } }, first: 20) { totalCount nodes { name } } }""",
            """{ projects(where: { name: { contains: "工作经费" }, year: { eq: 2024 } }, first: 20) { totalCount nodes { name } } }""",
        ];
        var before = new List<string>();
        foreach (var query in queries) before.Add((await fixture.DataAsync(query)).GetRawText());
        var first = JsonDocument.Parse(before[0]).RootElement.GetProperty("projects");
        Assert.Equal(14, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(WorkFundsOf2025[..5], first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToArray());
        var both = JsonDocument.Parse(before[2]).RootElement.GetProperty("projects");
        Assert.Equal(15, both.GetProperty("totalCount").GetInt32());
        Assert.Contains("南坪街道村居工作经费", both.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal("""{"projects":{"totalCount":1,"nodes":[{"name":"南坪街道村居工作经费"}]}}""", before[4]);

        string[] raised = ["工作", "作经", "经费"];
        Dictionary<string, int> kept;
        await using (var counts = await DbAsync())
        {
            var rows = counts.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectName && raised.Contains(c.Gram));
            kept = await rows.ToDictionaryAsync(c => c.Gram, c => c.Count);
            await rows.ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, NameSearch.MaxCandidates + 1));
        }
        try
        {
            for (var i = 0; i < queries.Length; i++)
            {
                fixture.Sql.Clear();
                Assert.Equal(before[i], (await fixture.DataAsync(queries[i])).GetRawText());
                var commands = fixture.Sql.Commands;
                // Counted on the rows of the rarest gram of the year (2023: none; 2024: 作经's one row of 2024 against the
                // seeds' 2024 cards), not on the cards of the year — but 2025's 14 rows of 作经 are more than half its 17
                // cards, which are read instead.
                var count = Assert.Single(commands, c => c.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal));
                if (i is 3 or 4) Assert.Contains("\"n\".\"Value\"", count);
                if (i is 0 or 1) Assert.DoesNotContain("\"Value\"", count);
                // The pattern's three grams weighed once for the count and the page: one read of each one's counts.
                Assert.Equal(3, commands.Count(c => c.Contains("FROM \"NameGramValueCounts\"", StringComparison.Ordinal)));
                if (i == 3) continue; // none counted: no page read
                // The page joined to the gram rows of the year in key order (the year read past its index on the cards).
                var page = Assert.Single(commands, c => c.Contains("INNER JOIN", StringComparison.Ordinal) && c.Contains("ORDER BY \"n\".\"EntityId\"", StringComparison.Ordinal));
                Assert.Contains("\"n\".\"Value\"", page);
                if (i is not (0 or 4)) continue;
                var index = commands.ToList().IndexOf(page);
                var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(page, fixture.Sql.Parameters[index])]);
                Assert.Equal("SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=? AND Value=? AND EntityId>? AND EntityId<?)\n"
                    + "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\n", plan.ReplaceLineEndings("\n"));
            }
        }
        finally
        {
            await using var counts = await DbAsync();
            foreach (var (gram, count) in kept)
                await counts.NameGramCounts.Where(c => c.Kind == NameGramKind.ProjectName && c.Gram == gram)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, count));
        }
    }
}
