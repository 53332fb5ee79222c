using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

public sealed class PubliceerExpertiseWaardelijstHandler(IApplicationDbContext db, TimeProvider klok)
    : InvoerHandler<PubliceerExpertiseWaardelijstCommand, Waardelijstinvoer, WaardelijstGepubliceerdDto>
{
    protected override async ValueTask<Result<WaardelijstGepubliceerdDto>> Handle(
        PubliceerExpertiseWaardelijstCommand command,
        Waardelijstinvoer invoer,
        CancellationToken cancellationToken)
    {
        var geldigVanaf = invoer.GeldigVanaf;
        var eerdereVersies = await db.ExpertiseWaardelijsten.ToListAsync(cancellationToken).ConfigureAwait(false);
        var bestaande = eerdereVersies.Find(v => v.GeldigVanaf == geldigVanaf);
        if (bestaande is not null && bestaande.Bron == invoer.Bron?.Trim() && bestaande.HeeftInhoud(invoer.Expertises))
        {
            return new WaardelijstGepubliceerdDto(
                bestaande.Id.Waarde, geldigVanaf.ToString(), bestaande.Expertises.Count, Nieuw: false);
        }

        var gepubliceerd = ExpertiseWaardelijst.Publiceer(geldigVanaf, invoer.Bron, invoer.Expertises, eerdereVersies, klok.GetUtcNow());
        if (!gepubliceerd.Lukt(out var waardelijst))
        {
            return Result<WaardelijstGepubliceerdDto>.Mislukt(gepubliceerd.Fouten);
        }

        db.ExpertiseWaardelijsten.Add(waardelijst);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new WaardelijstGepubliceerdDto(
            waardelijst.Id.Waarde, geldigVanaf.ToString(), waardelijst.Expertises.Count, Nieuw: true);
    }
}
