using System.Globalization;

namespace BudgetGraph.Benchmark;

/// <summary>
/// What one `import` run into a fresh database cost: documents, wall seconds (process start to exit) and the
/// process's peak resident set. Kept beside the database (<c>.import.txt</c>) so a reused database still reports
/// the import that built it.
/// </summary>
public sealed record ImportFigures(int Documents, double Seconds, long? PeakResidentBytes, DateTimeOffset ImportedAt)
{
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Documents:N0} documents in {Seconds:0.0} s ({DocumentsPerSecond:0} documents/s), peak RSS {Megabytes(PeakResidentBytes)}, imported {ImportedAt:yyyy-MM-dd HH:mm} UTC");

    public static string Megabytes(long? bytes) =>
        bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / (1024.0 * 1024.0):0} MB") : "n/a";

    public void Save(string path) => File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
        $"{Documents} {Seconds:R} {PeakResidentBytes ?? -1} {ImportedAt.ToUnixTimeSeconds()}\n"));

    public static ImportFigures? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) return null;
        var peak = long.Parse(parts[2], CultureInfo.InvariantCulture);
        return new ImportFigures(int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            peak < 0 ? null : peak, DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[3], CultureInfo.InvariantCulture)));
    }
}
