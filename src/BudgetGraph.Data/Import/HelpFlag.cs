namespace BudgetGraph.Data.Import;

/// <summary>
/// The arguments that ask a command for its usage: <c>-h</c>, <c>--help</c>, <c>-?</c> (the import's command line here,
/// and the service's, <c>migrate</c>'s and <c>healthcheck</c>'s).
/// </summary>
public static class HelpFlag
{
    public static bool Is(string argument) => argument is "-h" or "--help" or "-?";
}
