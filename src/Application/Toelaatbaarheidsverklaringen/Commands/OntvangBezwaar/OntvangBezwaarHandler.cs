using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;


namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.OntvangBezwaar;

public sealed class OntvangBezwaarHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<OntvangBezwaarCommand, Bezwaarontvangst, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(OntvangBezwaarCommand command, Bezwaarontvangst invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper, command.TlvId, command.VerwachteVersie,
            t => t.OntvangBezwaar(invoer.Indiener, invoer.Naam, invoer.OntvangenOp, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
