namespace BudgetGraph.Api.Tests.Import;

/// <summary>A fact that looks at processes through Linux's <c>/proc</c>: skipped, with that reason, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Looks at the child process through /proc, which only Linux has.";
    }
}
