using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

public sealed class PubliceerExpertiseWaardelijstHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<PubliceerExpertiseWaardelijstCommand, Result<WaardelijstGepubliceerdDto>>
{
    public async ValueTask<Result<WaardelijstGepubliceerdDto>> Handle(
        PubliceerExpertiseWaardelijstCommand command,
        CancellationToken cancellationToken)
    {
        var geldigVanaf = Schooljaar.Parse(command.GeldigVanaf).Waarde;
        var regels = command.Expertises!;

        var eerdereVersies = await db.ExpertiseWaardelijsten.ToListAsync(cancellationToken).ConfigureAwait(false);
        var bestaande = eerdereVersies.Find(v => v.GeldigVanaf == geldigVanaf);
        if (bestaande is not null && bestaande.Bron == command.Bron?.Trim() && bestaande.HeeftInhoud(regels))
        {
            return new WaardelijstGepubliceerdDto(
                bestaande.Id.Waarde, geldigVanaf.ToString(), bestaande.Expertises.Count, Nieuw: false);
        }

        var waardelijst = ExpertiseWaardelijst.Publiceer(geldigVanaf, command.Bron, regels, eerdereVersies, klok.GetUtcNow());
        if (!waardelijst.IsGelukt)
        {
            return Result<WaardelijstGepubliceerdDto>.Mislukt(waardelijst.Fouten);
        }

        db.ExpertiseWaardelijsten.Add(waardelijst.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new WaardelijstGepubliceerdDto(
            waardelijst.Waarde.Id.Waarde, geldigVanaf.ToString(), waardelijst.Waarde.Expertises.Count, Nieuw: true);
    }
}
