using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.EvalueerSamenwerkingsproject;

/// <summary>The beleidsmedewerker records the yearly evaluation of a project.</summary>
[Toegang(Functies = [Functie.Beleidsmedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, ProjectAudit.Soort, Doel = ProjectAudit.Doel)]
public sealed record EvalueerSamenwerkingsprojectCommand(Guid Id, long? VerwachteVersie, ProjectevaluatieVerzoek Verzoek)
    : ICommand<Result<ProjectDto>>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
