using Microsoft.Win32.SafeHandles;

namespace BudgetGraph.Data;

/// <summary>
/// Reads a SQLite database file (and its write-ahead log) front to back, in large blocks, so that the operating system
/// holds it in its page cache before <c>PRAGMA quick_check</c> walks it (<see cref="DatabaseHealth.EnsureReadableAsync"/>).
/// The check follows each b-tree, one 4 KB page at a time in the pages' tree order, not the file's: on a file not yet in
/// the page cache each page is a read of its own. On the 7.5 GB database of 50,005 disclosures, out of the cache, the
/// check alone took 87 s (and over 5 minutes while other processes used the disk: the service was not listening when
/// <c>growth.sh</c> gave up); read ahead first, 3.8 s, then the check 12 s from memory.
/// Not when the files are larger than half the memory the process may use (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>,
/// a container's limit included): the cache could not keep them, and the pages read first would be gone before the
/// check came to them.
/// </summary>
public static class SqliteFileReadAhead
{
    /// <summary>Bytes read per call: large enough that a read is a fraction of the disk's time, not a system call's.</summary>
    private const int BlockBytes = 4 << 20;

    /// <summary>
    /// Reads the database file at <paramref name="path"/> and its <c>-wal</c> file whole and returns the bytes read; 0
    /// when there is no such file, or the two are larger than <paramref name="atMostBytes"/> (default: half the memory
    /// the process may use).
    /// </summary>
    public static async Task<long> ReadAsync(string path, CancellationToken cancellationToken, long? atMostBytes = null)
    {
        if (!File.Exists(path)) return 0;
        var files = new[] { path, path + "-wal" }.Where(File.Exists).ToList();
        var bound = atMostBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2;
        if (files.Sum(file => new FileInfo(file).Length) > bound) return 0;
        // One block for the whole read, not kept after it (the pool would hold it for the process's life).
        var buffer = GC.AllocateUninitializedArray<byte>(BlockBytes);
        long total = 0;
        foreach (var file in files) total += await ReadWholeAsync(file, buffer, cancellationToken);
        return total;
    }

    private static async Task<long> ReadWholeAsync(string file, byte[] buffer, CancellationToken cancellationToken)
    {
        // Shared for reading and writing: the service's own connections (and an import) keep the file open meanwhile.
        using SafeFileHandle handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            FileOptions.SequentialScan | FileOptions.Asynchronous);
        long offset = 0;
        int read;
        while ((read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(), offset, cancellationToken)) > 0)
            offset += read;
        return offset;
    }
}
