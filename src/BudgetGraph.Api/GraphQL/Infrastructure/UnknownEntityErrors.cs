using BudgetGraph.Data;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// NOT_FOUND for arguments that name entities: every unknown value is listed in the message and in
/// <c>extensions.data.{argument}</c>, instead of an empty answer that looks like "nothing there".
/// </summary>
internal static class UnknownEntityErrors
{
    public static async Task ThrowIfUnknownAsync(BudgetDbContext db, IReadOnlyList<string>? unitSlugs,
        IReadOnlyList<string>? functionalCodes, CancellationToken cancellationToken,
        string slugArgument = "unitSlugs", string codeArgument = "subjectCodes")
    {
        var slugs = await UnknownArguments.UnitSlugsAsync(db, unitSlugs, cancellationToken);
        var codes = await UnknownArguments.SubjectCodesAsync(db, functionalCodes, Classification.Functional, cancellationToken);
        if (slugs.Count == 0 && codes.Count == 0) return;

        var parts = new List<string>();
        if (slugs.Count > 0) parts.Add($"no unit has the slug{(slugs.Count > 1 ? "s" : "")} {Quote(slugs)} (`{slugArgument}`)");
        if (codes.Count > 0) parts.Add($"no functional subject has the code{(codes.Count > 1 ? "s" : "")} {Quote(codes)} (`{codeArgument}`)");
        var error = new QueryArgumentError(ErrorCodes.NotFound, char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".");
        if (slugs.Count > 0) error.Data[slugArgument] = slugs.ToList();
        if (codes.Count > 0) error.Data[codeArgument] = codes.ToList();
        throw error;
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
