using System.Globalization;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Benchmark;

/// <summary>
/// What one `import` run into a fresh database cost: documents, wall seconds (process start to exit), the process's
/// peak resident set and the import's own <c>phases:</c> line (where the time went; a bulk load's end in steps). Kept
/// beside the database (<c>.import.txt</c>) so a reused database still reports the import that built it.
/// </summary>
public sealed record ImportFigures(int Documents, double Seconds, long? PeakResidentBytes, DateTimeOffset ImportedAt, string? Phases = null)
{
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Documents:N0} documents in {Seconds:0.0} s ({DocumentsPerSecond:0} documents/s), peak RSS {Megabytes(PeakResidentBytes)}, imported {ImportedAt:yyyy-MM-dd HH:mm} UTC");

    /// <summary><see cref="Describe"/> and <paramref name="afterFigures"/>, then the phases line indented on a line of its own when there is one.</summary>
    public string DescribeWithPhases(string afterFigures = "") => Describe() + afterFigures + (Phases is null ? "" : $"\n    {Phases}");

    public static string Megabytes(long? bytes) =>
        bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / (1024.0 * 1024.0):0} MB") : "n/a";

    /// <summary>The figures on a line, then the phases line when there is one (a file written before has none).</summary>
    public void Save(string path) => File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
        $"{Documents} {Seconds:R} {PeakResidentBytes ?? -1} {ImportedAt.ToUnixTimeSeconds()}\n") + (Phases is null ? "" : Phases + "\n"));

    public static ImportFigures? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return null;
        var parts = lines[0].Split(' ', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) return null;
        var peak = long.Parse(parts[2], CultureInfo.InvariantCulture);
        return new ImportFigures(int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            peak < 0 ? null : peak, DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[3], CultureInfo.InvariantCulture)),
            lines.Length > 1 && lines[1].StartsWith(ImportPhases.LinePrefix, StringComparison.Ordinal) ? lines[1] : null);
    }
}
