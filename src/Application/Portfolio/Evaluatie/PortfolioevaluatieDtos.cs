using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Portfolio.Tevredenheid;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie;

/// <summary>
/// The yearly evaluation of one regio's portfolio for the regional board (BOR), over one calendar year: expert hours
/// per expertisegebied and per school, the casuïstiek and its outcomes, satisfaction, the middelen of the besturen with
/// their verantwoording, and the samenwerkingsprojecten. Figures only, no pupil.
/// </summary>
/// <param name="VoorBestuur">
/// True in the version for the regional board (the CSV and PDF): a cell of 1 pupil up to the drempel (and the cells
/// hidden with it, see <c>klein</c>) shows no figures. False on the page of the samenwerkingsverband's staff, who see
/// every figure and which ones the board's version hides.
/// </param>
/// <param name="Drempel">The samenwerkingsverband's small-cell drempel in force today: counts from 1 to below it are hidden.</param>
public sealed record PortfolioevaluatieDto(
    string Samenwerkingsverband,
    string Regio,
    int Jaar,
    bool VoorBestuur,
    int Drempel,
    ExpertureninzetDto Uren,
    CasuistiekoverzichtDto Casuistiek,
    TevredenheidsoverzichtDto Tevredenheid,
    IReadOnlyList<MiddelenregelDto> Middelen,
    IReadOnlyList<ProjectregelDto> Projecten);

/// <param name="Leerlingen">Pupils with expert hours in the year; absent when hidden.</param>
/// <param name="Uren">The hours registered on a date in the year and not withdrawn; absent when hidden.</param>
/// <param name="PerExpertisegebied">Sleutel: the expertisegebied's code.</param>
/// <param name="PerSchool">Sleutel: the vestiging's BRIN code and number.</param>
public sealed record ExpertureninzetDto(
    int? Leerlingen, decimal? Uren, bool Klein, IReadOnlyList<UrencelDto> PerExpertisegebied, IReadOnlyList<UrencelDto> PerSchool);

/// <summary>One cell of the hours.</summary>
/// <param name="Klein">
/// True when the board's version hides this cell: fewer pupils than the drempel, or a cell hidden with such a cell so
/// the total does not give it away.
/// </param>
public sealed record UrencelDto(string Sleutel, string Naam, int? Leerlingen, decimal? Uren, bool Klein);

/// <summary>A count of cases (each about one pupil) with the same rule as the hours.</summary>
public sealed record TelcelDto(string Sleutel, string Naam, int? Aantal, bool Klein);

/// <param name="Netwerkbesprekingen">Meetings of the regio's lokale netwerken on a date in the year.</param>
/// <param name="Casussen">Cases brought into the regio's netwerken in the year; absent when hidden.</param>
/// <param name="Uitkomsten">Those cases by outcome (sleutel: the uitkomstsoort's code, or <c>nog-geen-uitkomst</c>).</param>
/// <param name="AfgeslotenInzetten">Expert inzetten of the regio closed in the year, by result (sleutel: the resultaat's code).</param>
public sealed record CasuistiekoverzichtDto(
    int Netwerkbesprekingen,
    int? Casussen,
    bool Klein,
    IReadOnlyList<TelcelDto> Uitkomsten,
    IReadOnlyList<TelcelDto> AfgeslotenInzetten);

/// <summary>The tevredenheidsonderzoeken of the regio sent in the year; averages only for groups of 5 answers or more.</summary>
/// <param name="Vragen">The questions in the order of the onderzoek; the keys of every group's gemiddelden.</param>
/// <param name="Regio">The regio as a whole.</param>
/// <param name="PerExpertisegebied">Sleutel: the expertisegebied's code.</param>
public sealed record TevredenheidsoverzichtDto(
    [property: CodeUit<Tevredenheidsvraag>] IReadOnlyList<string> Vragen,
    int Verstuurd,
    int Beantwoord,
    TevredenheidsgroepDto? Regio,
    IReadOnlyList<TevredenheidsgroepDto> PerExpertisegebied);

/// <summary>The middelen of a schoolbestuur with a school in the regio, for the year.</summary>
/// <param name="Toegekend">The whole amount granted to the bestuur for the year.</param>
/// <param name="VoorScholenInRegio">The part for its schools in this regio, when the grant is split per school.</param>
/// <param name="Verantwoording">Where the bestuur's verantwoording is: a code of its status (concept, ingediend, besproken) or <c>niet-gestart</c>.</param>
/// <param name="Besteed">What the verantwoording says was spent, once it is submitted.</param>
public sealed record MiddelenregelDto(
    Guid SchoolbestuurId,
    string Schoolbestuur,
    decimal Toegekend,
    decimal? VoorScholenInRegio,
    string Verantwoording,
    string VerantwoordingLabel,
    decimal? Besteed);

/// <summary>A samenwerkingsproject of the regio for the year with its evaluation of that year, once recorded.</summary>
public sealed record ProjectregelDto(
    Guid Id,
    string Titel,
    IReadOnlyList<string> Partners,
    decimal Begroting,
    bool Geevalueerd,
    string? Voortgang,
    string? Resultaten,
    string? ToegevoegdeWaarde,
    decimal? Besteed);
