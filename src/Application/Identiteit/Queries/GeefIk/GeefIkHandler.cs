using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Deskundigen;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

public sealed class GeefIkHandler(IHuidigeGebruiker gebruiker, IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefIkQuery, Result<IkDto>>
{
    public async ValueTask<Result<IkDto>> Handle(GeefIkQuery query, CancellationToken cancellationToken)
    {
        if (gebruiker.Soort == SoortAanroeper.Anoniem || gebruiker.Id is null)
        {
            // The authorization behaviour lets only authenticated callers through; this is a wiring bug.
            throw new InvalidOperationException("GeefIk needs an authenticated caller.");
        }

        // The tenant filters keep every read below inside the caller's own samenwerkingsverband.
        var swvNaam = gebruiker.Samenwerkingsverband is null
            ? null
            : await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Naam).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var persoon = gebruiker.Soort == SoortAanroeper.Gebruiker && Guid.TryParse(gebruiker.Id, out var id) ? id : (Guid?)null;

        return new IkDto
        {
            Soort = gebruiker.Soort == SoortAanroeper.Client ? "client" : "gebruiker",
            Id = gebruiker.Id,
            Naam = gebruiker.Naam ?? gebruiker.Id,
            Email = persoon is { } p ? await EmailAsync(p, cancellationToken).ConfigureAwait(false) : null,
            Samenwerkingsverband = gebruiker.Samenwerkingsverband,
            SamenwerkingsverbandNaam = swvNaam,
            Rollen = gebruiker.Rollen,
            Functies = gebruiker.Functies,
            Vestigingen = gebruiker.Vestigingen,
            Scholen = await ScholenAsync(cancellationToken).ConfigureAwait(false),
            LeerlingenBetrokken = persoon is { } expert && gebruiker.PersoonlijkeRollen().Contains(Rol.Expert)
                ? await LeerlingenBetrokkenAsync(expert, cancellationToken).ConfigureAwait(false)
                : null,
            Deskundige = persoon is { } deskundige && gebruiker.PersoonlijkeRollen().Contains(Rol.Deskundige)
                ? await DeskundigeAsync(deskundige, cancellationToken).ConfigureAwait(false)
                : null,
            Scopes = gebruiker.Scopes,
            Betrouwbaarheidsniveau = gebruiker.Betrouwbaarheidsniveau is { } niveau ? BetrouwbaarheidsniveauCodes.Lijst.Code(niveau) : null,
        };
    }

    private async Task<DeskundigeDto?> DeskundigeAsync(Guid account, CancellationToken cancellationToken)
    {
        var deskundige = await db.Deskundigen.AsNoTracking().FirstOrDefaultAsync(d => d.AccountId == account, cancellationToken).ConfigureAwait(false);
        return deskundige is null ? null : await db.AlsDtoAsync(deskundige, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> EmailAsync(Guid id, CancellationToken cancellationToken)
    {
        var gebruikerId = new GebruikerId(id);
        // The platform's own accounts belong to no tenant, so the tenant filter hides them; look only among those.
        var accounts = gebruiker.Samenwerkingsverband is null ? db.Platformgebruikers() : db.Gebruikers;
        var email = await accounts.AsNoTracking().Where(g => g.Id == gebruikerId).Select(g => g.Email)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return email?.Waarde;
    }

    private async Task<IReadOnlyList<IkSchoolDto>> ScholenAsync(CancellationToken cancellationToken)
    {
        if (gebruiker.Vestigingen.Count == 0)
        {
            return [];
        }

        var codes = gebruiker.Vestigingen.Select(v => VestigingCode.Parse(v)).Where(r => r.Lukt(out _)).Select(r => r.Waarde).ToList();
        var namen = await db.Scholen.AsNoTracking().Where(s => codes.Contains(s.Vestiging)).Select(s => new { s.Vestiging, s.Naam })
            .ToDictionaryAsync(s => s.Vestiging.Waarde, s => s.Naam, cancellationToken).ConfigureAwait(false);
        return gebruiker.Vestigingen.Select(v => new IkSchoolDto(v, namen.GetValueOrDefault(v))).ToList();
    }

    private async Task<int> LeerlingenBetrokkenAsync(Guid expert, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        return await db.Betrokkenen.AsNoTracking()
            .Where(b => b.ExpertId == expert && b.BeeindigdOp == null && b.Tot >= vandaag)
            .Select(b => b.LeerlingId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
    }
}
