using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetWerkvoorraad;

/// <summary>
/// A page of the inzet table's lines, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>, with the
/// caller's functies for the procesbegeleider's line and their account for the expert's), merged with the school's open
/// tevredenheidsonderzoeken, paged in SQL the same way (like "OPP ontbreekt" in the OPP werkvoorraad). The store's
/// filters keep both to what the caller may see: the school its own vestigingen, an expert only the inzetten they are
/// linked to, SWV staff the whole samenwerkingsverband.
/// </summary>
public sealed class GeefExpertinzetWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefExpertinzetWerkvoorraadQuery, Result<ExpertinzetWerkvoorraadDto>>
{
    /// <summary>An inzet's line shows the inzet; the pupil's name comes from a query of its own.</summary>
    private static readonly Expression<Func<Domain.Portfolio.Expertinzet.Expertinzet, string, DateOnly, Rij>> Projectie =
        (i, omschrijving, deadline) => new Rij(i.Id, null, i.LeerlingId, i.Samenwerkingsverband, i.Vestiging, i.Expertisegebied, i.Status, i.ExpertNaam, omschrijving);

    public async ValueTask<Result<ExpertinzetWerkvoorraadDto>> Handle(GeefExpertinzetWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var rollen = aanroeper.PersoonlijkeRollen();
        var account = Guid.TryParse(aanroeper.Id, out var id) ? id : Guid.Empty;
        var lijnen = ExpertinzetLevenscyclus.Tabel
            .Lijnen(db.Expertinzetten.AsNoTracking(), rollen, vandaag, i => i.Id, Projectie, account, aanroeper.PersoonlijkeFuncties())
            .Concat(OpenOnderzoeken(rollen));
        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => lijnen.LeesPaginaAsync(na, aantal, cancellationToken),
            async (pagina, volgende) => new ExpertinzetWerkvoorraadDto(await ItemsAsync(pagina, vandaag, cancellationToken).ConfigureAwait(false), pagina.Totaal, volgende),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For school staff: the onderzoeken of their vestigingen that wait for an answer, by their deadline.</summary>
    private List<IWerkvoorraadlijn<Rij>> OpenOnderzoeken(IReadOnlyCollection<Rol> rollen) =>
        rollen.Contains(Rol.SchoolMedewerker)
            ?
            [
                new Werkvoorraadlijn<Tevredenheidsonderzoek, Rij>(
                    Tevredenheidsonderzoek.Werkvoorraadactie,
                    Rol.SchoolMedewerker,
                    db.Tevredenheidsonderzoeken.AsNoTracking().Where(o => o.BeantwoordOp == null),
                    o => o.BeantwoordenUiterlijk,
                    o => o.Id,
                    o => new Rij(o.ExpertinzetId, o.Id, null, o.Samenwerkingsverband, o.Vestiging, o.Expertisegebied, null, o.ExpertNaam, null)),
            ]
            : [];

    /// <summary>The lines as the API shows them, with the names of the pupils of the inzetten on the page.</summary>
    private async Task<List<ExpertinzetWerkvoorraadItemDto>> ItemsAsync(Werkvoorraadpagina<Rij> pagina, DateOnly vandaag, CancellationToken ct)
    {
        var leerlingen = pagina.Regels.Where(r => r.Rij.LeerlingId is not null).Select(r => (r.Rij.LeerlingId!.Value, r.Rij.Samenwerkingsverband)).ToList();
        var namen = leerlingen.Count == 0 ? [] : await db.LeerlingNamenAsync(leerlingen, ct).ConfigureAwait(false);
        return pagina.Regels.Select(r => new ExpertinzetWerkvoorraadItemDto(
            r.Rij.ExpertinzetId,
            r.Rij.OnderzoekId,
            r.Rij.LeerlingId,
            r.Rij.LeerlingId is { } leerling ? namen[leerling].VolledigeNaam() : null,
            r.Rij.Vestiging.Waarde,
            ExpertisegebiedCodes.Lijst.Code(r.Rij.Expertisegebied),
            r.Rij.Status is { } status ? ExpertinzetStatusCodes.Lijst.Code(status) : null,
            r.Rij.ExpertNaam,
            r.Actie,
            r.Voor.Code(),
            r.Rij.Omschrijving ?? Tevredenheidsonderzoek.Werkvoorraadreden(r.Rij.ExpertNaam!),
            r.Deadline,
            r.Deadline < vandaag)).ToList();
    }

    /// <summary>
    /// A line of either kind: an inzet's (its phase and reason from the table), or an open onderzoek (no pupil, no phase;
    /// its reason is added after the query).
    /// </summary>
    private sealed record Rij(
        Guid ExpertinzetId, Guid? OnderzoekId, Guid? LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, Expertisegebied Expertisegebied,
        ExpertinzetStatus? Status, string? ExpertNaam, string? Omschrijving);
}
