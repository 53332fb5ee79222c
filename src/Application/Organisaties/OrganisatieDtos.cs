using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties;

public sealed record RegioDto(string Naam, IReadOnlyList<string> LokaleNetwerken);

/// <param name="Versie">Send it back in If-Match with a change.</param>
public sealed record SamenwerkingsverbandDto(string Code, string Naam, IReadOnlyList<RegioDto> Regios, long Versie) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Code;

    public static SamenwerkingsverbandDto Van(Samenwerkingsverband swv)
    {
        ArgumentNullException.ThrowIfNull(swv);
        return new(swv.Code.Waarde, swv.Naam, swv.Regios.Select(r => new RegioDto(r.Naam, r.LokaleNetwerken)).ToList(), swv.Versie);
    }
}

public sealed record SchoolbestuurDto(Guid Id, string Nummer, string Naam) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Nummer;

    public static SchoolbestuurDto Van(Schoolbestuur bestuur)
    {
        ArgumentNullException.ThrowIfNull(bestuur);
        return new(bestuur.Id, bestuur.Nummer, bestuur.Naam);
    }
}

/// <param name="Vestiging">BRIN + vestigingsnummer, e.g. 12AB00.</param>
/// <param name="Soort">BAO, SBO, SO, VSO, VO or PRO.</param>
/// <param name="Ondersteuningsprofiel">The schoolondersteuningsprofiel on the five IVO fields.</param>
/// <param name="Cluster">1 or 2 for an SO/VSO school of cluster 1 or 2: it has no zorgplicht; absent otherwise.</param>
public sealed record SchoolDto(
    string Vestiging,
    string Naam,
    [property: CodeUit<SoortSchool>] string Soort,
    string Schoolbestuur,
    string? Regio,
    string? LokaalNetwerk,
    IvoVeldenDto Ondersteuningsprofiel,
    long Versie,
    [property: CodeUit<Domain.Begeleidingsaanbod.Cluster>] int? Cluster = null) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Vestiging;

    public static SchoolDto Van(School school, string bestuurNummer)
    {
        ArgumentNullException.ThrowIfNull(school);
        return new(
            school.Vestiging.Waarde,
            school.Naam,
            SoortSchoolCodes.Lijst.Code(school.Soort),
            bestuurNummer,
            school.Regio,
            school.LokaalNetwerk,
            IvoVeldenDto.Van(school.Ondersteuningsprofiel),
            school.Versie,
            (int?)school.Cluster);
    }
}

internal static class OrganisatieAudit
{
    public const string Doel = "Beheer van de organisaties in het samenwerkingsverband";
}

internal static class OrganisatieFouten
{
    public static Domain.Common.Fout OnbekendeSchool(VestigingCode vestiging) =>
        Domain.Common.Fout.NietGevonden("school-onbekend", $"Er is geen school met vestiging {vestiging} in dit samenwerkingsverband.");

    public static Domain.Common.Fout NietIngericht() =>
        Domain.Common.Fout.NietGevonden(
            "samenwerkingsverband-niet-ingericht", "Het samenwerkingsverband is nog niet ingericht; een beheerder legt eerst naam en indeling vast.");
}
