using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefLbtDossier;

/// <summary>
/// The dossier for the LBT of the bezwaar that is running, as one PDF, put together from the TLV's own records: for SWV
/// staff only, who send it. Every download is audited against the pupil; 409 while no bezwaar is running.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefLbtDossierQuery(Guid TlvId) : IQuery<Result<TlvBestand>>;
