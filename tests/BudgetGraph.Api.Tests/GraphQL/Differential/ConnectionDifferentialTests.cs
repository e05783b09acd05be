using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// Random filters, orders and pages of the four connections, answered by the service over the seeds and their
/// SYNTHETIC copies and by an oracle that filters and sorts the rows in memory (<see cref="ConnectionOracle{T}"/>).
/// Every page, count and "more pages" flag must agree. The service picks among many read paths by what a request's
/// terms keep (issue 8's kept counts, gram rows, order probes, bands, year unions); each was tested on the cases it
/// was written for, this covers their combinations. Seeded: a failure names its request, and the same seed repeats it.
/// </summary>
public sealed class ConnectionDifferentialTests(SyntheticCopiesFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticCopiesFixture>
{
    private const int Cases = 200;

    // Words journalists look for, and some no name holds.
    private static readonly string[] IndicatorWords = ["满意", "满意度", "率", "数量", "完成", "及时", "覆盖", "不存在的指标"];
    private static readonly string[] ProjectWords = ["经费", "南坪", "村居", "专项", "运行", "合成", "街道", "不存在的项目"];
    private static readonly string[] UnitWords = ["南坪", "合成", "街道", "重庆市", "办事处", "人民政府", "不存在的单位"];

    private sealed record Data(List<Unit> Units, List<Budget> Budgets, List<Project> Projects, List<Indicator> Indicators)
    {
        public Dictionary<int, Unit> UnitById { get; } = Units.ToDictionary(u => u.Id);
        public Dictionary<int, Budget> BudgetById { get; } = Budgets.ToDictionary(b => b.Id);
        public Dictionary<int, Project> ProjectById { get; } = Projects.ToDictionary(p => p.Id);
        private readonly ILookup<int, Project> _projectsOfBudget = Projects.ToLookup(p => p.BudgetId);
        private readonly ILookup<int?, Indicator> _indicatorsOfProject = Indicators.ToLookup(i => i.ProjectId);
        public IReadOnlyList<Project> ProjectsOf(int budgetId) => [.. _projectsOfBudget[budgetId]];
        public IReadOnlyList<Indicator> IndicatorsOf(int projectId) => [.. _indicatorsOfProject[projectId]];
    }

    // An indicator's own conditions, for a card's list of them.
    private static IReadOnlyList<TermMaker<Indicator>> IndicatorItemTerms(Data data)
    {
        ConnectionOracle<Indicator> indicators = null!;
        Func<ConnectionOracle<Indicator>> of = () => indicators;
        indicators = new ConnectionOracle<Indicator>("indicators", data.Indicators, i => i.Id,
        [
            Terms.Name("name", i => i.Name, of, IndicatorWords),
            Terms.Number("weight", i => i.Weight, of),
            Terms.Text("operator", i => i.Operator, of),
            Terms.Number("numericTarget", i => i.NumericTarget, of),
            Terms.Mark<Indicator>("isCore", i => i.IsCore),
        ], []);
        return indicators.Makers;
    }

    private Data Load()
    {
        using var db = fixture.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        var data = new Data(db.Units.AsNoTracking().ToList(), db.Budgets.AsNoTracking().ToList(),
            db.Projects.AsNoTracking().ToList(), db.Indicators.AsNoTracking().ToList());
        // The corpus is what the read paths were tuned on: thousands of indicators, most of them copies (a given
        // database is what it is).
        if (fixture.ExpectedBudgets is { } budgets)
        {
            Assert.Equal(budgets, data.Budgets.Count);
            Assert.True(data.Indicators.Count > 5_000, $"{data.Indicators.Count} indicators");
        }
        return data;
    }

    private static IReadOnlyList<TermMaker<Unit>> UnitTerms(Func<ConnectionOracle<Unit>> of) =>
    [
        Terms.Name("name", u => u.OfficialName, of, UnitWords),
        Terms.Name("shortName", u => u.ShortName, of, UnitWords),
        Terms.Text("slug", u => u.Slug, of),
        Terms.Text("districtName", u => u.DistrictName, of),
        Terms.Text("unitCode", u => u.UnitCode, of),
    ];

    private static readonly string[] Directions = ["ASC", "DESC"];

    private static IEnumerable<Order<T>> Both<T>(string graphQL, Func<T, object?> key) =>
        Directions.Select(d => new Order<T>(string.Format(System.Globalization.CultureInfo.InvariantCulture, graphQL, d), [(key, d == "DESC")]));

    private static IEnumerable<Order<T>> ByUnit<T>(Func<T, Unit> unit) =>
        Both<T>("{{ unit: {{ name: {0} }} }}", r => unit(r).OfficialName).Concat(Both<T>("{{ unit: {{ slug: {0} }} }}", r => unit(r).Slug));

    [Fact]
    public async Task Units_pages_agree_with_the_oracle()
    {
        var data = Load();
        ConnectionOracle<Unit> oracle = null!;
        var orders = Both<Unit>("{{ slug: {0} }}", u => u.Slug).Concat(Both<Unit>("{{ name: {0} }}", u => u.OfficialName))
            .Concat(Both<Unit>("{{ shortName: {0} }}", u => u.ShortName)).Concat(Both<Unit>("{{ districtName: {0} }}", u => u.DistrictName))
            .Concat(Both<Unit>("{{ unitCode: {0} }}", u => u.UnitCode)).ToList();
        oracle = new ConnectionOracle<Unit>("units", data.Units, u => u.Id, UnitTerms(() => oracle), orders);
        await AssertAgreesAsync(oracle, seed: 1);
    }

    [Fact]
    public async Task Budgets_pages_agree_with_the_oracle()
    {
        var data = Load();
        ConnectionOracle<Budget> oracle = null!;
        Func<ConnectionOracle<Budget>> of = () => oracle;
        var terms = new List<TermMaker<Budget>>
        {
            Terms.Whole("year", b => b.FiscalYear, of),
            Terms.Number("incomeTotal", b => b.IncomeTotal, of),
            Terms.Number("expenditure", b => b.ExpenditureTotal ?? b.PerformanceBudget, of),
            Terms.Number("expenditureTotal", b => b.ExpenditureTotal, of),
            Terms.Number("performanceBudget", b => b.PerformanceBudget, of),
            Terms.Number("basicExpenditure", b => b.BasicExpenditure, of),
            Terms.Number("projectExpenditure", b => b.ProjectExpenditure, of),
            Terms.Number("carryOver", b => b.CarryOver, of),
            Terms.Number("procurementTotal", b => b.ProcurementTotal, of),
            Terms.On<Budget, Unit>("unit", b => data.UnitById[b.UnitId], UnitRowTerms(data)),
            Terms.List<Budget, Project>("projects", b => data.ProjectsOf(b.Id), ProjectOracle(data).Makers.Where(m => m.Field != "budget").ToList()),
        };
        var orders = Both<Budget>("{{ year: {0} }}", b => b.FiscalYear)
            .Concat(Both<Budget>("{{ incomeTotal: {0} }}", b => b.IncomeTotal))
            .Concat(Both<Budget>("{{ expenditure: {0} }}", b => b.ExpenditureTotal ?? b.PerformanceBudget))
            .Concat(Both<Budget>("{{ expenditureTotal: {0} }}", b => b.ExpenditureTotal))
            .Concat(Both<Budget>("{{ performanceBudget: {0} }}", b => b.PerformanceBudget))
            .Concat(Both<Budget>("{{ basicExpenditure: {0} }}", b => b.BasicExpenditure))
            .Concat(Both<Budget>("{{ projectExpenditure: {0} }}", b => b.ProjectExpenditure))
            .Concat(ByUnit<Budget>(b => data.UnitById[b.UnitId]))
            .Append(new Order<Budget>("{ year: DESC }, { expenditure: ASC }", [(b => b.FiscalYear, true), (b => b.ExpenditureTotal ?? b.PerformanceBudget, false)]))
            .ToList();
        oracle = new ConnectionOracle<Budget>("budgets", data.Budgets, b => b.Id, terms, orders);
        await AssertAgreesAsync(oracle, seed: 2);
    }

    [Fact]
    public async Task Projects_pages_agree_with_the_oracle()
    {
        var data = Load();
        await AssertAgreesAsync(ProjectOracle(data), seed: 3);
    }

    [Fact]
    public async Task Indicators_pages_agree_with_the_oracle() => await AssertAgreesAsync(IndicatorOracle(Load()), seed: 4);

    [Fact]
    public async Task Nested_lists_agree_with_the_oracle_under_every_parent()
    {
        var data = Load();
        var projects = ProjectOracle(data);
        var indicators = IndicatorOracle(data);
        ConnectionOracle<Budget> budgets = null!;
        budgets = new ConnectionOracle<Budget>("budgets", data.Budgets, b => b.Id,
            [Terms.Whole("year", b => b.FiscalYear, () => budgets), Terms.Number("expenditureTotal", b => b.ExpenditureTotal, () => budgets),
             Terms.Number("projectExpenditure", b => b.ProjectExpenditure, () => budgets)],
            [.. Both<Budget>("{{ year: {0} }}", b => b.FiscalYear), .. Both<Budget>("{{ expenditureTotal: {0} }}", b => b.ExpenditureTotal)]);

        var disagreements = new List<string>();
        disagreements.AddRange(await indicators.NestedDisagreementsAsync(fixture, 5, Cases, "projects", data.Projects.Count, "indicators", data.IndicatorsOf));
        disagreements.AddRange(await projects.NestedDisagreementsAsync(fixture, 6, Cases, "budgets", data.Budgets.Count, "projects", data.ProjectsOf));
        disagreements.AddRange(await budgets.NestedDisagreementsAsync(fixture, 7, Cases, "units", data.Units.Count, "budgets",
            unitId => data.Budgets.Where(b => b.UnitId == unitId)));
        foreach (var d in disagreements.Take(20)) output.WriteLine(d);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} nested requests disagree with the oracle:\n" + string.Join("\n", disagreements.Take(10)));
    }

    private static ConnectionOracle<Indicator> IndicatorOracle(Data data)
    {
        ConnectionOracle<Indicator> oracle = null!;
        var projects = ProjectOracle(data);
        Func<ConnectionOracle<Indicator>> of = () => oracle;
        var terms = new List<TermMaker<Indicator>>
        {
            Terms.Name("name", i => i.Name, of, IndicatorWords),
            Terms.Text("level1", i => i.Level1, of),
            Terms.Text("level2", i => i.Level2, of),
            Terms.Text("level3", i => i.Level3, of),
            Terms.Number("weight", i => i.Weight, of),
            Terms.Text("unitOfMeasure", i => i.UnitOfMeasure, of),
            Terms.Text("operator", i => i.Operator, of),
            Terms.Number("numericTarget", i => i.NumericTarget, of),
            Terms.Text("textTarget", i => i.TextTarget, of),
            Terms.Mark<Indicator>("isCore", i => i.IsCore),
            Terms.Whole("year", i => i.FiscalYear, of),
            Terms.On<Indicator, Unit>("unit", i => data.UnitById[i.UnitId], UnitRowTerms(data)),
            Terms.On<Indicator, Project>("project", i => i.ProjectId is { } id ? data.ProjectById[id] : null, projects.Makers),
        };
        var orders = Both<Indicator>("{{ name: {0} }}", i => i.Name)
            .Concat(Both<Indicator>("{{ weight: {0} }}", i => i.Weight))
            .Concat(Both<Indicator>("{{ numericTarget: {0} }}", i => i.NumericTarget))
            .Concat(Both<Indicator>("{{ year: {0} }}", i => i.FiscalYear))
            .Concat(Both<Indicator>("{{ position: {0} }}", i => i.Ordinal))
            .Concat(ByUnit<Indicator>(i => data.UnitById[i.UnitId]))
            .Append(new Order<Indicator>("{ year: DESC }, { weight: DESC }", [(i => i.FiscalYear, true), (i => i.Weight, true)]))
            .ToList();
        return oracle = new ConnectionOracle<Indicator>("indicators", data.Indicators, i => i.Id, terms, orders);
    }

    // A unit's own conditions, for a row's unit.
    private static IReadOnlyList<TermMaker<Unit>> UnitRowTerms(Data data)
    {
        ConnectionOracle<Unit> units = null!;
        units = new ConnectionOracle<Unit>("units", data.Units, u => u.Id, UnitTerms(() => units), []);
        return units.Makers;
    }

    private static ConnectionOracle<Project> ProjectOracle(Data data)
    {
        ConnectionOracle<Project> oracle = null!;
        ConnectionOracle<Budget> budgets = null!;
        budgets = new ConnectionOracle<Budget>("budgets", data.Budgets, b => b.Id,
            [Terms.Whole("year", b => b.FiscalYear, () => budgets), Terms.Number("incomeTotal", b => b.IncomeTotal, () => budgets)], []);
        Func<ConnectionOracle<Project>> of = () => oracle;
        var terms = new List<TermMaker<Project>>
        {
            Terms.Name("name", p => p.Name, of, ProjectWords),
            Terms.Text("code", p => p.Code, of),
            Terms.Text("category", p => p.Category, of),
            Terms.Text("department", p => p.Department, of),
            Terms.Number("amount", p => p.Amount, of),
            Terms.Whole("year", p => p.FiscalYear, of),
            Terms.Mark<Project>("hasCoreIndicator", p => p.HasCoreIndicator),
            Terms.On<Project, Unit>("unit", p => data.UnitById[p.UnitId], UnitRowTerms(data)),
            Terms.On<Project, Budget>("budget", p => data.BudgetById[p.BudgetId], budgets.Makers),
            Terms.List<Project, Indicator>("indicators", p => data.IndicatorsOf(p.Id), IndicatorItemTerms(data)),
        };
        var orders = Both<Project>("{{ name: {0} }}", p => p.Name)
            .Concat(Both<Project>("{{ code: {0} }}", p => p.Code))
            .Concat(Both<Project>("{{ category: {0} }}", p => p.Category))
            .Concat(Both<Project>("{{ amount: {0} }}", p => p.Amount))
            .Concat(Both<Project>("{{ year: {0} }}", p => p.FiscalYear))
            .Concat(Both<Project>("{{ position: {0} }}", p => p.Ordinal))
            .Concat(ByUnit<Project>(p => data.UnitById[p.UnitId]))
            .Append(new Order<Project>("{ year: ASC }, { amount: DESC }", [(p => p.FiscalYear, false), (p => p.Amount, true)]))
            .ToList();
        oracle = new ConnectionOracle<Project>("projects", data.Projects, p => p.Id, terms, orders);
        return oracle;
    }

    private async Task AssertAgreesAsync<T>(ConnectionOracle<T> oracle, int seed)
    {
        fixture.Sql.Clear();
        var disagreements = await oracle.DisagreementsAsync(fixture, seed, Cases);
        output.WriteLine(oracle.Summary);
        // Which of the read paths the requests took (by the tables their SQL reads).
        foreach (var marker in new[] { "\"NameGrams\"", "\"NameGramCounts\"", "\"NameGramValueCounts\"", "\"ValueCounts\"", "FacetCounts\"", "\"AmountBandCounts\"", "\"RowCounts\"", "UNION" })
            output.WriteLine($"{marker}: {fixture.Sql.Commands.Count(c => c.Contains(marker, StringComparison.Ordinal))} commands");
        foreach (var d in disagreements.Take(20)) output.WriteLine(d);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Cases} requests disagree with the oracle (seed {seed}):\n" +
            string.Join("\n", disagreements.Take(10)));
    }
}
