namespace BudgetGraph.Api.Import;

/// <summary>
/// The folder the user typed the command in. <c>dotnet run --project src/BudgetGraph.Api</c> starts the program in
/// the project's folder (the Web SDK's run working directory, where appsettings.json and data/ are), so the project
/// passes the caller's folder as a first argument <c>--caller-directory=&lt;dir&gt;</c> (StartArguments in the csproj);
/// relative paths given to commands resolve against it. Without it (a published app) it is the current directory.
/// </summary>
public static class CallerDirectory
{
    public const string Option = "--caller-directory=";

    /// <summary>The caller's folder and the arguments without the option.</summary>
    public static (string Directory, string[] Args) Split(string[] args) =>
        args is [var first, .. var rest] && first.StartsWith(Option, StringComparison.Ordinal) && first.Length > Option.Length
            ? (first[Option.Length..], rest)
            : (Directory.GetCurrentDirectory(), args);
}
