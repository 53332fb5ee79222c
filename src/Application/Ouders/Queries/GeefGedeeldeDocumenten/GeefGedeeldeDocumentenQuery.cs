using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldeDocumenten;

/// <summary>The documents the child's school shared with the ouders, most recently shared first; nothing else of the dossier.</summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, "document", Doel = OuderAudit.Inzage)]
public sealed record GeefGedeeldeDocumentenQuery(Guid LeerlingId) : IQuery<Result<GedeeldeDocumentenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

public sealed record GedeeldeDocumentenDto(IReadOnlyList<GedeeldDocumentDto> Documenten);

/// <summary>A shared document as an ouder sees it: its name, kind and size, and since when it is shared; not who uploaded it.</summary>
/// <param name="Grootte">The size in bytes.</param>
public sealed record GedeeldDocumentDto(
    Guid Id,
    string Bestandsnaam,
    [property: CodeUit<Documentsoort>] string Soort,
    string Mediatype,
    long Grootte,
    DateTimeOffset GedeeldOp);
