using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.StartHerindicatie;

public sealed class StartHerindicatieHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<StartHerindicatieCommand, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(StartHerindicatieCommand command, CancellationToken cancellationToken)
    {
        var oud = await db.Toelaatbaarheidsverklaringen.FirstOrDefaultAsync(t => t.Id == command.TlvId, cancellationToken).ConfigureAwait(false);
        if (oud is null)
        {
            return TlvFouten.Onbekend(command.TlvId);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, oud.Versie, "deze toelaatbaarheidsverklaring") is { } versiefout)
        {
            return versiefout;
        }

        // The pupil as they are now (they may have moved to the school of the TLV); seen through the TLV the caller may see.
        var leerling = await db.Leerlingen.IgnoreQueryFilters().AsNoTracking()
            .FirstAsync(l => l.Id == oud.LeerlingId && l.Samenwerkingsverband == oud.Samenwerkingsverband, cancellationToken).ConfigureAwait(false);
        var school = await db.Scholen.AsNoTracking().FirstAsync(s => s.Vestiging == leerling.Vestiging, cancellationToken).ConfigureAwait(false);
        var nu = klok.GetUtcNow();
        var termijnen = await db.ArrangementtermijnenOpAsync(NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
        var tlvLeerling = new TlvLeerling(leerling.Id, leerling.Naam, leerling.Geboortedatum, leerling.Vestiging, school.SchoolbestuurId, leerling.Samenwerkingsverband);
        var nieuw = Toelaatbaarheidsverklaring.VraagAan(tlvLeerling, oud.Herindicatieaanvraag(), termijnen, aanroeper.AlsActor(), nu, oud.Id);
        if (!nieuw.Lukt(out var aanvraag))
        {
            return Result<TlvDto>.Mislukt(nieuw.Fouten);
        }

        var gemarkeerd = oud.StartHerindicatie(aanvraag.Id, aanroeper.AlsActor(), nu);
        if (!gemarkeerd.IsGelukt)
        {
            return Result<TlvDto>.Mislukt(gemarkeerd.Fouten);
        }

        db.Toelaatbaarheidsverklaringen.Add(aanvraag);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TlvDto.Van(aanvraag, aanroeper);
    }
}
