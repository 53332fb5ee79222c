using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Documenten.Queries.GeefDocumentinhoud;

/// <summary>
/// The bytes of one document, for whoever may see its pupil (the document's query filter follows the pupil's); 404
/// otherwise. Every download is audited against the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, DocumentAudit.Soort, Doel = DocumentAudit.Doel)]
public sealed record GeefDocumentinhoudQuery(Guid DocumentId) : IQuery<Result<Documentinhoud>>;
