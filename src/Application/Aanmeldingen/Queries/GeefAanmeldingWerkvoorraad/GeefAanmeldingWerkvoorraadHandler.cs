using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingWerkvoorraad;

/// <summary>
/// A page of the aanmelding table's lines, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>),
/// merged with the SWV's own line, paged in SQL the same way. The SWV does not take the school's step (the decision is
/// the school's), so its line is not a row of the table: it lists the open aanmeldingen with zorgplicht whose term is
/// within its warning days (<see cref="AanmeldingTermijnen.SignaalDagenVooraf"/>, the signal day of the deadline
/// engine) or passed. The DbContext's filters keep both to what the caller may see.
/// </summary>
public sealed class GeefAanmeldingWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefAanmeldingWerkvoorraadQuery, Result<AanmeldingWerkvoorraadDto>>
{
    public const string BewakenActie = "zorgplicht-bewaken";

    private static readonly Expression<Func<Aanmelding, string, DateOnly, Rij>> Projectie =
        (a, omschrijving, deadline) => new Rij(a.Id, a.LeerlingId, a.LeerlingNaam, a.Vestiging, a.SchoolNaam, a.Status, omschrijving);

    public async ValueTask<Result<AanmeldingWerkvoorraadDto>> Handle(GeefAanmeldingWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var rollen = aanroeper.PersoonlijkeRollen();
        var bron = db.Aanmeldingen.AsNoTracking();
        var lijnen = AanmeldingLevenscyclus.Tabel.Lijnen(bron, rollen, vandaag, a => a.Id, Projectie).ToList();
        if (rollen.Contains(Rol.SwvMedewerker))
        {
            var grens = vandaag.AddDays(AanmeldingTermijnen.SignaalDagenVooraf);
            var bewaakt = bron.Where(a => (a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd) && a.BesluitUiterlijk != null && a.BesluitUiterlijk <= grens);
            lijnen.Add(new Werkvoorraadlijn<Aanmelding, Rij>(
                BewakenActie, Rol.SwvMedewerker, bewaakt, a => a.BesluitUiterlijk!.Value, a => a.Id,
                a => new Rij(a.Id, a.LeerlingId, a.LeerlingNaam, a.Vestiging, a.SchoolNaam, a.Status, null)));
        }

        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => lijnen.LeesPaginaAsync(na, aantal, cancellationToken),
            (pagina, volgende) => Task.FromResult(new AanmeldingWerkvoorraadDto(
                [.. pagina.Regels.Select(r => new AanmeldingWerkvoorraadItemDto(
                    r.Rij.Id,
                    new AanmeldingLeerlingDto(r.Rij.LeerlingId, r.Rij.Naam),
                    r.Rij.Vestiging.Waarde,
                    r.Rij.SchoolNaam,
                    AanmeldingStatusCodes.Lijst.Code(r.Rij.Status),
                    r.Actie,
                    r.Voor.Code(),
                    r.Rij.Omschrijving ?? (r.Deadline < vandaag
                        ? "De school heeft niet binnen de termijn over de toelating besloten"
                        : "De termijn voor het besluit over de toelating loopt bijna af"),
                    r.Deadline,
                    r.Deadline < vandaag))],
                pagina.Totaal,
                volgende)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A line of either kind: the school's (its reason from the table) or the SWV's (its reason added after the query).</summary>
    private sealed record Rij(Guid Id, Guid LeerlingId, string Naam, VestigingCode Vestiging, string SchoolNaam, AanmeldingStatus Status, string? Omschrijving);
}
