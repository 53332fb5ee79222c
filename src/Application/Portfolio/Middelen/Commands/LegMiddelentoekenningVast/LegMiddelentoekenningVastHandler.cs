using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegMiddelentoekenningVast;

public sealed class LegMiddelentoekenningVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegMiddelentoekenningVastCommand, ToekenningInvoer, MiddelentoekenningDto>
{
    protected override async ValueTask<Result<MiddelentoekenningDto>> Handle(
        LegMiddelentoekenningVastCommand command, ToekenningInvoer invoer, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        var bestuur = await db.Schoolbesturen.FirstOrDefaultAsync(b => b.Id == invoer.SchoolbestuurId, cancellationToken).ConfigureAwait(false);
        if (bestuur is null)
        {
            // Every problem at once: the year and the grant's own rules too (no school can belong to an unknown bestuur).
            return Result<MiddelentoekenningDto>.Mislukt(
            [
                MiddelenFouten.BestuurOnbekend,
                .. new[] { Bedrag.ControleerJaar(invoer.Jaar) }.OfType<Fout>(),
                .. Middelentoekenning.Controleer(invoer.Gegevens, []).Where(f => f.Code != "school-van-ander-bestuur"),
            ]);
        }

        var scholen = await db.VestigingenVanBestuurAsync(bestuur.Id, cancellationToken).ConfigureAwait(false);
        var jaren = await db.Middelentoekenningen.Where(t => t.SchoolbestuurId == bestuur.Id).Select(t => t.Jaar).ToListAsync(cancellationToken).ConfigureAwait(false);
        var vastgelegd = Middelentoekenning.Leg(bestuur, invoer.Jaar, invoer.Gegevens, scholen, jaren, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!vastgelegd.Lukt(out var toekenning))
        {
            return Result<MiddelentoekenningDto>.Mislukt(vastgelegd.Fouten);
        }

        db.Middelentoekenningen.Add(toekenning);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException fout) when (fout.IsUniekeSleutelGeschonden())
        {
            // Someone recorded the same bestuur and year between the check and the save.
            return Middelentoekenning.Bestaat(bestuur.Naam, toekenning.Jaar);
        }

        return await db.AlsDtoAsync(toekenning, cancellationToken).ConfigureAwait(false);
    }
}
