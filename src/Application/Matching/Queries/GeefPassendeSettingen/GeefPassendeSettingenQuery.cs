using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Matching.Queries.GeefPassendeSettingen;

/// <summary>
/// "Wat past?": the settings that could fit a pupil, lightest first, each explained per IVO field (issue 22). For SWV
/// staff and the pupil's own school (the store's filters decide whom a school sees). Advice only: it changes nothing
/// and decides nothing; it reads the pupil's needs, so it is audited as a read of the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Lezen, MatchingAudit.Soort, Doel = MatchingAudit.Doel)]
public sealed record GeefPassendeSettingenQuery(Guid LeerlingId) : IQuery<Result<PassendeSettingenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

internal static class MatchingAudit
{
    public const string Soort = "passende-settingen";
    public const string Doel = "Zoeken naar een passende setting voor de leerling (advies, geen besluit)";
}

/// <param name="Advies">Says in words that this is advice and decides nothing; the screens show it.</param>
/// <param name="Opmerkingen">What limited the search, e.g. no expertise named or the SWV stated nothing about its arrangements.</param>
public sealed record PassendeSettingenDto(Guid LeerlingId, DateOnly Peildatum, string Advies, IReadOnlyList<PassendeSettingDto> Settingen, IReadOnlyList<string> Opmerkingen);

/// <summary>One candidate setting, in the order of the ranking (lightest that covers first).</summary>
/// <param name="Arrangementen">The arrangement kinds this setting needs (codes of soort arrangement).</param>
/// <param name="DektAlles">Whether the setting covers every asked field; a setting that does not, says what is missing.</param>
public sealed record PassendeSettingDto(
    int Rang,
    [property: CodeUit<Settingsoort>] string Soort,
    SettingschoolDto School,
    IReadOnlyList<string> Arrangementen,
    BegeleidingsvoorstelDto? Begeleiding,
    [property: CodeUit<Nabijheid>] string Nabijheid,
    bool TlvNodig,
    bool DektAlles,
    IReadOnlyList<VeldtoelichtingDto> Velden,
    IReadOnlyList<string> Ontbreekt,
    string Samenvatting);

public sealed record SettingschoolDto(string Vestiging, string Naam, [property: CodeUit<SoortSchool>] string SoortSchool);

/// <summary>Ambulante begeleiding by an onderwijsbegeleidingsaanbieder of the national register.</summary>
/// <param name="Capaciteit">The capacity the aanbieder publishes for these lines (the smallest); absent when it publishes none.</param>
public sealed record BegeleidingsvoorstelDto(string Aanbieder, string Naam, IReadOnlyList<string> Expertises, int? Capaciteit);

/// <summary>One IVO field of a candidate: levels 0–3 (absent: not filled in) and the explanation in words.</summary>
public sealed record VeldtoelichtingDto(
    [property: CodeUit<IvoVeld>] string Veld,
    int? Gevraagd,
    int? SchoolBiedt,
    int? MetOndersteuning,
    bool Gedekt,
    string Toelichting,
    string? Tekort)
{
    internal static VeldtoelichtingDto Van(Veldtoelichting veld) => new(
        IvoVeldCodes.Lijst.Code(veld.Veld), (int?)veld.Gevraagd, (int?)veld.SchoolBiedt, (int?)veld.MetOndersteuning, veld.Gedekt, veld.Zin, veld.Tekort);
}

internal static class PassendeSettingDtos
{
    public const string Advies =
        "Dit is een advies om mee te denken, geen besluit. Het systeem beslist niets en verandert niets: u weegt de mogelijkheden " +
        "samen met de ouders en de school, en u kunt het met elke uitleg oneens zijn.";

    public static PassendeSettingDto Van(Settingkandidaat kandidaat, int rang) => new(
        rang,
        SettingsoortCodes.Lijst.Code(kandidaat.Soort),
        new SettingschoolDto(kandidaat.School.Vestiging.Waarde, kandidaat.School.Naam, SoortSchoolCodes.Lijst.Code(kandidaat.School.Soort)),
        [.. kandidaat.Arrangementen.Select(SoortArrangementCodes.Lijst.Code)],
        kandidaat.Begeleiding is { } b
            ? new BegeleidingsvoorstelDto(b.Aanbieder.Waarde, b.Naam, [.. b.Regels.Select(r => r.Expertise.Waarde).Distinct(StringComparer.Ordinal)], b.Capaciteit)
            : null,
        NabijheidCodes.Lijst.Code(kandidaat.Nabijheid),
        kandidaat.TlvNodig,
        kandidaat.DektAlles,
        [.. kandidaat.Velden.Select(VeldtoelichtingDto.Van)],
        kandidaat.Ontbreekt,
        kandidaat.Samenvatting);
}
