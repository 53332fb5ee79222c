using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.LegSamenwerkingsprojectVast;

/// <summary>SWV staff record a samenwerkingsproject of a regio with its plan and budget (the lead narrows this to the beleidsmedewerker).</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Aanmaken, ProjectAudit.Soort, Doel = ProjectAudit.Doel)]
public sealed record LegSamenwerkingsprojectVastCommand(ProjectVerzoek Verzoek) : ICommand<Result<ProjectDto>>;
