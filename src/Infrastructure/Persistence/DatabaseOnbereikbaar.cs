using System.Net.Sockets;
using Npgsql;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// Whether an exception means the database could not be reached or asked to try again (down, restarting, the network
/// broke, a connection timed out): the request was not carried out and may simply be retried, so it is a 503, not a bug.
/// </summary>
public static class DatabaseOnbereikbaar
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
