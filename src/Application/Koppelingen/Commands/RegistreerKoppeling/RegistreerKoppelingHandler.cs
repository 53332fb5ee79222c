using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;

public sealed class RegistreerKoppelingHandler(IKoppelingRegister register)
    : ICommandHandler<RegistreerKoppelingCommand, Result<NieuweKoppelingDto>>
{
    public async ValueTask<Result<NieuweKoppelingDto>> Handle(RegistreerKoppelingCommand command, CancellationToken cancellationToken) =>
        await register.RegistreerAsync(
            command.Naam!.Trim(),
            command.Scopes!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            command.PubliekeSleutels,
            (command.Vestigingen ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            cancellationToken).ConfigureAwait(false);
}
