using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.LegPlanVast;

public sealed class LegPlanVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegPlanVastCommand, Planinvoer, ExpertinzetDto>
{
    protected override async ValueTask<Result<ExpertinzetDto>> Handle(LegPlanVastCommand command, Planinvoer invoer, CancellationToken cancellationToken)
    {
        // Someone who is also school or SWV staff acts as that role here: they may set the budget.
        var rollen = aanroeper.PersoonlijkeRollen();
        var alleenExpert = rollen.Contains(Rol.Expert) && !rollen.Contains(Rol.SchoolMedewerker) && !rollen.Contains(Rol.SwvMedewerker);
        return await db.VoerUitAsync(
            aanroeper, command.ExpertinzetId, command.VerwachteVersie,
            i => i.LegPlanVast(invoer.Doelen, invoer.Interventies, invoer.UrenBudget, alleenExpert, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }
}
