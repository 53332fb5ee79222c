using System.Buffers;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// Lets a writer that makes a few small synchronous writes stream to the response, which allows only asynchronous
/// ones: .NET's ZipArchive (under SpreadCheetah) writes each entry's data descriptor and the closing central directory
/// synchronously. Those bytes wait here and go out, in order, with the next asynchronous write or flush. The rows
/// themselves are written asynchronously and pass straight through.
/// </summary>
internal sealed class UitgesteldeSchrijfstroom(Stream doel) : Stream
{
    private readonly ArrayBufferWriter<byte> _wachtend = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => _wachtend.Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => _wachtend.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SchrijfWachtendAsync(cancellationToken).ConfigureAwait(false);
        await doel.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SchrijfWachtendAsync(cancellationToken).ConfigureAwait(false);
        await doel.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A synchronous flush only keeps the bytes waiting; <see cref="FlushAsync(CancellationToken)"/> sends them.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SchrijfWachtendAsync(CancellationToken ct)
    {
        if (_wachtend.WrittenCount == 0)
        {
            return;
        }

        await doel.WriteAsync(_wachtend.WrittenMemory, ct).ConfigureAwait(false);
        _wachtend.ResetWrittenCount();
    }
}
