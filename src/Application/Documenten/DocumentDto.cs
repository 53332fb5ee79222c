using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Documenten;

/// <summary>A document of a pupil's dossier as a list shows it: everything but its bytes.</summary>
/// <param name="Grootte">The size in bytes.</param>
/// <param name="Sha256">The SHA-256 of the bytes in lower-case hex; the download's ETag.</param>
/// <param name="DossierimportId">The dossier import it came with (herkomst oso-import).</param>
/// <param name="Zaak">The case of the same pupil it belongs to, if any.</param>
/// <param name="GedeeldMetOudersOp">Since when the pupil's ouders see it in the portal; absent while not shared.</param>
public sealed record DocumentDto(
    Guid Id,
    Guid LeerlingId,
    string Bestandsnaam,
    [property: CodeUit<Documentsoort>] string Soort,
    string Mediatype,
    long Grootte,
    string Sha256,
    [property: CodeUit<Documentherkomst>] string Herkomst,
    Guid? DossierimportId,
    DocumentzaakDto? Zaak,
    DateTimeOffset Ontvangen,
    ActorDto OntvangenDoor,
    DateTimeOffset? GedeeldMetOudersOp) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static DocumentDto Van(Document d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id,
            d.LeerlingId,
            d.Bestandsnaam,
            DocumentsoortCodes.Lijst.Code(d.Soort),
            d.Soort.Mediatype(),
            d.Grootte,
            d.Sha256,
            DocumentherkomstCodes.Lijst.Code(d.Herkomst),
            d.DossierimportId,
            d.Zaak is { } zaak ? new DocumentzaakDto(ZaaksoortCodes.Lijst.Code(zaak.Soort), zaak.Id) : null,
            d.Ontvangen,
            ActorDto.Van(d.OntvangenDoor),
            d.GedeeldMetOudersOp);
    }
}

/// <summary>The case a document belongs to: an arrangement, a TLV or an OPP of the same pupil.</summary>
public sealed record DocumentzaakDto([property: CodeUit<Zaaksoort>] string Soort, Guid Id);

/// <summary>The documents of one pupil, newest first.</summary>
public sealed record DocumentenDto(IReadOnlyList<DocumentDto> Documenten);

/// <summary>A document's bytes to download, with what the answer needs: its name, kind and checksum.</summary>
public sealed record Documentinhoud(DocumentDto Document, Stream Inhoud) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Document.Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Document.LeerlingId;
}

internal static class DocumentAudit
{
    public const string Soort = "document";
    public const string Doel = "Dossier van de leerling (passend onderwijs)";
}

internal static class DocumentFouten
{
    /// <summary>Also for a document of a pupil outside the caller's view: whether it exists is not the caller's to know.</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("document-onbekend", $"Er is geen document {id} dat u mag zien.");
}
