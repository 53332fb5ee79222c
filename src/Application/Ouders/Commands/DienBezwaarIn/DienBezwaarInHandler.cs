using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Ouders.Commands.DienBezwaarIn;

public sealed class DienBezwaarInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<DienBezwaarInCommand, Result<KindTlvDto>>
{
    public async ValueTask<Result<KindTlvDto>> Handle(DienBezwaarInCommand command, CancellationToken cancellationToken)
    {
        // The explanation is the bezwaarschrift itself: without it there is nothing to object with.
        var gelezen = Tekst.Verplicht(
            command.Toelichting, Bezwaar.MaximaleLengteTekst, "toelichting", "toelichting-vereist", "Schrijf op waarom u het niet eens bent met het besluit.");
        if (!gelezen.Lukt(out var toelichting))
        {
            return Result<KindTlvDto>.Mislukt(gelezen.Fouten);
        }

        if (!await db.IsEigenKindAsync(command.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var tlv = await db.Toelaatbaarheidsverklaringen
            .FirstOrDefaultAsync(t => t.Id == command.TlvId && t.LeerlingId == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(command.TlvId);
        }

        if (tlv.BekendgemaaktOp is null)
        {
            return OuderTlvFouten.NogGeenBesluit;
        }

        if (tlv.LopendBezwaar is not null)
        {
            return OuderTlvFouten.BezwaarLoopt;
        }

        if (!KindTlvDto.KanBezwaar(tlv))
        {
            return OuderTlvFouten.BezwaarKanNiet;
        }

        // The portal is where the bezwaarschrift arrives: the moment it is sent is its receipt, on the Dutch calendar.
        var nu = klok.GetUtcNow();
        var uitkomst = tlv.OntvangBezwaar(Indiener.Ouders, aanroeper.Naam, NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), nu, toelichting);
        if (!uitkomst.IsGelukt)
        {
            return Result<KindTlvDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return KindTlvDto.Van(tlv);
    }
}
