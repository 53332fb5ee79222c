using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Dossiers.Queries.OpenBeschermdeGegevens;

/// <summary>Why SWV staff open the protected data; it is recorded in the audit log with the access.</summary>
public sealed record BeschermdeGegevensVerzoek([property: Required, MinLength(OpenBeschermdeGegevensQuery.MinimaleLengteReden), MaxLength(OpenBeschermdeGegevensQuery.MaximaleLengteReden)] string? Reden);

/// <summary>
/// SWV staff deliberately open a dossier's diagnoses and medication data, with a reason. Nobody else ever sees them:
/// not the school (it sent them), not a koppeling, not an expert. The access and its reason are audited.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Ongeldig)]
[Audit(AuditActie.Lezen, DossierAudit.Soort, Doel = DossierAudit.Doel)]
public sealed record OpenBeschermdeGegevensQuery(Guid Id, string? Reden) : IQuery<Result<BeschermdeGegevensDto>>, IAuditBron
{
    public const int MinimaleLengteReden = 10;
    public const int MaximaleLengteReden = 150;

    public string? AuditResourceId => Id.ToString();

    string? IAuditBron.AuditDoel => $"Beschermde gegevens (diagnoses) bewust geopend. Reden: {Reden?.Trim()}";
}

public sealed record DiagnoseDto(IReadOnlyList<string> Codes, string? Naam, DateOnly? Datum, string? DoorWie, string? Instantie);

/// <summary>The protected data of one dossier, for the SWV staff member who opened it.</summary>
public sealed record BeschermdeGegevensDto(Guid DossierimportId, Guid LeerlingId, IReadOnlyList<DiagnoseDto> Diagnoses, bool? Medicijngebruik) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => DossierimportId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static BeschermdeGegevensDto Van(Guid id, Guid leerlingId, BeschermdeGegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        return new(id, leerlingId, gegevens.Diagnoses.Select(d => new DiagnoseDto(d.Codes, d.Naam, d.Datum, d.DoorWie, d.Instantie)).ToList(), gegevens.Medicijngebruik);
    }
}
