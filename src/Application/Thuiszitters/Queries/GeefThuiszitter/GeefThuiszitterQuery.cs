using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitter;

/// <summary>One entry with its plan versions and history: SWV staff, and the school of the pupil.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record GeefThuiszitterQuery(Guid ThuiszitterId) : IQuery<Result<ThuiszitterDto>>;
