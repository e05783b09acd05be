using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Parsing;

namespace BudgetGraph.Benchmark;

/// <summary>
/// <c>--parse-bench DIR [--count N] [--reconcile]</c>: parses the first N files of DIR (sorted by name) one after the
/// other on this thread, in process (no database), and prints the parser's CPU time and allocated bytes per document
/// (the importer's per-document work ahead of its writer; with <c>--reconcile</c> the reconciliation too). The first
/// files are parsed once before measuring, so JIT is not counted. <c>--digest</c> instead prints one SHA-256 over the
/// System.Text.Json serialization of every parsed model (not timed): equal digests before and after a change to the
/// parser show it reads the whole corpus exactly as before.
/// </summary>
public static class ParseBenchmark
{
    public static int Run(string folder, int count, bool reconcile, bool digest)
    {
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(count).ToArray();
        if (files.Length == 0) throw new ArgumentException($"no *.txt file in {folder}");
        if (digest)
        {
            Console.WriteLine($"{files.Length} documents, parsed model digest {Digest(files)}");
            return 0;
        }

        foreach (var file in files.Take(10)) Work(file, reconcile);

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var userBefore = process.UserProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        var findings = 0L;
        foreach (var file in files) findings += Work(file, reconcile);
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var user = process.UserProcessorTime - userBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Length} documents {(reconcile ? "parsed and reconciled" : "parsed")} ({findings} findings): " +
            $"{cpu.TotalMilliseconds / files.Length:0.00} CPU ms/doc (user {user.TotalMilliseconds / files.Length:0.00}), " +
            $"{wall.Elapsed.TotalMilliseconds / files.Length:0.00} wall ms/doc, {allocated / 1024.0 / files.Length:0} KB allocated/doc, " +
            $"{GC.CollectionCount(0) - gcBefore} gen0 GCs, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));
        return 0;
    }

    private static string Digest(IEnumerable<string> files)
    {
        var json = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(DisclosureParser.Parse(Path.GetFileName(file), File.ReadAllBytes(file)), json));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static int Work(string file, bool reconcile)
    {
        var disclosure = DisclosureParser.Parse(Path.GetFileName(file), File.ReadAllBytes(file));
        return reconcile ? Reconciler.Default.Reconcile(disclosure, BudgetTotals.From(disclosure)).Count : 0;
    }
}
