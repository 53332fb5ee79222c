using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PassendOnderwijs.Api.FunctionalTests.Telemetrie;

/// <summary>
/// Stands in for an OpenTelemetry collector on loopback: accepts every OTLP/HTTP export with 200 and remembers the
/// paths, so a test sees that the OTLP exporter really sends, without a collector on the machine.
/// </summary>
internal sealed class OtlpOntvanger : IAsyncDisposable
{
    private readonly HttpListener _luisteraar = new();
    private readonly Task _lus;
    private readonly ConcurrentQueue<string> _paden = new();

    public OtlpOntvanger()
    {
        var poort = VrijePoort();
        Adres = $"http://127.0.0.1:{poort}";
        _luisteraar.Prefixes.Add(Adres + "/");
        _luisteraar.Start();
        _lus = Task.Run(OntvangAsync);
    }

    public string Adres { get; }

    public IReadOnlyCollection<string> Paden => _paden.ToArray();

    public async ValueTask DisposeAsync()
    {
        _luisteraar.Stop();
        _luisteraar.Close();
        await _lus.ConfigureAwait(false);
    }

    private async Task OntvangAsync()
    {
        while (_luisteraar.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _luisteraar.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception fout) when (fout is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await context.Request.InputStream.CopyToAsync(Stream.Null).ConfigureAwait(false);
            _paden.Enqueue(context.Request.Url!.AbsolutePath);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength64 = 0;
            context.Response.Close();
        }
    }

    private static int VrijePoort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
