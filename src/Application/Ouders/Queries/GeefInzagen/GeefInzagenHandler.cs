using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Audit;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

public sealed class GeefInzagenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefInzagenQuery, Result<InzagenDto>>
{
    public async ValueTask<Result<InzagenDto>> Handle(GeefInzagenQuery query, CancellationToken cancellationToken)
    {
        // The visibility filter: only the ouder's own child exists here.
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var leerlingId = query.LeerlingId;
        var gelezen = await db.AuditRegels.Where(r => r.LeerlingId == leerlingId).LeesRegelsAsync(query, tokens, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var pagina))
        {
            return Result<InzagenDto>.Mislukt(gelezen.Fouten);
        }

        var wie = await WieAsync(pagina.Regels, cancellationToken).ConfigureAwait(false);
        return new InzagenDto(
            [.. pagina.Regels.Select(r => Inzage(r, wie))],
            pagina.VolgendeCursor);
    }

    private InzageDto Inzage(AuditRegel regel, IReadOnlyDictionary<string, (string Wie, string? Organisatie)> wie)
    {
        var (naam, organisatie) = regel.ActorSoort switch
        {
            _ when regel.Actor == aanroeper.Id => (InzageWie.Zelf, null),
            "gebruiker" => wie.TryGetValue(regel.Actor, out var persoon) ? persoon : (InzageWie.OnbekendAccount, null),
            "client" => (InzageWie.Koppeling(regel.ActorNaam), null),
            _ => (InzageWie.Systeem, null),
        };
        return new InzageDto(regel.Op, regel.Actie.ToString().ToLowerInvariant(), InzageWie.Gegevens(regel.ResourceSoort), naam, organisatie, regel.Doel);
    }

    /// <summary>Role and organisation of each person on the page, read once: the school of their vestiging, or the SWV.</summary>
    private async Task<IReadOnlyDictionary<string, (string Wie, string? Organisatie)>> WieAsync(IReadOnlyList<AuditRegel> regels, CancellationToken ct)
    {
        var ids = regels.Where(r => r.ActorSoort == "gebruiker" && r.Actor != aanroeper.Id)
            .Select(r => Guid.TryParse(r.Actor, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            .Select(id => new GebruikerId(id)).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, (string, string?)>();
        }

        var accounts = await db.Gebruikers.AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(ct).ConfigureAwait(false);
        var vestigingen = accounts.SelectMany(a => a.Vestigingen).Distinct()
            .Select(v => VestigingCode.Parse(v)).Where(v => v.IsGelukt).Select(v => v.Waarde).ToList();
        var scholen = (await db.Scholen.AsNoTracking().Where(s => vestigingen.Contains(s.Vestiging)).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(s => s.Vestiging.Waarde, s => s.Naam);
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Naam).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return accounts.ToDictionary(
            a => a.Id.Waarde.ToString(),
            a => (InzageWie.Rol(a.Rol), a.Rol switch
            {
                Rol.Ouder => null,
                Rol.SchoolMedewerker => string.Join(", ", a.Vestigingen.Select(v => scholen.GetValueOrDefault(v, v))),
                _ => swv,
            }));
    }
}
