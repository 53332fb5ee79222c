using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

public sealed class VoegBetrokkeneToeHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<VoegBetrokkeneToeCommand, Result<BetrokkeneDto>>
{
    public async ValueTask<Result<BetrokkeneDto>> Handle(VoegBetrokkeneToeCommand command, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        // Accounts of the caller's own samenwerkingsverband only (tenant filter).
        var expertId = new GebruikerId(command.ExpertId!.Value);
        var expert = await db.Gebruikers.AsNoTracking().FirstOrDefaultAsync(g => g.Id == expertId, cancellationToken).ConfigureAwait(false);
        if (expert is null)
        {
            return Fout.Ongeldig("expert-onbekend", $"Er is geen account {command.ExpertId} in jouw samenwerkingsverband.", "expertId");
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var id = expertId.Waarde;
        if (await db.Betrokkenen.AnyAsync(
                b => b.LeerlingId == leerling.Id && b.ExpertId == id && b.BeeindigdOp == null && b.Tot >= vandaag, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("al-betrokken", "Deze expert is al betrokken bij de leerling. Beëindig die betrokkenheid eerst om een nieuwe reden of einddatum vast te leggen.");
        }

        var betrokkene = Betrokkene.VoegToe(leerling, expert, command.Reden, command.Tot, aanroeper.AlsActor(), klok.GetUtcNow(), vandaag);
        if (!betrokkene.IsGelukt)
        {
            return Result<BetrokkeneDto>.Mislukt(betrokkene.Fouten);
        }

        db.Betrokkenen.Add(betrokkene.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return BetrokkeneDto.Van(betrokkene.Waarde, vandaag);
    }
}
