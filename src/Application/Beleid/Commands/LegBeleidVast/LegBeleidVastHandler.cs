using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Commands.LegBeleidVast;

public sealed class LegBeleidVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegBeleidVastCommand, Beleidsvoorstel, VastgelegdeBeleidsversieDto>
{
    protected override async ValueTask<Result<VastgelegdeBeleidsversieDto>> Handle(
        LegBeleidVastCommand command, Beleidsvoorstel invoer, CancellationToken cancellationToken)
    {
        var instellingen = await db.BeleidsinstellingenAsync(aanroeper, cancellationToken).ConfigureAwait(false);
        if (Versiecontrole.Controleer(command.VerwachteVersie, instellingen.Versie, "Het beleid") is { } versiefout)
        {
            return versiefout;
        }

        // The store numbers every stored version from 1: 0 is settings made just now for an SWV that set nothing yet.
        if (instellingen.Versie == 0)
        {
            db.Beleidsinstellingen.Add(instellingen);
        }

        var vastgelegd = instellingen.LegVast(invoer.Waarden, invoer.Ingangsdatum, NederlandseTijd.Vandaag(klok), aanroeper.Id ?? "onbekend", klok.GetUtcNow());
        if (!vastgelegd.Lukt(out var versie))
        {
            return Result<VastgelegdeBeleidsversieDto>.Mislukt(vastgelegd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return VastgelegdeBeleidsversieDto.Van(versie, instellingen.Versie);
    }
}
