using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;
using PassendOnderwijs.Domain.Webhooks.Gebeurtenissen;

namespace PassendOnderwijs.Application.Meldingen;

/// <summary>
/// Notifies the people around an arrangement (<see cref="ArrangementMeldingen"/>): its requester and the SWV staff
/// in its history. The event is thin, so the people come from the arrangement itself; who caused the event is the
/// history's step at the event's moment.
/// </summary>
internal sealed class ArrangementMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<ArrangementGebeurtenis>
{
    public async Task ConsumeAsync(ArrangementGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = ArrangementMeldingen.Voor(domainEvent);
        if (routes.Count == 0)
        {
            return;
        }

        var zaak = await db.Arrangementen.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == domainEvent.ArrangementId)
            .Select(a => new { a.AangevraagdDoor, a.Gebeurtenissen })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (zaak is null)
        {
            return;
        }

        var betrokkenen = await Zaken.BetrokkenenAsync(
            maker, domainEvent.Samenwerkingsverband, zaak.AangevraagdDoor, zaak.Gebeurtenissen, domainEvent.Op, [], cancellationToken).ConfigureAwait(false);
        await maker.MaakAsync(routes, betrokkenen, domainEvent.Samenwerkingsverband, Zaaksoort.Arrangement, domainEvent.ArrangementId, cancellationToken)
            .ConfigureAwait(false);
    }
}

/// <summary>Notifies the people around a TLV (<see cref="TlvMeldingen"/>): requester, SWV staff in its history, its advisers.</summary>
internal sealed class TlvMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<TlvGebeurtenisBericht>
{
    public async Task ConsumeAsync(TlvGebeurtenisBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = TlvMeldingen.Voor(domainEvent);
        if (routes.Count == 0)
        {
            return;
        }

        var tlv = await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == domainEvent.TlvId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return;
        }

        var betrokkenen = await Zaken.BetrokkenenAsync(
            maker, domainEvent.Samenwerkingsverband, tlv.AangevraagdDoor, tlv.Gebeurtenissen, domainEvent.Op,
            [.. tlv.Adviezen.Select(a => a.GebruikerId)], cancellationToken).ConfigureAwait(false);
        if (routes.Any(r => r.Wie == Ontvangers.BehandelaarsOfSwvMedewerkers))
        {
            // An event nobody at the SWV worked on yet (an ouder's bezwaar on a decision) still reaches someone who can act.
            betrokkenen = betrokkenen with { SwvMedewerkers = await maker.MetRolAsync(domainEvent.Samenwerkingsverband, Rol.SwvMedewerker, cancellationToken).ConfigureAwait(false) };
        }

        await maker.MaakAsync(routes, betrokkenen, domainEvent.Samenwerkingsverband, Zaaksoort.Toelaatbaarheidsverklaring, domainEvent.TlvId, cancellationToken)
            .ConfigureAwait(false);
    }
}

/// <summary>
/// Tells the school's staff of an OPP's vestiging that an ouder answered or gave their view in the portal (<see cref="OppMeldingen"/>).
/// The event is thin: the plan says whether the answer just recorded came from the portal.
/// </summary>
internal sealed class OppMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<OppGebeurtenisBericht>
{
    public async Task ConsumeAsync(OppGebeurtenisBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = OppMeldingen.Voor(domainEvent);
        if (routes.Count == 0)
        {
            return;
        }

        var opp = await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == domainEvent.OppId, cancellationToken).ConfigureAwait(false);
        var antwoord = opp?.Versies.FirstOrDefault(v => v.Nummer == domainEvent.Versienummer)?.Instemming;
        var uitPortaal = domainEvent is OppVisieVanOudersGegeven || antwoord is { Wijze: Instemmingswijze.DigitaalInPortaal };
        if (opp is null || !uitPortaal)
        {
            return;
        }

        var betrokkenen = Zaakbetrokkenen.Geen with
        {
            SchoolVanDeZaak = await maker.SchoolAsync(domainEvent.Samenwerkingsverband, opp.Vestiging.Waarde, cancellationToken).ConfigureAwait(false),
        };
        await maker.MaakAsync(routes, betrokkenen, domainEvent.Samenwerkingsverband, Zaaksoort.Ontwikkelingsperspectiefplan, opp.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}

/// <summary>
/// Tells the school's staff of the pupil's vestiging that an ouder gave or withdrew a consent (<see cref="ToestemmingMeldingen"/>).
/// A consent the school recorded from paper was given by the school itself: nobody to tell then.
/// </summary>
internal sealed class ToestemmingMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<Domain.Ouders.ToestemmingGebeurtenis>
{
    public async Task ConsumeAsync(Domain.Ouders.ToestemmingGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = ToestemmingMeldingen.Voor(domainEvent);
        var toestemming = await db.Toestemmingen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == domainEvent.ToestemmingId, cancellationToken).ConfigureAwait(false);
        var vestiging = await db.Leerlingen.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.Id == domainEvent.LeerlingId).Select(l => l.Vestiging.Waarde).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (routes.Count == 0 || toestemming is null || vestiging is null || (domainEvent is Domain.Ouders.ToestemmingGegeven && toestemming.Wijze != Domain.Ouders.Toestemmingswijze.Ouderportaal))
        {
            return;
        }

        var betrokkenen = Zaakbetrokkenen.Geen with
        {
            SchoolVanDeZaak = await maker.SchoolAsync(domainEvent.Samenwerkingsverband, vestiging, cancellationToken).ConfigureAwait(false),
        };
        await maker.MaakAsync(routes, betrokkenen, domainEvent.Samenwerkingsverband, zaak: null, zaakId: null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// Tells whoever must act that a term comes close or passed (<see cref="TermijnMeldingen"/>). Nobody caused a term's
/// event (the clock did), so nobody is left out as its cause.
/// </summary>
internal sealed class TermijnMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<TermijnGebeurtenis>
{
    public async Task ConsumeAsync(TermijnGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = TermijnMeldingen.Voor(domainEvent);
        if (routes.Count == 0)
        {
            return;
        }

        var swv = domainEvent.Samenwerkingsverband;
        (string? Aanvrager, IReadOnlyList<Gebeurtenis> Geschiedenis)? zaak = domainEvent.Zaak switch
        {
            Zaaksoort.Arrangement => await db.Arrangementen.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Id == domainEvent.ZaakId)
                .Select(a => new ValueTuple<string?, IReadOnlyList<Gebeurtenis>>(a.AangevraagdDoor, a.Gebeurtenissen))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false),
            Zaaksoort.Toelaatbaarheidsverklaring => await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.Id == domainEvent.ZaakId)
                .Select(t => new ValueTuple<string?, IReadOnlyList<Gebeurtenis>>(t.AangevraagdDoor, t.Gebeurtenissen))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false),
            // An OPP is the school's own plan: its terms are for the school's staff of the vestiging.
            _ => (null, []),
        };

        var betrokkenen = await Zaken.BetrokkenenAsync(
            maker, swv, zaak?.Aanvrager, zaak?.Geschiedenis ?? [], op: null, [], cancellationToken).ConfigureAwait(false);
        betrokkenen = betrokkenen with
        {
            SchoolVanDeZaak = await maker.SchoolAsync(swv, domainEvent.Vestiging, cancellationToken).ConfigureAwait(false),
            SwvMedewerkers = routes.Any(r => r.Wie == Ontvangers.BehandelaarsOfSwvMedewerkers)
                ? await maker.MetRolAsync(swv, Rol.SwvMedewerker, cancellationToken).ConfigureAwait(false)
                : [],
        };
        await maker.MaakAsync(routes, betrokkenen, swv, domainEvent.Zaak, domainEvent.ZaakId, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// Tells the samenwerkingsverband's beheerders that a koppeling did not receive an event, even after retrying.
/// </summary>
internal sealed class KoppelingMeldingenMaker(MeldingMaker maker) : IDomainEventConsumer<WebhookAfleveringMislukt>
{
    public Task ConsumeAsync(WebhookAfleveringMislukt domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return MeldAsync(domainEvent.Samenwerkingsverband, cancellationToken);
    }

    private async Task MeldAsync(SwvCode samenwerkingsverband, CancellationToken cancellationToken)
    {
        var betrokkenen = Zaakbetrokkenen.Geen with
        {
            Beheerders = await maker.MetRolAsync(samenwerkingsverband, Rol.SwvBeheerder, cancellationToken).ConfigureAwait(false),
        };
        await maker.MaakAsync(KoppelingMeldingen.AfleveringMislukt, betrokkenen, samenwerkingsverband, zaak: null, zaakId: null, cancellationToken)
            .ConfigureAwait(false);
    }
}

internal static class Zaken
{
    /// <summary>
    /// The people around a case from its requester and history; the cause of the event is the history's step at the
    /// event's moment (the aggregate stamps both with the same time).
    /// </summary>
    public static async Task<Zaakbetrokkenen> BetrokkenenAsync(
        MeldingMaker maker, SwvCode swv, string? aanvrager, IReadOnlyList<Gebeurtenis> geschiedenis, DateTimeOffset? op,
        IReadOnlyList<Guid> adviseurs, CancellationToken ct)
    {
        var deelnemers = await maker.DeelnemersAsync(swv, geschiedenis.Select(g => g.Door.Id), ct).ConfigureAwait(false);
        var veroorzaker = op is { } moment ? geschiedenis.LastOrDefault(g => g.Op == moment)?.Door.Id : null;
        return Zaakbetrokkenen.Geen with
        {
            Aanvrager = MeldingMaker.AlsAccount(aanvrager),
            Geschiedenis = deelnemers,
            Adviseurs = adviseurs,
            Veroorzaker = MeldingMaker.AlsAccount(veroorzaker),
        };
    }
}
