using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Zoeken.Queries.Zoek;

/// <summary>
/// What one search found, per kind, each with the number found and the first few. A kind the caller may not search
/// (a beheerder sees no pupils) is absent, not empty, so a screen can tell "none found" from "not for you".
/// </summary>
public sealed record ZoekresultatenDto(
    GevondenLeerlingenDto? Leerlingen,
    GevondenArrangementenDto? Arrangementen,
    GevondenAanbiedersDto Onderwijsbegeleidingsaanbieders) : IAuditLijst
{
    /// <summary>How many of each kind the answer shows; the count says how many there are.</summary>
    public const int PerSoort = 10;

    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems =>
        (Leerlingen?.Resultaten ?? []).Cast<IAuditResultaat>().Concat(Arrangementen?.Resultaten ?? []);
}

/// <param name="Totaal">How many pupils match, of those the caller may see.</param>
public sealed record GevondenLeerlingenDto(int Totaal, IReadOnlyList<GevondenLeerlingDto> Resultaten);

/// <param name="Totaal">How many arrangementen match, of those the caller may see.</param>
public sealed record GevondenArrangementenDto(int Totaal, IReadOnlyList<GevondenArrangementDto> Resultaten);

/// <param name="Totaal">How many aanbieders in the register match.</param>
public sealed record GevondenAanbiedersDto(int Totaal, IReadOnlyList<GevondenAanbiederDto> Resultaten);

/// <summary>A pupil found, as a result list names them.</summary>
/// <param name="Href">The pupil's resource, under the API's base path (/api/v1).</param>
public sealed record GevondenLeerlingDto(Guid Id, string Voornaam, string Achternaam, DateOnly Geboortedatum, string Vestiging, string Href) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Id;

    string IAuditResultaat.AuditResourceSoort => LeerlingAudit.Soort;
}

/// <summary>An arrangement found by its beschikkingsnummer.</summary>
/// <param name="Href">The arrangement's resource, under the API's base path (/api/v1).</param>
public sealed record GevondenArrangementDto(
    Guid Id,
    string Beschikkingsnummer,
    LeerlingNaam Leerling,
    [property: CodeUit<SoortArrangement>] string Soort,
    [property: CodeUit<ArrangementStatus>] string Status,
    string Vestiging,
    string Href) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;

    string IAuditResultaat.AuditResourceSoort => ArrangementAudit.Soort;
}

/// <summary>An aanbieder from the public register.</summary>
/// <param name="Href">The aanbieder's resource, under the API's base path (/api/v1).</param>
public sealed record GevondenAanbiederDto(string Code, string Naam, string Href);
