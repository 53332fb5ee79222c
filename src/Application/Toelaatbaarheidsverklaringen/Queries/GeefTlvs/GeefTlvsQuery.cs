using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

/// <summary>
/// The TLV's the caller may see, as rows of a list, with filters: status, soort, categorie, one pupil, a vestiging
/// (requesting or receiving), and verlooptVoor for herindicatie (toelaatbaar TLV's in force whose einddatum is on or
/// before that day). A page at a time, with the number found. Every row names a pupil: the read is audited against each.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Deskundige])]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefTlvsQuery(
    [property: CodeUit<TlvStatus>] string? Status = null,
    [property: CodeUit<SoortToelaatbaarheid>] string? Soort = null,
    [property: CodeUit<Bekostigingscategorie>] string? Categorie = null,
    Guid? LeerlingId = null,
    [property: RegularExpression(VestigingCode.Patroon)] string? Vestiging = null,
    DateOnly? VerlooptVoor = null,
    [property: AllowedValues(TlvSortering.AangevraagdOp, TlvSortering.AangevraagdOpAflopend, TlvSortering.Einddatum, TlvSortering.EinddatumAflopend, TlvSortering.Behandeldeadline, TlvSortering.BehandeldeadlineAflopend)]
    string? Sorteer = null,
    string? Cursor = null,
    [property: Range(1, TlvCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<TlvLijstDto>>;

/// <param name="Totaal">How many TLV's match, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record TlvLijstDto(IReadOnlyList<TlvRijDto> Toelaatbaarheidsverklaringen, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Toelaatbaarheidsverklaringen;
}

/// <summary>One TLV as a list shows it.</summary>
public sealed record TlvRijDto(
    Guid Id,
    TlvLeerlingDto Leerling,
    string Vestiging,
    string BeoogdeSchool,
    [property: CodeUit<TlvStatus>] string Status,
    [property: CodeUit<SoortToelaatbaarheid>] string Soort,
    [property: CodeUit<Bekostigingscategorie>] string Categorie,
    bool? Toelaatbaar,
    string? Beschikkingsnummer,
    DateTimeOffset AangevraagdOp,
    DateOnly Behandeldeadline,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    DateOnly? IngeschrevenOp) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}

/// <summary>The values of <c>sorteer</c> on GET /toelaatbaarheidsverklaringen; the default is the newest request first.</summary>
public static class TlvSortering
{
    public const string AangevraagdOp = "aangevraagdOp";
    public const string AangevraagdOpAflopend = "-aangevraagdOp";
    public const string Einddatum = "einddatum";
    public const string EinddatumAflopend = "-einddatum";
    public const string Behandeldeadline = "behandeldeadline";
    public const string BehandeldeadlineAflopend = "-behandeldeadline";

    public static readonly IReadOnlyList<string> Alle = [AangevraagdOp, AangevraagdOpAflopend, Einddatum, EinddatumAflopend, Behandeldeadline, BehandeldeadlineAflopend];
}
