using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;

public sealed class RegistreerAanbiederHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : ICommandHandler<RegistreerAanbiederCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(RegistreerAanbiederCommand command, CancellationToken cancellationToken)
    {
        var beheer = aanroeper.Registerbeheer();
        if (!beheer.MagRegistreren)
        {
            // An swv-beheerder whose token names no valid samenwerkingsverband would register an aanbieder nobody manages.
            return Fout.Verboden("geen-samenwerkingsverband", "Je account hoort bij geen samenwerkingsverband; daarom kun je geen aanbieder registreren.");
        }

        var erkenning = AanbiederInvoer.Erkenning(command.Erkenning);
        var registratie = Onderwijsbegeleidingsaanbieder.Registreer(
            command.Code,
            command.Naam,
            command.InternationaleNaam,
            command.Inbedrijfdatum ?? default,
            command.Bestuur,
            erkenning,
            AanbiederInvoer.Contexten(command.Communicatiecontexten),
            beheer.EigenaarVanNieuweAanbieder);
        var fouten = new List<Fout>(registratie.Fouten);
        if (command.Inbedrijfdatum is null)
        {
            fouten.Add(Fout.Ongeldig("inbedrijfdatum-vereist", "Geef de datum op waarop de aanbieder in bedrijf ging.", "inbedrijfdatum"));
        }

        if (erkenning.IsGelukt)
        {
            fouten.AddRange(await OnbekendeLicentiesAsync(erkenning.Waarde, cancellationToken).ConfigureAwait(false));
        }

        if (fouten.Count > 0)
        {
            return Result<AanbiederDto>.Mislukt(fouten);
        }

        var aanbieder = registratie.Waarde;
        if (await db.Onderwijsbegeleidingsaanbieders.AnyAsync(o => o.Code == aanbieder.Code, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("aanbieder-bestaat-al", $"Er is al een onderwijsbegeleidingsaanbieder met code {aanbieder.Code}.");
        }

        db.Onderwijsbegeleidingsaanbieders.Add(aanbieder);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AanbiederDto.Van(aanbieder, beheer);
    }

    private async Task<IEnumerable<Fout>> OnbekendeLicentiesAsync(Onderwijsinstellingserkenning erkenning, CancellationToken cancellationToken)
    {
        var gevraagd = erkenning.Licenties.Select(l => ExpertiseCode.Parse(l).Waarde).ToList();
        var bekend = await db.ExpertiseWaardelijsten.AsNoTracking().SelectMany(w => w.Expertises).Select(e => e.Code)
            .Where(c => gevraagd.Contains(c)).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return gevraagd.Except(bekend).Select(c => Fout.Ongeldig(
            "onbekende-expertise", $"De expertise {c} staat niet in de waardelijst (zie /expertises).", "erkenning.licenties"));
    }
}
