using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;

/// <summary>
/// The aanmeldingen the caller may see, open ones first and among them the earliest (most overdue) deadline first,
/// then the newest. Filters: pupil, school, regio (of the school), status, only open ones, only overdue ones. The
/// DbContext's filter decides what is seen: a school its own vestigingen, the SWV's staff the whole region. A page at a
/// time, with the number found. Every row names a pupil: the read is audited against each.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[Audit(AuditActie.Lezen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record GeefAanmeldingenQuery(
    Guid? LeerlingId = null,
    [property: RegularExpression(VestigingCode.Patroon)] string? Vestiging = null,
    string? Regio = null,
    [property: CodeUit<AanmeldingStatus>] string? Status = null,
    bool? Open = null,
    bool? Verlopen = null,
    string? Cursor = null,
    [property: Range(1, AanmeldingCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<AanmeldingLijstDto>>;

/// <param name="Totaal">How many aanmeldingen match, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record AanmeldingLijstDto(IReadOnlyList<AanmeldingRijDto> Aanmeldingen, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Aanmeldingen;
}

/// <summary>One aanmelding as a list shows it.</summary>
/// <param name="BesluitUiterlijk">The last day of the term; absent when no term runs.</param>
/// <param name="Verlopen">Open and past its last day.</param>
/// <param name="Uitkomst">The decision, once taken.</param>
public sealed record AanmeldingRijDto(
    Guid Id,
    AanmeldingLeerlingDto Leerling,
    string Vestiging,
    string SchoolNaam,
    DateOnly OntvangenOp,
    bool OuderVerwachtExtraOndersteuning,
    [property: CodeUit<AanmeldingStatus>] string Status,
    bool Zorgplicht,
    DateOnly? BesluitUiterlijk,
    bool Verlopen,
    [property: CodeUit<Toelatingsuitkomst>] string? Uitkomst) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}
