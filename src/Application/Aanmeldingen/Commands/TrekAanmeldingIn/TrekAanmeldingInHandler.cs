using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.TrekAanmeldingIn;

public sealed class TrekAanmeldingInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<TrekAanmeldingInCommand, DateOnly, AanmeldingDto>
{
    protected override async ValueTask<Result<AanmeldingDto>> Handle(TrekAanmeldingInCommand command, DateOnly invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper, klok, command.AanmeldingId, command.VerwachteVersie,
            a => Task.FromResult(a.TrekIn(invoer, aanroeper.AlsActor(), klok.GetUtcNow())),
            cancellationToken).ConfigureAwait(false);
}
