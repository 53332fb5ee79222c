using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Meldingen.Commands.MarkeerGelezen;

public sealed class MarkeerGelezenHandler(IApplicationDbContext db, TimeProvider klok) : ICommandHandler<MarkeerGelezenCommand, Result<MeldingDto>>
{
    public async ValueTask<Result<MeldingDto>> Handle(MarkeerGelezenCommand command, CancellationToken cancellationToken)
    {
        // The context's filter leaves only the caller's own: someone else's notification is simply not there.
        var melding = await db.Meldingen.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken).ConfigureAwait(false);
        if (melding is null)
        {
            return Fout.NietGevonden("melding-niet-gevonden", "Deze melding bestaat niet of is niet voor u.");
        }

        melding.MarkeerGelezen(klok.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return MeldingDto.Van(melding);
    }
}
