using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Commands.LegExpertprofielVast;

public sealed class LegExpertprofielVastHandler(IApplicationDbContext db)
    : InvoerHandler<LegExpertprofielVastCommand, Expertprofielgegevens, ExpertboekRegelDto>
{
    protected override async ValueTask<Result<ExpertboekRegelDto>> Handle(
        LegExpertprofielVastCommand command, Expertprofielgegevens invoer, CancellationToken cancellationToken)
    {
        // The tenant filters keep the account, the SWV and the entry inside the caller's own samenwerkingsverband.
        var expertId = new GebruikerId(command.ExpertId);
        if (!await db.Gebruikers.AnyAsync(g => g.Id == expertId && g.Rol == Rol.Expert && g.ExterneOrganisatie == null, cancellationToken).ConfigureAwait(false))
        {
            return ExpertboekFouten.Onbekend;
        }

        var swv = await db.Samenwerkingsverbanden.SingleAsync(cancellationToken).ConfigureAwait(false);
        var profiel = await db.Expertprofielen.FirstOrDefaultAsync(p => p.Id == command.ExpertId, cancellationToken).ConfigureAwait(false);
        // An expert without an entry has version 0 (the ETag of GET): a change always names the version it saw.
        if (Versiecontrole.Controleer(command.VerwachteVersie, profiel?.Versie ?? 0, "dit deel van het expertboek") is { } versiefout)
        {
            return versiefout;
        }

        Result<Expertprofiel> uitkomst;
        if (profiel is null)
        {
            uitkomst = Expertprofiel.LegVast(swv, command.ExpertId, invoer);
            if (uitkomst.Lukt(out var nieuw))
            {
                db.Expertprofielen.Add(nieuw);
            }
        }
        else
        {
            uitkomst = profiel.Wijzig(swv, invoer);
        }

        if (!uitkomst.IsGelukt)
        {
            return Result<ExpertboekRegelDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await db.LeesAsync(command.ExpertId, cancellationToken).ConfigureAwait(false)).Single();
    }
}
