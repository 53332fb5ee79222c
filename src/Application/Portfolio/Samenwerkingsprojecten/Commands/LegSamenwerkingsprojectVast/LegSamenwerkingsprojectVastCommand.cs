using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.LegSamenwerkingsprojectVast;

/// <summary>The beleidsmedewerker records a samenwerkingsproject of a regio with its plan and budget.</summary>
[Toegang(Functies = [Functie.Beleidsmedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Aanmaken, ProjectAudit.Soort, Doel = ProjectAudit.Doel)]
public sealed record LegSamenwerkingsprojectVastCommand(ProjectVerzoek Verzoek) : ICommand<Result<ProjectDto>>;
