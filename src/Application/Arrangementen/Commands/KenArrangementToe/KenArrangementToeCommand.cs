using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;

/// <summary>SWV staff grant the request, with a beschikkingsnummer unique in the samenwerkingsverband and a motivation.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record KenArrangementToeCommand(Guid ArrangementId, long? VerwachteVersie, string? Beschikkingsnummer, DateOnly? Besluitdatum, string? Motivering) : ICommand<Result<ArrangementDto>>;
