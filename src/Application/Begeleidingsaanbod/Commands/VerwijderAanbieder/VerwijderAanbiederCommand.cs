using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;

/// <summary>
/// Removes an aanbieder that should never have been registered. An aanbieder that stops working is taken out of
/// service instead, so its history stays. The change feed reports the removal as a tombstone.
/// </summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[Audit(AuditActie.Verwijderen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record VerwijderAanbiederCommand(string Code, long? VerwachteVersie) : ICommand<Result<bool>>, IAuditBron
{
    public string? AuditResourceId => Code;
}
