using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.WijzigMiddelentoekenning;

public sealed class WijzigMiddelentoekenningHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijzigMiddelentoekenningCommand, Toekenninggegevens, MiddelentoekenningDto>
{
    protected override async ValueTask<Result<MiddelentoekenningDto>> Handle(
        WijzigMiddelentoekenningCommand command, Toekenninggegevens invoer, CancellationToken cancellationToken)
    {
        var toekenning = await db.Middelentoekenningen.FirstOrDefaultAsync(t => t.Id == command.Id, cancellationToken).ConfigureAwait(false);
        if (toekenning is null)
        {
            return MiddelenFouten.ToekenningOnbekend;
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, toekenning.Versie, "deze toekenning") is { } versiefout)
        {
            return versiefout;
        }

        var scholen = await db.VestigingenVanBestuurAsync(toekenning.SchoolbestuurId, cancellationToken).ConfigureAwait(false);
        var gewijzigd = toekenning.Wijzig(invoer, scholen, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gewijzigd.IsGelukt)
        {
            return Result<MiddelentoekenningDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(toekenning, cancellationToken).ConfigureAwait(false);
    }
}
