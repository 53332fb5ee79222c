using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;

/// <summary>Ends one aangeboden begeleiding after <see cref="LaatsteDag"/>; an offer that had not started yet disappears.</summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record BeeindigAanbodCommand(string Code, Guid AanbodId, long? VerwachteVersie, DateOnly? LaatsteDag)
    : ICommand<Result<AanbiederDto>>, IAuditBron
{
    public string? AuditResourceId => Code;
}
