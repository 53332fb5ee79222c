using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.DienBezwaarIn;

/// <summary>
/// An ouder objects to a decision about their own child, with a written explanation. The moment of sending is the
/// date of receipt (the Dutch calendar day); it starts the TLV's bezwaar procedure as a bezwaar of the ouders in the
/// ouder's name, flagged as late by the domain after the bezwaar term. One bezwaar at a time (409 while one is open);
/// refused without a decision made known (409).
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, TlvAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record DienBezwaarInCommand(Guid LeerlingId, Guid TlvId, string? Toelichting) : ICommand<Result<KindTlvDto>>, IAuditBron
{
    public string? AuditResourceId => TlvId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
