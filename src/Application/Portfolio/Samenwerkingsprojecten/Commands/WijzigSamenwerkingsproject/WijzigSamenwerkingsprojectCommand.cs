using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.WijzigSamenwerkingsproject;

/// <summary>The beleidsmedewerker changes a project and its plan; once its year began, as a correction with a reason.</summary>
[Toegang(Functies = [Functie.Beleidsmedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, ProjectAudit.Soort, Doel = ProjectAudit.Doel)]
public sealed record WijzigSamenwerkingsprojectCommand(Guid Id, long? VerwachteVersie, ProjectVerzoek Verzoek)
    : ICommand<Result<ProjectDto>>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
