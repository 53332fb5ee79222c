using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebUtilities;
using PassendOnderwijs.Api.Problemen;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Kestrel answers a request it cannot parse itself, before any middleware runs: a request line longer than its limit
/// (414), headers too large (431), bytes outside ASCII in a header or %00 in the path (400). That answer has an empty
/// body, and ASP.NET Core offers no hook to change it (aspnet/KestrelHttpServer#2947). This connection filter
/// recognises exactly that bare answer among the bytes Kestrel writes and replaces it with an application/problem+json
/// one, so a client meets the same kind of error everywhere (api.md). It sees plain HTTP/1.x: behind a proxy that
/// ends TLS, as deployed; on an endpoint where Kestrel itself ends TLS it sees ciphertext and changes nothing.
/// </summary>
internal static class KaleFoutantwoorden
{
    public static void GebruikProbleemAntwoorden(this ListenOptions luisteren, KestrelServerLimits grenzen) =>
        luisteren.Use(volgende => verbinding =>
        {
            var transport = verbinding.Transport;
            verbinding.Transport = new Transport(
                transport.Input,
                new KaleFoutHerschrijver(transport.Output, kaal => Vervanging(kaal, verbinding.ConnectionId, grenzen)));
            return volgende(verbinding);
        });

    /// <summary>
    /// Kestrel's own answer is a status line and only the headers it sets itself (Content-Length: 0, Connection,
    /// Date, Server), ending the written bytes. Every answer of the application carries at least the security headers
    /// (<see cref="StandaardHeadersMiddleware"/>), so it can never look like this.
    /// </summary>
    public static bool IsKaal(ReadOnlySpan<byte> bytes, out int status, out string? datum)
    {
        status = 0;
        datum = null;

        // Every small flush passes here (a 304, a short JSON body), so look at the bytes before making a string: only
        // a whole head ("HTTP/1.x 4.. " or "5.. " up to its blank line) can be a bare answer.
        if (bytes.Length < 16 || !bytes.StartsWith("HTTP/1."u8) || bytes[8] != (byte)' ' || bytes[9] is not ((byte)'4' or (byte)'5') ||
            !bytes.EndsWith("\r\n\r\n"u8))
        {
            return false;
        }

        var tekst = Encoding.Latin1.GetString(bytes);
        var regels = tekst[..^4].Split("\r\n");
        if (regels[0].Length < 12 || !int.TryParse(regels[0].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out status) ||
            status < 400 || status > 599)
        {
            return false;
        }

        foreach (var regel in regels.AsSpan(1))
        {
            var dubbelepunt = regel.IndexOf(':', StringComparison.Ordinal);
            if (dubbelepunt <= 0)
            {
                return false;
            }

            var naam = regel[..dubbelepunt];
            var waarde = regel[(dubbelepunt + 1)..].Trim();
            if (naam.Equals("Date", StringComparison.OrdinalIgnoreCase))
            {
                datum = waarde;
            }
            else if (naam.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ? waarde != "0"
                     : !naam.Equals("Connection", StringComparison.OrdinalIgnoreCase) && !naam.Equals("Server", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[]? Vervanging(ReadOnlySpan<byte> kaal, string verbindingId, KestrelServerLimits grenzen)
    {
        if (!IsKaal(kaal, out var status, out var datum))
        {
            return null;
        }

        var titel = ReasonPhrases.GetReasonPhrase(status);
        var inhoud = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = ProbleemTypen.Standaard,
            ["title"] = titel,
            ["status"] = status,
            ["detail"] = Uitleg(status, grenzen),
            // The request could not be read, so there is no path: the connection is what the log names (Kestrel logs
            // the exact reason at Debug level under this connection id).
            ["instance"] = "urn:passendonderwijs:verbinding:" + verbindingId,
            ["traceId"] = verbindingId,
        });
        var kop = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {titel}\r\n")
            .Append("Content-Type: application/problem+json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {inhoud.Length}\r\n")
            .Append("Connection: close\r\n")
            .Append(datum is null ? string.Empty : $"Date: {datum}\r\n")
            .Append("Cache-Control: no-store\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Security-Policy: {StandaardHeadersMiddleware.ApiCsp}\r\n");
        foreach (var (naam, waarde) in StandaardHeadersMiddleware.Vast)
        {
            kop.Append(CultureInfo.InvariantCulture, $"{naam}: {waarde}\r\n");
        }

        kop.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(kop.ToString()), .. inhoud];
    }

    private static string Uitleg(int status, KestrelServerLimits grenzen) => status switch
    {
        StatusCodes.Status400BadRequest =>
            "Het verzoek is geen geldig HTTP-verzoek. Controleer de aanvraagregel, dat headers alleen ASCII-tekens bevatten " +
            "en dat het adres geen %00 of andere stuurtekens bevat.",
        StatusCodes.Status408RequestTimeout => "Het verzoek kwam niet op tijd volledig binnen.",
        StatusCodes.Status413PayloadTooLarge => $"De inhoud is groter dan {grenzen.MaxRequestBodySize} bytes.",
        StatusCodes.Status414UriTooLong => $"Het adres (pad en queryparameters) is langer dan {grenzen.MaxRequestLineSize} bytes.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge =>
            $"De headers zijn samen groter dan {grenzen.MaxRequestHeadersTotalSize} bytes, of het zijn er meer dan {grenzen.MaxRequestHeaderCount}.",
        _ => "De server kon dit verzoek niet lezen.",
    };

    private sealed class Transport(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
