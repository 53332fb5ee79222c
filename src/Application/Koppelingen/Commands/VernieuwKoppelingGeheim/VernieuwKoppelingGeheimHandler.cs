using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Commands.VernieuwKoppelingGeheim;

public sealed class VernieuwKoppelingGeheimHandler(IKoppelingRegister register)
    : ICommandHandler<VernieuwKoppelingGeheimCommand, Result<NieuwGeheimDto>>
{
    public async ValueTask<Result<NieuwGeheimDto>> Handle(VernieuwKoppelingGeheimCommand command, CancellationToken cancellationToken)
    {
        var koppeling = await register.ZoekAsync(command.ClientId, cancellationToken).ConfigureAwait(false);
        if (koppeling is null)
        {
            return KoppelingFouten.Onbekend(command.ClientId);
        }

        if (koppeling.Authenticatie != "client_secret_basic")
        {
            return Fout.Conflict("koppeling-zonder-geheim", "Deze koppeling meldt zich aan met een sleutel (private_key_jwt) en heeft geen geheim.");
        }

        var geheim = await register.VernieuwGeheimAsync(command.ClientId, cancellationToken).ConfigureAwait(false);
        return geheim.Lukt(out var nieuw)
            ? new NieuwGeheimDto { ClientId = command.ClientId, ClientSecret = nieuw }
            : Result<NieuwGeheimDto>.Mislukt(geheim.Fouten);
    }
}
