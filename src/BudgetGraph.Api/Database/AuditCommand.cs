using BudgetGraph.Api.Import;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Database;

/// <summary>
/// <c>audit</c>: works out again, from the rows, every figure the importer keeps for the API — carried districts,
/// counts, the name gram rows, expenditure totals (<see cref="KeptFiguresAudit"/>) — and lists each that differs, writing nothing; with
/// <c>--repair</c> it writes the figures that differ again from the rows. Exit code 0: every kept figure is its rows'
/// (or was repaired); 1: some differ, or the database cannot be audited (missing, unreadable, not migrated); 2: usage.
/// </summary>
public static class AuditCommand
{
    public const string Usage =
        "usage: audit [--repair]\n" +
        "  Works out again, from the rows, the figures the importer keeps for the API to read instead of the rows (the\n" +
        "  districts and categories rows carry; row, value, band, indicator and name gram counts; the name gram rows, derived\n" +
        "  again from the names; the expenditure totals of budgets, districts, years, units and subjects), inside a\n" +
        "  transaction it rolls back, and lists every kept figure that differs. Writes nothing; --repair commits the figures\n" +
        "  written again when some differ. The configured database (Database:Provider / Database:ConnectionString) must be\n" +
        "  migrated.\n" +
        "  Exit code 0: all exact (or repaired); 1: some differ, or no database to audit; 2: usage.";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, ImportCommand.BuildConfiguration(), Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var repair = args is ["--repair"];
        if (args.Length > 0 && !repair)
        {
            var help = args.Any(HelpFlag.Is);
            (help ? output : error).WriteLine(Usage);
            return help ? 0 : 2;
        }

        var database = DatabaseOptions.From(configuration);
        if (database.ReadOnly)
        {
            error.WriteLine("audit: Database:ReadOnly is set, and the figures are written again inside a transaction that is rolled back; " +
                            "unset it for this command (Database__ReadOnly=false).");
            return 2;
        }
        // Checked read-only first: a missing file is not created, a database another build made is not migrated.
        await using (var check = new BudgetDbContext(DatabaseServiceCollectionExtensions.CreateOptions(database.AsReadOnly())))
        {
            try
            {
                await DatabaseSetup.EnsureCurrentWithoutWritingAsync(check);
            }
            catch (DatabaseUnusableException e)
            {
                error.WriteLine(e.Problem == DatabaseProblem.NeedsMigration
                    ? "audit: the database lacks some of this build's migrations; run the migrate command first."
                    : $"audit: {e.Message}");
                return 1;
            }
        }

        await using var db = new BudgetDbContext(DatabaseServiceCollectionExtensions.CreateOptions(database));
        var differences = await KeptFiguresAudit.RunAsync(db, repair);
        foreach (var difference in differences) output.WriteLine($"audit: {difference}");
        output.WriteLine(differences.Count == 0 ? $"audit: every kept figure is its rows' ({string.Join(", ", KeptFiguresAudit.Figures)})."
            : repair ? $"audit: {differences.Count} kept figure(s) differed from their rows and were written again from them; a running " +
                       "service drops the answers it cached before within a second."
            : $"audit: {differences.Count} kept figure(s) differ from their rows, and the API serves them as kept: `audit --repair` writes them again from the rows.");
        return differences.Count == 0 || repair ? 0 : 1;
    }
}
