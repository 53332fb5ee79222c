using System.Net;
using System.Net.Sockets;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// A TCP relay between the API and PostgreSQL that a test can cut and restore, to see how the API behaves while its
/// database cannot be reached (as when the server is down or the network between them breaks).
/// </summary>
internal sealed class Doorgeefluik(string doelHost, int doelPoort) : IAsyncDisposable
{
    private readonly List<TcpClient> _verbindingen = [];
    private TcpListener? _luisteraar;
    private Task? _aannemen;

    public int Poort { get; private set; }

    public void Open()
    {
        _luisteraar = new TcpListener(IPAddress.Loopback, Poort);
        _luisteraar.Start();
        Poort = ((IPEndPoint)_luisteraar.LocalEndpoint).Port;
        var luisteraar = _luisteraar;
        _aannemen = Task.Run(async () =>
        {
            while (true)
            {
                TcpClient binnen;
                try
                {
                    binnen = await luisteraar.AcceptTcpClientAsync();
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }

                var buiten = new TcpClient();
                try
                {
                    await buiten.ConnectAsync(doelHost, doelPoort);
                }
                catch (SocketException)
                {
                    binnen.Dispose();
                    buiten.Dispose();
                    continue;
                }

                lock (_verbindingen)
                {
                    _verbindingen.Add(binnen);
                    _verbindingen.Add(buiten);
                }

                _ = Kopieer(binnen, buiten);
                _ = Kopieer(buiten, binnen);
            }
        });
    }

    /// <summary>Refuses new connections and breaks every open one, as a database that went down.</summary>
    public async Task SnijDoorAsync()
    {
        _luisteraar?.Stop();
        if (_aannemen is not null)
        {
            await _aannemen;
        }

        lock (_verbindingen)
        {
            foreach (var verbinding in _verbindingen)
            {
                // A reset rather than a polite close, as when the server or the network goes away. A connection whose
                // other side just closed it is being disposed by its copy loop at the same moment: nothing to reset.
                try
                {
                    if (verbinding.Client is { } socket)
                    {
                        socket.LingerState = new LingerOption(true, 0);
                    }
                }
                catch (ObjectDisposedException)
                {
                }

                verbinding.Dispose();
            }

            _verbindingen.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await SnijDoorAsync();

    private static async Task Kopieer(TcpClient van, TcpClient naar)
    {
        try
        {
            await van.GetStream().CopyToAsync(naar.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The relay was cut, or one side closed: the other side notices on its own.
        }
        finally
        {
            van.Dispose();
            naar.Dispose();
        }
    }
}
