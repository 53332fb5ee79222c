using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppPdf;

/// <summary>
/// One version of an OPP as a PDF, for whoever may read the OPP (the same access as <c>GeefOppQuery</c>: the OPP's
/// query filter decides); 404 for an unknown version. Every download is audited against the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppPdfQuery(Guid OppId, int Versie) : IQuery<Result<OppBestand>>;

/// <summary>The PDF of an OPP version, its file name, and the OPP's change number (the ETag: the same number gives the same bytes).</summary>
public sealed record OppBestand(Guid OppId, Guid LeerlingId, string Bestandsnaam, byte[] Inhoud, long Versie) : IAuditResultaat, IDocumentbestand
{
    string IAuditResultaat.AuditResourceId => OppId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
