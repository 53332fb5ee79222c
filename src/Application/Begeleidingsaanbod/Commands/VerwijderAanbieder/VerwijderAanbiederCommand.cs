using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;

/// <summary>
/// Removes an aanbieder that should never have been registered. An aanbieder that stops working is taken out of
/// service instead, so its history stays. The change feed reports the removal as a tombstone.
/// </summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Verwijderen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record VerwijderAanbiederCommand(Result<ObaCode> Invoer, long? VerwachteVersie)
    : IInvoerCommand<ObaCode, bool>, IVersieVoorwaarde, IAuditBron
{
    // Nothing comes back to name the removed aanbieder in the audit record, so the message names it.
    public string? AuditResourceId => Invoer.Lukt(out var code) ? code.Waarde : null;
}
