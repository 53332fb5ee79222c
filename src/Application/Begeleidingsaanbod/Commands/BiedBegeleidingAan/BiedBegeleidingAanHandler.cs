using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Expertises;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;

public sealed class BiedBegeleidingAanHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<BiedBegeleidingAanCommand, NieuwAanbod, AanbiederDto>
{
    protected override async ValueTask<Result<AanbiederDto>> Handle(BiedBegeleidingAanCommand command, NieuwAanbod invoer, CancellationToken cancellationToken)
    {
        // The expertise must be on the waardelijst of the school year in which the offer starts.
        var leerjaar = Schooljaar.Op(invoer.Periode.Begindatum);
        var waardelijst = await db.ExpertiseWaardelijsten.VoorAsync(leerjaar, cancellationToken).ConfigureAwait(false);
        if (waardelijst?.Zoek(invoer.Expertise) is null)
        {
            return Fout.Ongeldig(
                "onbekende-expertise",
                $"De expertise {invoer.Expertise} staat niet in de waardelijst van leerjaar {leerjaar}; kies een expertise uit de lijst.",
                "expertise");
        }

        return await db.VoerUitAsync(
            aanroeper.Registerbeheer(),
            invoer.Code,
            command.VerwachteVersie,
            a => a.BiedAan(invoer.Expertise, invoer.Periode, invoer.Werkgebied, invoer.Capaciteit),
            cancellationToken).ConfigureAwait(false);
    }
}
