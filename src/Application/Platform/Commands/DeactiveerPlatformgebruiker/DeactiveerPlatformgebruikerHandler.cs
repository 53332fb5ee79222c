using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Commands.DeactiveerPlatformgebruiker;

public sealed class DeactiveerPlatformgebruikerHandler(IApplicationDbContext db, ITokenIntrekking tokens, IHuidigeGebruiker aanroeper)
    : ICommandHandler<DeactiveerPlatformgebruikerCommand, Result<GebruikerDto>>
{
    public async ValueTask<Result<GebruikerDto>> Handle(DeactiveerPlatformgebruikerCommand command, CancellationToken cancellationToken)
    {
        var gevonden = await db.PlatformgebruikerAsync(command.Id, cancellationToken).ConfigureAwait(false);
        return gevonden.Lukt(out var gebruiker)
            ? await db.DeactiveerAsync(gebruiker, aanroeper, tokens, cancellationToken).ConfigureAwait(false)
            : Result<GebruikerDto>.Mislukt(gevonden.Fouten);
    }
}
