using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Commands.HeractiveerSamenwerkingsverband;

public sealed class HeractiveerSamenwerkingsverbandHandler(IApplicationDbContext db, IKoppelingRegister koppelingen)
    : ICommandHandler<HeractiveerSamenwerkingsverbandCommand, Result<TenantDto>>
{
    public async ValueTask<Result<TenantDto>> Handle(HeractiveerSamenwerkingsverbandCommand command, CancellationToken cancellationToken)
    {
        var actief = await TenantOpslag.WijzigAsync(db, command.Code, command.VerwachteVersie, s => s.Heractiveer(), cancellationToken).ConfigureAwait(false);
        if (!actief.Lukt(out var swv))
        {
            return Result<TenantDto>.Mislukt(actief.Fouten);
        }

        var cijfers = await TenantTelling.TelAsync(db, koppelingen, swv.Id, cancellationToken).ConfigureAwait(false);
        return TenantDto.Van(swv, TenantTelling.Van(cijfers, swv));
    }
}
