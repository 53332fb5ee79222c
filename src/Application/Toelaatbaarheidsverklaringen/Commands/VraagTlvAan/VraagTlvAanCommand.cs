using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagTlvAan;

/// <summary>An IB'er of the pupil's vestiging, or SWV staff, request a TLV for a pupil they may see.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Aanmaken, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record VraagTlvAanCommand(Result<TlvInvoer> Invoer) : IInvoerCommand<TlvInvoer, TlvDto>;
