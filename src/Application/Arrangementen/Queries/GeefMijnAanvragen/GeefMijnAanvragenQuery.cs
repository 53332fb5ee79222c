using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

/// <summary>
/// "Mijn aanvragen": the requests the caller made that are still in progress (aangevraagd, or in behandeling, with or
/// without an open question from the SWV), a page at a time, with the number found. Every line names a pupil, so the
/// read is audited against each. For everyone who may request an arrangement (school staff, and SWV staff who request
/// on a school's behalf).
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefMijnAanvragenQuery(
    [property: AllowedValues(
        MijnAanvragenSortering.Behandeldeadline, MijnAanvragenSortering.BehandeldeadlineAflopend,
        MijnAanvragenSortering.AangevraagdOp, MijnAanvragenSortering.AangevraagdOpAflopend)]
    string? Sorteer = null,
    string? Cursor = null,
    [property: Range(1, MijnAanvragenCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<MijnAanvragenDto>>;

/// <param name="Totaal">How many requests in progress the caller has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record MijnAanvragenDto(IReadOnlyList<MijnAanvraagDto> Aanvragen, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Aanvragen;
}

/// <summary>One request in progress as the list shows it.</summary>
/// <param name="VraagStaatOpen">The SWV asked the school a question that is not answered yet.</param>
/// <param name="Behandeldeadline">The SWV's target date for its decision.</param>
public sealed record MijnAanvraagDto(
    Guid Id,
    LeerlingNaam Leerling,
    string Vestiging,
    [property: CodeUit<SoortArrangement>] string Soort,
    [property: CodeUit<ArrangementStatus>] string Status,
    bool VraagStaatOpen,
    DateTimeOffset AangevraagdOp,
    DateOnly Behandeldeadline,
    DateOnly Ingangsdatum,
    DateOnly Einddatum) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}

/// <summary>The values of <c>sorteer</c> on GET /arrangementen/mijn-aanvragen; the default is the earliest behandeldeadline first.</summary>
public static class MijnAanvragenSortering
{
    public const string Behandeldeadline = "behandeldeadline";
    public const string BehandeldeadlineAflopend = "-behandeldeadline";
    public const string AangevraagdOp = "aangevraagdOp";
    public const string AangevraagdOpAflopend = "-aangevraagdOp";

    public static readonly IReadOnlyList<string> Alle = [Behandeldeadline, BehandeldeadlineAflopend, AangevraagdOp, AangevraagdOpAflopend];
}
