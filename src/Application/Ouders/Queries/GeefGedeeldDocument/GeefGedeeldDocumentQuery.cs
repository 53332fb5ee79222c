using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldDocument;

/// <summary>The bytes of one document the school shared with the ouders, of their own child; 404 for anything else.</summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, "document", Doel = OuderAudit.Inzage)]
public sealed record GeefGedeeldDocumentQuery(Guid LeerlingId, Guid DocumentId) : IQuery<Result<Documentinhoud>>;
