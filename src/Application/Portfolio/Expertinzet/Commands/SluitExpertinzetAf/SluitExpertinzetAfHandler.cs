using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.SluitExpertinzetAf;

public sealed class SluitExpertinzetAfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<SluitExpertinzetAfCommand, Afsluitinvoer, ExpertinzetDto>
{
    protected override async ValueTask<Result<ExpertinzetDto>> Handle(SluitExpertinzetAfCommand command, Afsluitinvoer invoer, CancellationToken cancellationToken)
    {
        var door = aanroeper.AlsActor();
        return await db.VoerUitAsync(aanroeper, command.ExpertinzetId, command.VerwachteVersie, async i =>
        {
            var uitkomst = i.SluitAf(invoer.Resultaat, invoer.Verwijzing, invoer.Advies, invoer.Toelichting, door, klok.GetUtcNow());
            if (uitkomst.IsGelukt)
            {
                // Need to know ends with the inzet: the expert no longer sees the pupil (the inzet itself stays theirs to read).
                await db.BeeindigBetrokkenheidAsync(i.BetrokkeneId, door, klok, cancellationToken).ConfigureAwait(false);
            }

            return uitkomst;
        }, cancellationToken).ConfigureAwait(false);
    }
}
