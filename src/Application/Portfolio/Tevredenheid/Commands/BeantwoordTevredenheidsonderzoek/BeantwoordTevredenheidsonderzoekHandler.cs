using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Commands.BeantwoordTevredenheidsonderzoek;

public sealed class BeantwoordTevredenheidsonderzoekHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BeantwoordTevredenheidsonderzoekCommand, Tevredenheidsantwoord, TevredenheidsonderzoekDto>
{
    protected override async ValueTask<Result<TevredenheidsonderzoekDto>> Handle(
        BeantwoordTevredenheidsonderzoekCommand command, Tevredenheidsantwoord invoer, CancellationToken cancellationToken)
    {
        // The store's filter keeps it to the caller's own vestigingen: another school's onderzoek is a 404.
        var onderzoek = await db.Tevredenheidsonderzoeken.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken).ConfigureAwait(false);
        if (onderzoek is null)
        {
            return TevredenheidFouten.Onbekend;
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, onderzoek.Versie, "Dit tevredenheidsonderzoek") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = onderzoek.Beantwoord(invoer.Scores, invoer.Toelichting, klok.GetUtcNow());
        if (!uitkomst.IsGelukt)
        {
            return Result<TevredenheidsonderzoekDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TevredenheidsonderzoekDto.Van(onderzoek, aanroeper);
    }
}
