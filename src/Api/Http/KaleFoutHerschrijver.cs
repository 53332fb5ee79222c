using System.Buffers;
using System.IO.Pipelines;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Passes Kestrel's bytes to the connection, holding back only what is written between two flushes while it is no
/// larger than a bare answer could be; a larger write goes straight through, so answers of any size cost one copy of
/// at most <see cref="Grens"/> bytes.
/// </summary>
internal sealed class KaleFoutHerschrijver(PipeWriter binnen, KaleFoutHerschrijver.Vervang vervang) : PipeWriter
{
    /// <summary>Returns the bytes to send instead of a held-back write, or null to send it as it is.</summary>
    public delegate byte[]? Vervang(ReadOnlySpan<byte> vastgehouden);

    private const int Grens = 512;
    private readonly byte[] kladblok = new byte[Grens];
    private int vastgehouden;
    private bool doorgeven;

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (!doorgeven && vastgehouden + Math.Max(sizeHint, 1) <= Grens)
        {
            return kladblok.AsMemory(vastgehouden);
        }

        GeefVastgehoudenDoor();
        return binnen.GetMemory(sizeHint);
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        if (doorgeven)
        {
            binnen.Advance(bytes);
        }
        else
        {
            vastgehouden += bytes;
        }
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!doorgeven && vastgehouden > 0)
        {
            var vervanging = vervang(kladblok.AsSpan(0, vastgehouden));
            if (vervanging is not null)
            {
                binnen.Write(vervanging);
                vastgehouden = 0;
            }
        }

        GeefVastgehoudenDoor();
        doorgeven = false;
        return binnen.FlushAsync(cancellationToken);
    }

    // Kestrel's response writer passes these on to the connection's writer, and System.Text.Json uses them to decide
    // when to flush while it serializes straight into the response.
    public override bool CanGetUnflushedBytes => binnen.CanGetUnflushedBytes;

    public override long UnflushedBytes => vastgehouden + binnen.UnflushedBytes;

    public override void CancelPendingFlush() => binnen.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        GeefVastgehoudenDoor();
        binnen.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        GeefVastgehoudenDoor();
        return binnen.CompleteAsync(exception);
    }

    private void GeefVastgehoudenDoor()
    {
        if (vastgehouden > 0)
        {
            binnen.Write(kladblok.AsSpan(0, vastgehouden));
            vastgehouden = 0;
        }

        doorgeven = true;
    }
}
