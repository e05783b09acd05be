namespace BudgetGraph.Api.Tests.Deployment;

/// <summary>One instruction of a Dockerfile (continuation lines joined), with the line it starts on.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    /// <summary>Reads a Dockerfile: comments and blank lines dropped, lines ending in a backslash joined.</summary>
    public static IReadOnlyList<DockerInstruction> Parse(string path)
    {
        var instructions = new List<DockerInstruction>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var start = i + 1;
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                var next = lines[++i].Trim();
                line = line[..^1].TrimEnd() + (next.StartsWith('#') ? "" : " " + next);
            }
            var space = line.IndexOf(' ');
            instructions.Add(space < 0
                ? new DockerInstruction(line.ToUpperInvariant(), "", start)
                : new DockerInstruction(line[..space].ToUpperInvariant(), line[(space + 1)..].Trim(), start));
        }
        return instructions;
    }

    /// <summary>The words of the arguments, without <c>--flag=value</c> options.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();

    /// <summary>The value of option <c>--name=value</c>, or null.</summary>
    public string? Option(string name) => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .FirstOrDefault(w => w.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];

    public override string ToString() => $"line {Line}: {Keyword} {Arguments}";
}
