using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid;

/// <summary>The logo as stored: its media type (taken from the bytes), its size in bytes and when it was replaced.</summary>
public sealed record LogoDto(string Mediatype, int Grootte, DateTimeOffset GewijzigdOp) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => LogoAudit.ResourceId;

    internal static LogoDto Van(Swvlogo logo) => new(logo.Mediatype, logo.Inhoud.Length, logo.GewijzigdOp);
}

/// <summary>The logo's bytes and the media type to serve them with; the endpoint writes them, never as JSON.</summary>
public sealed record Logobestand(string Mediatype, byte[] Inhoud);

internal static class LogoAudit
{
    public const string Soort = "swv-logo";

    /// <summary>A samenwerkingsverband has one logo; the log's tenant says whose.</summary>
    public const string ResourceId = "logo";
}

internal static class LogoFouten
{
    public static Fout Geen => Fout.NietGevonden("geen-logo", "Het samenwerkingsverband heeft geen logo.");
}
