using Microsoft.AspNetCore.Http.Features;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// A request body passed on until it exceeds a limit, then reading stops with <see cref="InhoudTeGrootException"/>:
/// for a body without Content-Length, or one that sends more than it announced, the limit is met after at most one
/// read past it, never after reading the rest.
/// </summary>
internal sealed class BegrensdeStroom(Stream bron, long grens) : Stream
{
    private long _gelezen;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _gelezen; set => throw new NotSupportedException(); }

    /// <summary>
    /// The whole body as bytes, or null when it is larger than <paramref name="grens"/> (reading stops there). A limit
    /// above the API's usual body limit (1 MiB, for JSON) raises Kestrel's for this request to a margin above it
    /// (larger than any one read), so that ours is met first and answered with a clear problem, not a bare 413.
    /// </summary>
    public static async Task<byte[]?> LeesAsync(HttpRequest request, long grens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > grens)
        {
            return null;
        }

        StaGroteInhoudToe(request, grens);
        try
        {
            await using var inhoud = new BegrensdeStroom(request.Body, grens);
            using var buffer = new MemoryStream();

            // Small reads, so that what is read past the limit is small too.
            await inhoud.CopyToAsync(buffer, 16 * 1024, ct).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (InhoudTeGrootException)
        {
            return null;
        }
    }

    /// <summary>
    /// Raises Kestrel's body limit for this request (1 MiB, for JSON) to a margin above <paramref name="grens"/>, larger
    /// than any one read, so that the limiting stream meets its own limit first and answers with a clear problem.
    /// </summary>
    public static void StaGroteInhoudToe(HttpRequest request, long grens)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel && kestrel.MaxRequestBodySize < grens)
        {
            kestrel.MaxRequestBodySize = grens + (1024 * 1024);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Only asynchronous reads of a request body.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var aantal = await bron.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _gelezen += aantal;
        return _gelezen > grens ? throw new InhoudTeGrootException() : aantal;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>The body is larger than the limit of the <see cref="BegrensdeStroom"/> it was read through.</summary>
internal sealed class InhoudTeGrootException : Exception;
