using BudgetGraph.Data;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// NOT_FOUND for arguments that name entities: every unknown value is listed in the message and in
/// <c>extensions.data.{argument}</c> (the argument's name, the bad values as given), instead of an empty answer that
/// looks like "nothing there". Filters (<c>where</c>) are not arguments that name entities: a filter that matches
/// nothing is an empty answer.
/// </summary>
internal static class UnknownEntityErrors
{
    public static async Task ThrowIfUnknownAsync(BudgetDbContext db, IReadOnlyList<string>? unitSlugs,
        IReadOnlyList<string>? functionalCodes, CancellationToken cancellationToken,
        string slugArgument = "unitSlugs", string codeArgument = "subjectCodes",
        IReadOnlyList<int>? years = null, string yearArgument = "years")
    {
        var slugs = await UnknownArguments.UnitSlugsAsync(db, unitSlugs, cancellationToken);
        var codes = await UnknownArguments.SubjectCodesAsync(db, functionalCodes, Classification.Functional, cancellationToken);
        var unknownYears = await UnknownArguments.YearsAsync(db, years, cancellationToken);
        if (slugs.Count == 0 && codes.Count == 0 && unknownYears.Count == 0) return;

        var parts = new List<string>();
        if (slugs.Count > 0) parts.Add($"no unit has the slug{(slugs.Count > 1 ? "s" : "")} {Quote(slugs)} (`{slugArgument}`)");
        if (codes.Count > 0) parts.Add($"no functional subject has the code{(codes.Count > 1 ? "s" : "")} {Quote(codes)} (`{codeArgument}`)");
        if (unknownYears.Count > 0)
            parts.Add($"no budget is for the year{(unknownYears.Count > 1 ? "s" : "")} {string.Join(", ", unknownYears)} (`{yearArgument}`)");
        var error = new QueryArgumentError(ErrorCodes.NotFound, char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".");
        if (slugs.Count > 0) error.Data[slugArgument] = slugs.ToList();
        if (codes.Count > 0) error.Data[codeArgument] = codes.ToList();
        if (unknownYears.Count > 0) error.Data[yearArgument] = unknownYears.ToList();
        throw error;
    }

    /// <summary>A NOT_FOUND error for one argument's value, carried in <c>extensions.data.{argument}</c>.</summary>
    public static QueryArgumentError NotFound(string message, string argument, object value)
    {
        var error = new QueryArgumentError(ErrorCodes.NotFound, message);
        error.Data[argument] = value;
        return error;
    }

    /// <summary>
    /// The NOT_FOUND of <c>budget(unitSlug, year)</c>: an unknown slug (<c>extensions.data.unitSlug</c>), else a year
    /// the unit has no budget for (<c>extensions.data.year</c>; the message lists the years it has).
    /// </summary>
    public static async Task<QueryArgumentError> BudgetNotFoundAsync(BudgetDbContext db, string slug, int year,
        CancellationToken cancellationToken)
    {
        var years = await db.Budgets.AsNoTracking().Where(b => b.Unit.Slug == slug).Select(b => b.FiscalYear)
            .OrderBy(y => y).ToListAsync(cancellationToken);
        var unitKnown = years.Count > 0 || await db.Units.AsNoTracking().AnyAsync(u => u.Slug == slug, cancellationToken);
        if (!unitKnown) return NotFound($"No unit has the slug '{slug}' (`unitSlug`).", "unitSlug", slug);
        var has = years.Count == 0 ? "it has no budget" : $"it has budgets for {string.Join(", ", years)}";
        return NotFound($"Unit '{slug}' has no budget for {year} (`year`); {has}.", "year", year);
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
