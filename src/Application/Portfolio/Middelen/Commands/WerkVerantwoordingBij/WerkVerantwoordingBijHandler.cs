using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.WerkVerantwoordingBij;

public sealed class WerkVerantwoordingBijHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WerkVerantwoordingBijCommand, VerantwoordingInvoer, VerantwoordingDto>
{
    protected override async ValueTask<Result<VerantwoordingDto>> Handle(
        WerkVerantwoordingBijCommand command, VerantwoordingInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.Id, command.VerwachteVersie, async v =>
        {
            var vestigingen = await db.VestigingenVanBestuurAsync(v.SchoolbestuurId, cancellationToken).ConfigureAwait(false);
            var gebouwd = await db.BouwAsync(invoer, v, vestigingen, cancellationToken).ConfigureAwait(false);
            return gebouwd.Lukt(out var inhoud)
                ? v.WerkBij(inhoud, vestigingen, aanroeper.AlsActor(), klok.GetUtcNow())
                : Result<Verantwoording>.Mislukt(gebouwd.Fouten);
        }, cancellationToken).ConfigureAwait(false);
}
