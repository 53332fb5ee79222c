using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.RegistreerAanmelding;

public sealed class RegistreerAanmeldingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<RegistreerAanmeldingCommand, AanmeldingInvoer, AanmeldingDto>
{
    protected override async ValueTask<Result<AanmeldingDto>> Handle(RegistreerAanmeldingCommand command, AanmeldingInvoer invoer, CancellationToken cancellationToken)
    {
        // The school has the zorgplicht for its own aanmeldingen: another school's staff cannot register one for it.
        if (!aanroeper.Vestigingen.Contains(invoer.Vestiging.Waarde))
        {
            return AanmeldingFouten.NietEigenVestiging();
        }

        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        var vestiging = invoer.Vestiging;
        var school = await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return AanmeldingFouten.OnbekendeSchool("vestiging");
        }

        // The store's unique index guards the race between two registrations; this gives the usual answer.
        var bestaand = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.LeerlingId == leerling.Id && a.Vestiging == vestiging && (a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd))
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (bestaand is { } id)
        {
            return AanmeldingFouten.BestaatAl(id);
        }

        var geregistreerd = Aanmelding.Registreer(
            new AanmeldingLeerling(leerling.Id, leerling.Naam, leerling.Samenwerkingsverband, school.Vestiging, school.Naam, school.Cluster),
            invoer.Gegevens, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!geregistreerd.Lukt(out var aanmelding))
        {
            return Result<AanmeldingDto>.Mislukt(geregistreerd.Fouten);
        }

        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AanmeldingDto.Van(aanmelding, aanroeper, klok);
    }
}
