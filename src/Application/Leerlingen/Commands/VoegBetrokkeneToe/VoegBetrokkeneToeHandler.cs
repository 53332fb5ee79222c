using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

public sealed class VoegBetrokkeneToeHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VoegBetrokkeneToeCommand, Betrokkenheid, BetrokkeneDto>
{
    protected override async ValueTask<Result<BetrokkeneDto>> Handle(VoegBetrokkeneToeCommand command, Betrokkenheid invoer, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        // Accounts of the caller's own samenwerkingsverband only (tenant filter).
        var expertId = new GebruikerId(invoer.ExpertId);
        var expert = await db.Gebruikers.AsNoTracking().FirstOrDefaultAsync(g => g.Id == expertId, cancellationToken).ConfigureAwait(false);
        if (expert is null)
        {
            return Fout.Ongeldig("expert-onbekend", $"Er is geen account {invoer.ExpertId} in uw samenwerkingsverband.", "expertId");
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var id = invoer.ExpertId;
        if (await db.Betrokkenen.AnyAsync(
                b => b.LeerlingId == leerling.Id && b.ExpertId == id && b.BeeindigdOp == null && b.Tot >= vandaag, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("al-betrokken", "Deze expert is al betrokken bij de leerling. Beëindig die betrokkenheid eerst om een nieuwe reden of einddatum vast te leggen.");
        }

        var toegevoegd = Betrokkene.VoegToe(leerling, expert, invoer.Reden, invoer.Tot, aanroeper.AlsActor(), klok.GetUtcNow(), vandaag);
        if (!toegevoegd.Lukt(out var betrokkene))
        {
            return Result<BetrokkeneDto>.Mislukt(toegevoegd.Fouten);
        }

        db.Betrokkenen.Add(betrokkene);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return BetrokkeneDto.Van(betrokkene, vandaag);
    }
}
