using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.WijsAdviseurAan;

public sealed class WijsAdviseurAanHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijsAdviseurAanCommand, Adviesvraag, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(WijsAdviseurAanCommand command, Adviesvraag invoer, CancellationToken cancellationToken)
    {
        var deskundige = await db.Deskundigen.AsNoTracking().FirstOrDefaultAsync(d => d.Id == invoer.DeskundigeId, cancellationToken).ConfigureAwait(false);
        if (deskundige is not { Actief: true, AccountId: { } account })
        {
            // Only someone who can write the advice under their own account can be asked for it.
            return Fout.Ongeldig(
                "deskundige-onbekend",
                deskundige is null
                    ? "Er is geen deskundige met dit id in het register van het samenwerkingsverband."
                    : $"{deskundige.Naam} is niet actief of heeft geen account om het advies te schrijven.",
                "deskundigeId");
        }

        var adviseur = new Adviseur(
            deskundige.Id,
            account,
            deskundige.Naam,
            deskundige.Discipline,
            deskundige.Werkgever,
            deskundige.SchoolbestuurId,
            deskundige.Vestiging,
            deskundige.Beroepsregister is { } register ? $"{BeroepsregisterCodes.Lijst.Code(register)} {deskundige.Registratienummer}" : null);
        return await db.VoerUitAsync(
            aanroeper, command.TlvId, command.VerwachteVersie, t => t.WijsAdviseurAan(invoer.Plek, adviseur, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
    }
}
