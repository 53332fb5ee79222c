using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegMiddelentoekenningVast;

/// <summary>
/// The beleidsmedewerker records the middelen extra ondersteuning of one schoolbestuur for one calendar year.
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, MiddelenAudit.Toekenning, Doel = MiddelenAudit.DoelToekenning)]
public sealed record LegMiddelentoekenningVastCommand(Result<ToekenningInvoer> Invoer) : IInvoerCommand<ToekenningInvoer, MiddelentoekenningDto>;
