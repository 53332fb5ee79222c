using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Commands.VernieuwPlatformActivatiecode;

public sealed class VernieuwPlatformActivatiecodeHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<VernieuwPlatformActivatiecodeCommand, Result<NieuweGebruikerDto>>
{
    public async ValueTask<Result<NieuweGebruikerDto>> Handle(VernieuwPlatformActivatiecodeCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.PlatformgebruikerAsync(command.Id, cancellationToken).ConfigureAwait(false);
        return gevonden.Lukt(out var gebruiker)
            ? await db.VernieuwCodeAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false)
            : Result<NieuweGebruikerDto>.Mislukt(gevonden.Fouten);
    }
}
