using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.BesluitOverAanmelding;

/// <summary>The other school is looked up in the register of the samenwerkingsverband (any vestiging, not only the caller's).</summary>
public sealed class BesluitOverAanmeldingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BesluitOverAanmeldingCommand, BesluitInvoer, AanmeldingDto>
{
    protected override async ValueTask<Result<AanmeldingDto>> Handle(BesluitOverAanmeldingCommand command, BesluitInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper, klok, command.AanmeldingId, command.VerwachteVersie,
            async a =>
            {
                var andere = invoer.AndereSchool is { } vestiging
                    ? await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false)
                    : null;
                if (invoer.AndereSchool is not null && andere is null)
                {
                    return AanmeldingFouten.OnbekendeSchool("andereSchool");
                }

                return a.Beslis(
                    new Besluitverzoek(invoer.Uitkomst, invoer.Besluitdatum, invoer.Reden, andere, invoer.AkkoordAndereSchoolOp, invoer.InOverlegMetOuders),
                    aanroeper.AlsActor(),
                    klok.GetUtcNow());
            },
            cancellationToken).ConfigureAwait(false);
}
