using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// Publishing a version, whoever asks: the platform-beheerder through the API, or the server loading the reference
/// data it ships with at every start. An exact repeat of a published version is answered as already there.
/// </summary>
internal static class WaardelijstPublicatie
{
    public static async Task<Result<WaardelijstGepubliceerdDto>> PubliceerWaardelijstAsync(
        this IApplicationDbContext db, Waardelijstinvoer invoer, DateTimeOffset nu, CancellationToken ct)
    {
        var eerdereVersies = await db.ExpertiseWaardelijsten.ToListAsync(ct).ConfigureAwait(false);
        var bestaande = eerdereVersies.Find(v => v.GeldigVanaf == invoer.GeldigVanaf);
        if (bestaande is not null && bestaande.Bron == invoer.Bron?.Trim() && bestaande.HeeftInhoud(invoer.Expertises))
        {
            return WaardelijstGepubliceerdDto.Van(bestaande, nieuw: false);
        }

        var gepubliceerd = ExpertiseWaardelijst.Publiceer(invoer.GeldigVanaf, invoer.Bron, invoer.Expertises, eerdereVersies, nu);
        if (!gepubliceerd.Lukt(out var waardelijst))
        {
            return Result<WaardelijstGepubliceerdDto>.Mislukt(gepubliceerd.Fouten);
        }

        db.ExpertiseWaardelijsten.Add(waardelijst);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return WaardelijstGepubliceerdDto.Van(waardelijst, nieuw: true);
    }
}
