using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.WerkThuiszitterplanBij;

public sealed class WerkThuiszitterplanBijHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WerkThuiszitterplanBijCommand, Thuiszitterplan, ThuiszitterDto>
{
    protected override async ValueTask<Result<ThuiszitterDto>> Handle(WerkThuiszitterplanBijCommand command, Thuiszitterplan invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, klok, command.ThuiszitterId, command.VerwachteVersie,
            t => Task.FromResult(t.WerkPlanBij(invoer, aanroeper.AlsActor(), klok.GetUtcNow())), cancellationToken).ConfigureAwait(false);
}
