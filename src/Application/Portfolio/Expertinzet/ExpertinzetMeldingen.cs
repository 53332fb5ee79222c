using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet;

/// <summary>Who hears of which inzet event; the phase steps, notes and hours tell nobody (each sees them in the inzet).</summary>
internal static class ExpertinzetMeldingRoutes
{
    public static IReadOnlyList<Meldingroute> Voor(ExpertinzetGebeurtenis gebeurtenis) => gebeurtenis switch
    {
        ExpertinzetExpertGekoppeld =>
        [
            new(Ontvangers.School, Meldingsoort.Besluit, "Er is een expert gekoppeld aan een inzet voor een leerling van uw school."),

            // The linked expert is the one asked to help, as a deskundige is asked to advise.
            new(Ontvangers.Adviseurs, Meldingsoort.VraagGesteld, "U bent gekoppeld aan een inzet van een expert."),
        ],
        ExpertinzetAfgesloten =>
        [
            new(Ontvangers.School, Meldingsoort.Besluit, "Een inzet van een expert voor een leerling van uw school is afgesloten. Vul het tevredenheidsonderzoek in."),
        ],
        _ => [],
    };
}

/// <summary>
/// Tells the school (who started the inzet, and the staff of its vestiging) that an expert was linked or the inzet
/// closed, and the expert that they were linked. The event is thin: the people come from the inzet itself; whoever
/// caused the event does not hear of it.
/// </summary>
internal sealed class ExpertinzetMeldingenMaker(IApplicationDbContext db, MeldingMaker maker) : IDomainEventConsumer<ExpertinzetGebeurtenis>
{
    public async Task ConsumeAsync(ExpertinzetGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var routes = ExpertinzetMeldingRoutes.Voor(domainEvent);
        if (routes.Count == 0)
        {
            return;
        }

        var inzet = await db.Expertinzetten.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == domainEvent.ExpertinzetId, cancellationToken).ConfigureAwait(false);
        if (inzet is null)
        {
            return;
        }

        var veroorzaker = inzet.Gebeurtenissen.LastOrDefault(g => g.Op == domainEvent.Op)?.Door.Id;
        var betrokkenen = Zaakbetrokkenen.Geen with
        {
            Aanvrager = MeldingMaker.AlsAccount(inzet.GestartDoor),
            SchoolVanDeZaak = await maker.SchoolAsync(domainEvent.Samenwerkingsverband, inzet.Vestiging.Waarde, cancellationToken).ConfigureAwait(false),
            Adviseurs = domainEvent is ExpertinzetExpertGekoppeld gekoppeld ? [gekoppeld.ExpertId] : [],
            Veroorzaker = MeldingMaker.AlsAccount(veroorzaker),
        };
        await maker.MaakAsync(routes, betrokkenen, domainEvent.Samenwerkingsverband, zaak: null, zaakId: null, cancellationToken).ConfigureAwait(false);
    }
}
