using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefBeschikking;

/// <summary>
/// The beschikking of a decided TLV as a PDF: for SWV staff, the requesting and the receiving school, and their LAS.
/// Every download is audited against the pupil; 409 while there is no decision.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.TlvLezen])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefBeschikkingQuery(Guid TlvId) : IQuery<Result<TlvBestand>>;
