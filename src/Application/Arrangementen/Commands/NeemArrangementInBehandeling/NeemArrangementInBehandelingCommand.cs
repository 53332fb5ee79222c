using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.NeemArrangementInBehandeling;

/// <summary>SWV staff take a request into review.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record NeemArrangementInBehandelingCommand(Guid ArrangementId, long? VerwachteVersie) : ICommand<Result<ArrangementDto>>;
