using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Commands.BeeindigBetrokkenheid;

public sealed class BeeindigBetrokkenheidHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<BeeindigBetrokkenheidCommand, Result<BetrokkeneDto>>
{
    public async ValueTask<Result<BetrokkeneDto>> Handle(BeeindigBetrokkenheidCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var betrokkene = await db.Betrokkenen
            .FirstOrDefaultAsync(b => b.Id == command.BetrokkeneId && b.LeerlingId == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (betrokkene is null)
        {
            return BetrokkeneFouten.Onbekend(command.BetrokkeneId);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var uitkomst = betrokkene.Beeindig(aanroeper.AlsActor(), klok.GetUtcNow(), vandaag);
        if (!uitkomst.IsGelukt)
        {
            return Result<BetrokkeneDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return BetrokkeneDto.Van(betrokkene, vandaag);
    }
}
