using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;

public sealed class RegistreerAanbiederHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<RegistreerAanbiederCommand, Aanbiederregistratie, AanbiederDto>
{
    protected override async ValueTask<Result<AanbiederDto>> Handle(
        RegistreerAanbiederCommand command, Aanbiederregistratie invoer, CancellationToken cancellationToken)
    {
        var beheer = aanroeper.Registerbeheer();
        if (!beheer.MagRegistreren)
        {
            // An swv-beheerder whose token names no valid samenwerkingsverband would register an aanbieder nobody manages.
            return Fout.Verboden("geen-samenwerkingsverband", "Uw account hoort bij geen samenwerkingsverband; daarom kunt u geen aanbieder registreren.");
        }

        var onbekend = await OnbekendeLicentiesAsync(invoer.Erkenning, cancellationToken).ConfigureAwait(false);
        if (onbekend.Count > 0)
        {
            return Result<AanbiederDto>.Mislukt(onbekend);
        }

        var registratie = Onderwijsbegeleidingsaanbieder.Registreer(
            invoer.Code,
            invoer.Naam,
            invoer.InternationaleNaam,
            invoer.Inbedrijfdatum,
            invoer.Bestuur,
            invoer.Erkenning,
            [.. invoer.Communicatiecontexten.Select(Result<Communicatiecontext>.Gelukt)],
            beheer.EigenaarVanNieuweAanbieder);
        if (!registratie.Lukt(out var aanbieder))
        {
            return Result<AanbiederDto>.Mislukt(registratie.Fouten);
        }

        if (await db.Onderwijsbegeleidingsaanbieders.AnyAsync(o => o.Code == aanbieder.Code, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("aanbieder-bestaat-al", $"Er is al een onderwijsbegeleidingsaanbieder met code {aanbieder.Code}.");
        }

        db.Onderwijsbegeleidingsaanbieders.Add(aanbieder);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AanbiederDto.Van(aanbieder, beheer);
    }

    /// <summary>A licence names expertises by their code; a code that no version of the waardelijst knows is refused.</summary>
    private async Task<List<Fout>> OnbekendeLicentiesAsync(Onderwijsinstellingserkenning erkenning, CancellationToken cancellationToken)
    {
        // The erkenning was read with the expertise codes' own rule, so every licence reads as a code.
        var gevraagd = erkenning.Licenties.SelectMany(l => ExpertiseCode.Parse(l).Lukt(out var code) ? new[] { code } : []).ToList();
        var bekend = await db.ExpertiseWaardelijsten.AsNoTracking().SelectMany(w => w.Expertises).Select(e => e.Code)
            .Where(c => gevraagd.Contains(c)).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. gevraagd.Except(bekend).Select(c => Fout.Ongeldig(
            "onbekende-expertise", $"De expertise {c} staat niet in de waardelijst; kies een expertise uit de lijst.", "erkenning.licenties"))];
    }
}
