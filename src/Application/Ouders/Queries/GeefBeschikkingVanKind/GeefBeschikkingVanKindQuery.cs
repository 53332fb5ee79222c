using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefBeschikkingVanKind;

/// <summary>
/// The beschikking of a decision about the ouder's own child, as the PDF the school got (the same generator). Only once
/// the decision is made known (409 before); a TLV of another child does not exist for the ouder (404).
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefBeschikkingVanKindQuery(Guid LeerlingId, Guid TlvId) : IQuery<Result<TlvBestand>>, IAuditBron
{
    public string? AuditResourceId => TlvId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
