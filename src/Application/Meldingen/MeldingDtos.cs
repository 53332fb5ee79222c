using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Meldingen;

/// <summary>One notification. It carries no pupil data, so lists of them are not audited.</summary>
/// <param name="Tekst">One plain-Dutch sentence, e.g. "Uw aanvraag voor een arrangement is toegekend.".</param>
/// <param name="Zaak">The kind of case it links to; absent when it is about no case.</param>
/// <param name="ZaakId">The id of that case (open it at /arrangementen/{id}, /toelaatbaarheidsverklaringen/{id} ...).</param>
/// <param name="GelezenOp">When the person marked it as read; absent while unread.</param>
public sealed record MeldingDto(
    Guid Id,
    [property: CodeUit<Meldingsoort>] string Soort,
    string Tekst,
    [property: CodeUit<Zaaksoort>] string? Zaak,
    Guid? ZaakId,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset? GelezenOp)
{
    public static MeldingDto Van(Melding m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(
            m.Id, MeldingsoortCodes.Lijst.Code(m.Soort), m.Tekst, m.Zaak is { } z ? ZaaksoortCodes.Lijst.Code(z) : null, m.ZaakId,
            m.AangemaaktOp, m.GelezenOp);
    }
}

/// <param name="AantalOngelezen">How many of all the person's notifications are unread, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record MeldingLijstDto(IReadOnlyList<MeldingDto> Meldingen, int AantalOngelezen, string? VolgendeCursor);

public sealed record AantalOngelezenDto(int Aantal);

/// <param name="Gemarkeerd">How many notifications were unread and are now read.</param>
public sealed record AllesGelezenDto(int Gemarkeerd);

/// <summary>One kind of notification and how the person wants it.</summary>
/// <param name="Omschrijving">The kind in words, for a settings screen.</param>
public sealed record MeldingvoorkeurDto([property: CodeUit<Meldingsoort>] string Soort, string Omschrijving, bool InApp, bool PerEmail);

/// <param name="Voorkeuren">Every kind, in a fixed order; the defaults until the person changes something.</param>
/// <param name="Versie">Send it in If-Match with a change (0 while the person kept the defaults).</param>
public sealed record MeldingvoorkeurenDto(IReadOnlyList<MeldingvoorkeurDto> Voorkeuren, long Versie) : IGeversioneerd
{
    public static MeldingvoorkeurenDto Van(Meldingvoorkeuren v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(
            [.. v.Voorkeuren.Select(k => new MeldingvoorkeurDto(MeldingsoortCodes.Lijst.Code(k.Soort), MeldingsoortCodes.Lijst.Label(k.Soort), k.InApp, k.PerEmail))],
            v.Versie);
    }
}

/// <summary>Who has a notification centre: every person who works in a samenwerkingsverband.</summary>
internal static class MeldingToegang
{
    public static readonly Rol[] Personeel = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige];
}
