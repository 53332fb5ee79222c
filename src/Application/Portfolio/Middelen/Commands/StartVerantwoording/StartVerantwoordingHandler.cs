using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.StartVerantwoording;

public sealed class StartVerantwoordingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<StartVerantwoordingCommand, VerantwoordingInvoer, VerantwoordingDto>
{
    protected override async ValueTask<Result<VerantwoordingDto>> Handle(
        StartVerantwoordingCommand command, VerantwoordingInvoer invoer, CancellationToken cancellationToken)
    {
        // The store's filter shows a school-medewerker the grants of their own vestigingen' besturen only.
        var toekenning = await db.Middelentoekenningen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.ToekenningId, cancellationToken).ConfigureAwait(false);
        if (toekenning is null)
        {
            return MiddelenFouten.ToekenningOnbekend;
        }

        if (await db.Verantwoordingen.AnyAsync(v => v.ToekenningId == toekenning.Id, cancellationToken).ConfigureAwait(false))
        {
            return MiddelenFouten.VerantwoordingBestaat;
        }

        var vestigingen = await db.VestigingenVanBestuurAsync(toekenning.SchoolbestuurId, cancellationToken).ConfigureAwait(false);
        var gebouwd = await db.BouwAsync(invoer, null, vestigingen, cancellationToken).ConfigureAwait(false);
        if (!gebouwd.Lukt(out var inhoud))
        {
            return Result<VerantwoordingDto>.Mislukt(gebouwd.Fouten);
        }

        var gestart = Verantwoording.Start(toekenning, inhoud, vestigingen, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gestart.Lukt(out var verantwoording))
        {
            return Result<VerantwoordingDto>.Mislukt(gestart.Fouten);
        }

        db.Verantwoordingen.Add(verantwoording);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException fout) when (fout.IsUniekeSleutelGeschonden())
        {
            // A colleague started it between the check and the save.
            return MiddelenFouten.VerantwoordingBestaat;
        }

        return await db.AlsDtoAsync(verantwoording, toekenning, aanroeper, cancellationToken).ConfigureAwait(false);
    }
}
