using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>One indicator placed side by side with the same kind of indicator of other units.</summary>
public sealed record IndicatorComparisonRow(
    int IndicatorId,
    string UnitSlug,
    string UnitShortName,
    int Year,
    string? ProjectName,
    string Name,
    string? Operator,
    long? NumericTarget,
    string? TextTarget,
    string? UnitOfMeasure,
    bool? IsCore);

/// <summary>
/// Lines up indicators whose name contains a term (e.g. 满意 for every satisfaction target) across units and years,
/// from project cards and overall goals alike. Filtering and ordering run in SQL, by one of two plans with the same
/// rows in the same order (<c>IndicatorComparerTests</c>):
/// <list type="bullet">
/// <item>a term whose rarest gram has few ids (<see cref="NameSearch.Plan"/>, e.g. 磁器口): those candidates, sorted —
/// as many rows read as the term matches (<see cref="Sorted"/>);</item>
/// <item>a frequent term (满意: one indicator in eight) or one without a gram: the units in slug order, each one's budgets
/// in year order, each budget's indicators in card and position order (an index each), so the first page is read
/// after a few budgets and nothing is sorted (<see cref="InIndexOrder"/>).</item>
/// </list>
/// </summary>
public static class IndicatorComparer
{
    /// <summary>The matching indicators as a composable query in the default order (unit, year, project, position).</summary>
    /// <param name="counted">What <see cref="CountAsync"/> gave for the same arguments, if it ran: for a one-gram term over
    /// every unit and year that is the gram's number of ids, so the plan is chosen without counting them again.</param>
    public static IQueryable<IndicatorComparisonRow> Query(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years, int? counted = null)
    {
        var candidates = counted is { } ids && CountsGrams(nameContains, unitSlugs, years)
            ? ids <= NameSearch.MaxCandidates ? NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, nameContains) : null
            : NameSearch.Plan(db.NameGrams, db.NameGramCounts, NameGramKind.IndicatorName, nameContains);
        return candidates is not null
            ? Sorted(db, nameContains, unitSlugs, years, candidates)
            : InIndexOrder(db, nameContains, unitSlugs, years);
    }

    private static bool CountsGrams(string nameContains, IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years) =>
        unitSlugs is not { Count: > 0 } && years is not { Count: > 0 } && NameSearch.IsOneGram(nameContains);

    /// <summary>
    /// The matching indicators among <paramref name="candidates"/> (or all, when null), read by their keys and sorted into
    /// the default order.
    /// </summary>
    public static IQueryable<IndicatorComparisonRow> Sorted(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years, IQueryable<int>? candidates)
    {
        var matching = Matching(db, nameContains, unitSlugs, years);
        if (candidates is not null) matching = matching.Where(i => candidates.Contains(i.Id));
        return matching
            .OrderBy(i => i.Budget.Unit.Slug).ThenBy(i => i.FiscalYear).ThenBy(i => i.ProjectId).ThenBy(i => i.Ordinal)
            .ThenBy(i => i.Id)
            .Select(i => new IndicatorComparisonRow(i.Id, i.Budget.Unit.Slug, i.Budget.Unit.ShortName, i.FiscalYear,
                i.Project == null ? null : i.Project.Name, i.Name, i.Operator, i.NumericTarget, i.TextTarget,
                i.UnitOfMeasure, i.IsCore));
    }

    /// <summary>
    /// The matching indicators in the default order as the indexes give it: <c>IX_Units_Slug</c>, then the budgets' unique
    /// (UnitId, FiscalYear), then the indicators' (BudgetId, ProjectId, Ordinal) with the id last — so a page stops after
    /// its rows (a unit's slug and a unit's year are unique, so this order is the ORDER BY's). SQLite keeps the loops in
    /// the written order of a CROSS JOIN; the term's predicate, the scope and the order are the same LINQ as
    /// <see cref="Sorted"/>, composed on the join.
    /// </summary>
    public static IQueryable<IndicatorComparisonRow> InIndexOrder(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years)
    {
        var rows = db.Database.SqlQueryRaw<IndicatorLineUp>(db.Database.IsSqlite() ? LineUpSqlite : LineUpSqlServer)
            .Where(r => r.Name.Contains(nameContains));
        if (unitSlugs is { Count: > 0 }) rows = rows.Where(r => unitSlugs.Contains(r.UnitSlug));
        if (years is { Count: > 0 }) rows = rows.Where(r => years.Contains(r.Year));
        return rows
            .OrderBy(r => r.UnitSlug).ThenBy(r => r.Year).ThenBy(r => r.ProjectId).ThenBy(r => r.Ordinal).ThenBy(r => r.IndicatorId)
            .Select(r => new IndicatorComparisonRow(r.IndicatorId, r.UnitSlug, r.UnitShortName, r.Year, r.ProjectName, r.Name,
                r.Operator, r.NumericTarget, r.TextTarget, r.UnitOfMeasure, r.IsCore));
    }

    private const string LineUpColumns = """
        SELECT i."Id" AS "IndicatorId", u."Slug" AS "UnitSlug", u."ShortName" AS "UnitShortName", b."FiscalYear" AS "Year",
               i."ProjectId", i."Ordinal", p."Name" AS "ProjectName", i."Name", i."Operator", i."NumericTarget",
               i."TextTarget", i."UnitOfMeasure", i."IsCore"
        """;

    private const string LineUpSqlite = LineUpColumns + """

        FROM "Units" AS u
        CROSS JOIN "Budgets" AS b
        CROSS JOIN "Indicators" AS i
        LEFT JOIN "Projects" AS p ON p."Id" = i."ProjectId"
        WHERE b."UnitId" = u."Id" AND i."BudgetId" = b."Id"
        """;

    private const string LineUpSqlServer = LineUpColumns + """

        FROM "Units" AS u
        INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
        INNER JOIN "Indicators" AS i ON i."BudgetId" = b."Id"
        LEFT JOIN "Projects" AS p ON p."Id" = i."ProjectId"
        """;

    /// <summary>
    /// How many indicators <see cref="Query"/> gives: over every unit and year a term that is one gram is the gram's
    /// count kept at import (<see cref="NameSearch.CountExactlyAsync"/>: one key lookup); otherwise the matching indicators are counted (<see cref="Matching"/>).
    /// </summary>
    public static Task<int> CountAsync(BudgetDbContext db, string nameContains, IReadOnlyList<string>? unitSlugs,
        IReadOnlyList<int>? years, CancellationToken cancellationToken = default) =>
        CountsGrams(nameContains, unitSlugs, years)
            ? NameSearch.CountExactlyAsync(db.NameGramCounts.AsNoTracking(), NameGramKind.IndicatorName, nameContains, cancellationToken)
            : Matching(db, nameContains, unitSlugs, years).CountAsync(cancellationToken);

    /// <summary>
    /// The matching indicators themselves, unordered (as many as <see cref="Query"/> gives): counted, they read the
    /// name index alone, without the joins the rows' unit and project need.
    /// </summary>
    public static IQueryable<Indicator> Matching(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years)
    {
        var indicators = db.Indicators.AsNoTracking().Where(i => i.Name.Contains(nameContains));
        if (unitSlugs is { Count: > 0 }) indicators = indicators.Where(i => unitSlugs.Contains(i.Budget.Unit.Slug));
        if (years is { Count: > 0 }) indicators = indicators.Where(i => years.Contains(i.FiscalYear));
        return indicators;
    }

    /// <summary>Every matching indicator (unpaged; for small questions and tests).</summary>
    public static async Task<IReadOnlyList<IndicatorComparisonRow>> CompareAsync(
        BudgetDbContext db, string nameContains, IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years,
        CancellationToken cancellationToken = default) =>
        await Query(db, nameContains, unitSlugs, years).ToListAsync(cancellationToken);

    /// <summary>The units (and years) in scope without any indicator whose name contains the term, and why.</summary>
    public static Task<IReadOnlyList<MissingUnit>> MissingAsync(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years, CancellationToken cancellationToken = default) =>
        MissingUnits.FindAsync(db, unitSlugs, years,
            budgets => budgets
                .Where(b => !db.Indicators.Any(i => i.BudgetId == b.Id && i.Name.Contains(nameContains)))
                .Select(b => new MissingUnits.Candidate(b.Unit.Slug, b.Unit.ShortName, b.FiscalYear,
                    db.Indicators.Any(i => i.BudgetId == b.Id))),
            candidate => (MissingReason.NoMatchingIndicator, candidate.HasData
                ? $"None of the performance indicators of its {candidate.Year} disclosure has a name containing '{nameContains}'."
                : $"Its {candidate.Year} disclosure has no performance indicators."),
            cancellationToken);
}
