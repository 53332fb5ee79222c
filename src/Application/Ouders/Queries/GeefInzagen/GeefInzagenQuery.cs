using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Audit;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

/// <summary>
/// "Wie heeft het dossier van mijn kind bekeken": every record of the audit log about the ouder's own child, newest
/// first, a page at a time, told as organisation and role (see <see cref="InzageWie"/> for why not the person's name).
/// Reading it is recorded too.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, "auditlog", Doel = "Inzage door de ouder of verzorger in wie de gegevens van het eigen kind gebruikte (AVG art. 15)")]
public sealed record GeefInzagenQuery(
    Guid LeerlingId,
    string? Cursor,
    [property: Range(1, AuditPagina.MaximalePageSize)] int? PageSize) : IQuery<Result<InzagenDto>>, IAuditPaginaVraag, IAuditBron
{
    string? IAuditPaginaVraag.Actor => null;

    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

/// <param name="VolgendeCursor">For the next (older) page; absent on the last page.</param>
public sealed record InzagenDto(IReadOnlyList<InzageDto> Inzagen, string? VolgendeCursor);

/// <summary>One use of the child's data, in words an ouder understands.</summary>
/// <param name="Actie">What was done: lezen (looked at), aanmaken, wijzigen, verwijderen, exporteren or weigeren.</param>
/// <param name="Gegevens">Which data, in words ("de gegevens van uw kind", "een arrangement", …).</param>
/// <param name="Wie">Who, by role ("Intern begeleider of zorgcoördinator", "U zelf"); a koppeling by its name.</param>
/// <param name="Organisatie">The school or samenwerkingsverband the person works for; absent for the ouder's own look.</param>
/// <param name="Doel">Why: the purpose recorded with the access.</param>
public sealed record InzageDto(DateTimeOffset Op, string Actie, string Gegevens, string Wie, string? Organisatie, string Doel);
