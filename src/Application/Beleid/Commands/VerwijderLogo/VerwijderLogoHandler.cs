using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Commands.VerwijderLogo;

public sealed class VerwijderLogoHandler(IApplicationDbContext db) : ICommandHandler<VerwijderLogoCommand, Result<LogoDto>>
{
    public async ValueTask<Result<LogoDto>> Handle(VerwijderLogoCommand command, CancellationToken cancellationToken)
    {
        var logo = await db.Swvlogos.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (logo is null)
        {
            return LogoFouten.Geen;
        }

        db.Swvlogos.Remove(logo);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LogoDto.Van(logo);
    }
}
