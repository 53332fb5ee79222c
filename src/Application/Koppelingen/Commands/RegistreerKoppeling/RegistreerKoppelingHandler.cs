using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;

public sealed class RegistreerKoppelingHandler(IKoppelingRegister register)
    : InvoerHandler<RegistreerKoppelingCommand, NieuweKoppeling, NieuweKoppelingDto>
{
    protected override async ValueTask<Result<NieuweKoppelingDto>> Handle(
        RegistreerKoppelingCommand command, NieuweKoppeling invoer, CancellationToken cancellationToken) =>
        await register.RegistreerAsync(invoer.Naam, invoer.Scopes, invoer.PubliekeSleutels, invoer.Vestigingen, cancellationToken).ConfigureAwait(false);
}
