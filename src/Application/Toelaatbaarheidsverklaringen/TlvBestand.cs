using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>A document of a TLV as a file (the beschikking, the LBT dossier), its name, and the TLV's version (the ETag: the same version gives the same bytes).</summary>
public sealed record TlvBestand(Guid TlvId, Guid LeerlingId, string Bestandsnaam, byte[] Inhoud, long Versie) : IAuditResultaat, IDocumentbestand
{
    string IAuditResultaat.AuditResourceId => TlvId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
