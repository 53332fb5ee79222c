using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Expertises;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;

public sealed class BiedBegeleidingAanHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : ICommandHandler<BiedBegeleidingAanCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(BiedBegeleidingAanCommand command, CancellationToken cancellationToken)
    {
        var expertise = AanbiederInvoer.Expertise(command.Expertise).Waarde;
        var periode = AanbiederInvoer.Periode(command.Leerjaar, command.Begindatum, command.Einddatum).Waarde;

        // The expertise must be on the waardelijst of the school year in which the offer starts.
        var waardelijst = await db.ExpertiseWaardelijsten.VoorAsync(Schooljaar.Op(periode.Begindatum), cancellationToken).ConfigureAwait(false);
        if (waardelijst?.Zoek(expertise) is null)
        {
            return Fout.Ongeldig(
                "onbekende-expertise",
                $"De expertise {expertise} staat niet in de waardelijst van leerjaar {Schooljaar.Op(periode.Begindatum)} (zie /expertises).",
                "expertise");
        }

        var werkgebied = AanbiederInvoer.Werkgebied(command.Werkgebied).Waarde;
        return await db.VoerUitAsync(aanroeper.Registerbeheer(), 
            command.Code,
            command.VerwachteVersie,
            a => a.BiedAan(expertise, periode, werkgebied, command.Capaciteit),
            cancellationToken).ConfigureAwait(false);
    }
}
