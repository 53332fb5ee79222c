using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegMiddelentoekenningVast;

/// <summary>
/// SWV staff record the middelen extra ondersteuning of one schoolbestuur for one calendar year (the lead narrows
/// this to the functie beleidsmedewerker).
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, MiddelenAudit.Toekenning, Doel = MiddelenAudit.DoelToekenning)]
public sealed record LegMiddelentoekenningVastCommand(Result<ToekenningInvoer> Invoer) : IInvoerCommand<ToekenningInvoer, MiddelentoekenningDto>;
