using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Commands.WijzigKoppeling;

public sealed class WijzigKoppelingHandler(IKoppelingRegister register)
    : InvoerHandler<WijzigKoppelingCommand, KoppelingWijziging, KoppelingDto>
{
    protected override async ValueTask<Result<KoppelingDto>> Handle(
        WijzigKoppelingCommand command, KoppelingWijziging invoer, CancellationToken cancellationToken) =>
        await register.WijzigAsync(command.ClientId, invoer.Naam, invoer.Scopes, invoer.Vestigingen, cancellationToken).ConfigureAwait(false);
}
