using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.WijsAdviseurAan;

public sealed class WijsAdviseurAanHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijsAdviseurAanCommand, Adviesvraag, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(WijsAdviseurAanCommand command, Adviesvraag invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.TlvId,
            command.VerwachteVersie,
            async t =>
            {
                var adviseur = await AdviseurAsync(invoer.DeskundigeId, cancellationToken).ConfigureAwait(false);
                return adviseur.Lukt(out var gevonden)
                    ? t.WijsAdviseurAan(invoer.Plek, gevonden, aanroeper.AlsActor(), klok.GetUtcNow())
                    : Result<Toelaatbaarheidsverklaring>.Mislukt(adviseur.Fouten);
            },
            cancellationToken).ConfigureAwait(false);

    /// <summary>The register's entry as the TLV records it: only someone active with an account can write the advice under their own name.</summary>
    private async Task<Result<Adviseur>> AdviseurAsync(Guid id, CancellationToken ct)
    {
        var deskundige = await db.Deskundigen.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false);
        if (deskundige is not { Actief: true, AccountId: { } account })
        {
            return Fout.Ongeldig(
                "deskundige-onbekend",
                deskundige is null
                    ? "Er is geen deskundige met dit id in het register van het samenwerkingsverband."
                    : $"Deskundige {deskundige.Naam} is niet actief of heeft geen account om het advies te schrijven.",
                "deskundigeId");
        }

        return Adviseur.Van(deskundige, account);
    }
}
