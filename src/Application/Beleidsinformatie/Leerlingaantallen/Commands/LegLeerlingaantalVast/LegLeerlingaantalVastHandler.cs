using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Commands.LegLeerlingaantalVast;

public sealed class LegLeerlingaantalVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegLeerlingaantalVastCommand, Leerlingaantalinvoer, SchoolaantalDto>
{
    protected override async ValueTask<Result<SchoolaantalDto>> Handle(
        LegLeerlingaantalVastCommand command, Leerlingaantalinvoer invoer, CancellationToken cancellationToken)
    {
        // The tenant filter keeps the register to the caller's samenwerkingsverband.
        var school = await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == invoer.Vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return Fout.RegelGeschonden("school-onbekend", $"Vestiging {invoer.Vestiging} hoort niet bij dit samenwerkingsverband.");
        }

        // A LAS speaks for the schools it was linked to, never for another school of the samenwerkingsverband.
        if (aanroeper.Soort == SoortAanroeper.Client && !aanroeper.Vestigingen.Contains(invoer.Vestiging.Waarde))
        {
            return Fout.Verboden("niet-eigen-vestiging", $"Deze koppeling kan alleen aantallen van haar eigen scholen aanleveren, niet van {invoer.Vestiging}.");
        }

        var door = aanroeper.Id ?? "onbekend";
        var nu = klok.GetUtcNow();
        var aantal = await db.Leerlingaantallen
            .FirstOrDefaultAsync(l => l.Teldatum == invoer.Teldatum.Datum && l.Vestiging == invoer.Vestiging, cancellationToken).ConfigureAwait(false);
        if (aantal is null)
        {
            aantal = Leerlingaantal.Leg(school.Samenwerkingsverband, invoer.Teldatum, invoer.Vestiging, invoer.Aantal, door, nu);
            db.Leerlingaantallen.Add(aantal);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (aantal.Wijzig(invoer.Aantal, door, nu))
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new SchoolaantalDto(
            school.Vestiging.Waarde,
            school.Naam,
            SoortSchoolCodes.Lijst.Code(school.Soort),
            OnderwijsvormCodes.Lijst.Code(Deelname.Vorm(school.Soort)),
            aantal.Aantal,
            aantal.GewijzigdOp);
    }
}
