using System.Buffers;
using CommunityToolkit.HighPerformance.Buffers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// A write-only stream over a pooled <see cref="ArrayPoolBufferWriter{T}"/>, so a serializer can write straight into memory;
/// past <paramref name="maxBytes"/> it throws <see cref="ResponseTooLargeException"/> (the answer is abandoned
/// before it takes more memory).
/// </summary>
internal sealed class BufferWriterStream(ArrayPoolBufferWriter<byte> writer, long maxBytes = long.MaxValue) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (writer.WrittenCount + (long)buffer.Length > maxBytes) throw new ResponseTooLargeException(maxBytes);
        writer.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
