using PassendOnderwijs.Application.Portfolio.Evaluatie;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard;

/// <summary>
/// The beleidsinformatie of one schooljaar (1 August to 31 July) for the samenwerkingsverband's staff, with a trend over
/// the years before it: arrangementen, TLV's, OPP's and their terms, processing times, expert hours, aanmeldingen with
/// their zorgplicht terms, the thuiszitters on a peildatum and the deelnamepercentage regulier onderwijs, for the whole
/// samenwerkingsverband or one regio, bestuur or school (the deelnamepercentage always for the whole samenwerkingsverband).
/// Aggregates only, no pupil.
/// </summary>
/// <param name="Leerjaar">The schooljaar, written "2026-2027".</param>
/// <param name="VoorBuiten">
/// True in the version for readers outside the bureau (and always in the file): a count from 1 to below the drempel, and
/// a figure hidden with it so a total does not give it away, shows no value. False on the staff's page, which shows every
/// figure and marks with <c>klein</c> what outsiders will not see.
/// </param>
/// <param name="Drempel">The samenwerkingsverband's small-cell drempel in force today.</param>
/// <param name="Keuzes">The regio's, besturen and scholen the filters can choose from.</param>
public sealed record BeleidsinformatieDto(
    string Samenwerkingsverband,
    string Leerjaar,
    bool VoorBuiten,
    int Drempel,
    BeleidsfilterDto Filter,
    BeleidsfilterkeuzesDto Keuzes,
    KruistabelDto ArrangementenPerSoortEnStatus,
    IReadOnlyList<InzetPerSoortDto> UrenEnBudgetPerSoort,
    KruistabelDto TlvsPerSoortEnCategorie,
    OppoverzichtDto Opps,
    DoorlooptijdDto DoorlooptijdArrangementen,
    DoorlooptijdDto DoorlooptijdTlvs,
    ExpertureninzetDto Experturen,
    IReadOnlyList<TrendjaarDto> Trend,
    AanmeldingoverzichtDto Aanmeldingen,
    ThuiszitteroverzichtDto Thuiszitters,
    DeelnameoverzichtDto Deelname);

/// <summary>The filters in force; absent is "all".</summary>
public sealed record BeleidsfilterDto(string? Regio, string? Vestiging, Guid? Bestuur);

public sealed record BeleidsfilterkeuzesDto(IReadOnlyList<string> Regios, IReadOnlyList<KeuzeDto> Besturen, IReadOnlyList<KeuzeDto> Scholen);

/// <summary>A choice of a filter: its value (a bestuur's id, a school's vestiging code) and its name.</summary>
public sealed record KeuzeDto(string Waarde, string Naam);

/// <summary>A row or column heading: the code and its label.</summary>
public sealed record KopDto(string Sleutel, string Naam);

/// <summary>One figure: the count, absent when hidden in this version; <c>klein</c> tells whether outsiders see it.</summary>
public sealed record CijferDto(int? Aantal, bool Klein);

/// <summary>A table of counts with its row totals, column totals and grand total, suppressed as one table.</summary>
public sealed record KruistabelDto(
    IReadOnlyList<KopDto> Rijen,
    IReadOnlyList<KopDto> Kolommen,
    IReadOnlyList<IReadOnlyList<CijferDto>> Cellen,
    IReadOnlyList<CijferDto> Rijtotalen,
    IReadOnlyList<CijferDto> Kolomtotalen,
    CijferDto Totaal);

/// <summary>A <see cref="KruistabelDto"/> that stands on its own among others (the thuiszitters count): its stable code and its title.</summary>
public sealed record BenoemdeKruistabelDto(string Code, string Titel, KruistabelDto Tabel);

/// <summary>Hours and budget granted in arrangementen of one soort; hidden with the soort's count.</summary>
public sealed record InzetPerSoortDto(string Sleutel, string Naam, int? Aantal, decimal? Uren, decimal? Budget, bool Klein);

/// <param name="Nieuw">OPP's started in the schooljaar.</param>
/// <param name="Vaststelling">Terms to vaststellen (6 weeks) that began in the schooljaar, by outcome.</param>
/// <param name="Evaluatie">Yearly evaluation terms whose last day falls in the schooljaar, by outcome.</param>
public sealed record OppoverzichtDto(CijferDto Nieuw, IReadOnlyList<TelcelDto> Vaststelling, IReadOnlyList<TelcelDto> Evaluatie);

/// <param name="Nieuw">Aanmeldingen received in the schooljaar.</param>
/// <param name="Besluit">Zorgplicht terms (decide within 6 weeks, once extended by 4) that began in the schooljaar, by outcome.</param>
public sealed record AanmeldingoverzichtDto(CijferDto Nieuw, IReadOnlyList<TelcelDto> Besluit);

/// <param name="Peildatum">The last day of the schooljaar, or today while it runs.</param>
/// <param name="PerDuur">The thuiszitters on the peildatum by how long they have been absent and by soort verzuim.</param>
public sealed record ThuiszitteroverzichtDto(DateOnly Peildatum, KruistabelDto PerDuur);

/// <summary>Days from request to decision of the requests made in the schooljaar and decided; absent when hidden.</summary>
public sealed record DoorlooptijdDto(int? Aantal, decimal? Mediaan, int? P90, bool Klein);

/// <summary>
/// The deelnamepercentage regulier onderwijs of the whole samenwerkingsverband (never of a filter: see
/// <c>Beleidsinformatie.DeelnameAsync</c>) on the teldatum of the schooljaar and of the trend's earlier years.
/// </summary>
/// <param name="Teldatum">1 October of the schooljaar's first calendar year.</param>
/// <param name="Streefpercentage">The ondersteuningsplan's target in force today; null while the samenwerkingsverband set none.</param>
/// <param name="PerTeldatum">
/// Pupils by onderwijsvorm (columns) on the teldatum of each trend year (rows, oldest first, <see cref="Teldatum"/> last),
/// suppressed as one table. Its column totals add pupils of different years: the page and the file do not show them.
/// </param>
/// <param name="Percentages">The deelnamepercentage of each row of <see cref="PerTeldatum"/>, in its order.</param>
public sealed record DeelnameoverzichtDto(DateOnly Teldatum, decimal? Streefpercentage, KruistabelDto PerTeldatum, IReadOnlyList<PercentagecijferDto> Percentages);

/// <summary>
/// A percentage made of counts: absent when hidden in this version (a count behind it is hidden, and the percentage
/// would give it away) or when there were no pupils to count; <c>klein</c> tells whether outsiders see it.
/// </summary>
public sealed record PercentagecijferDto(decimal? Waarde, bool Klein);

/// <summary>
/// One schooljaar of the trend: requests made, OPP's started and aanmeldingen received in it, the expert hours dated in
/// it, the zorgplicht terms that began in it by outcome, the thuiszitters on its last day (today while it runs) and the
/// deelnamepercentage on its teldatum (1 October).
/// </summary>
public sealed record TrendjaarDto(
    string Leerjaar,
    CijferDto Arrangementen,
    CijferDto Tlvs,
    CijferDto Opps,
    decimal? Experturen,
    CijferDto Aanmeldingen,
    IReadOnlyList<TelcelDto> AanmeldingBesluit,
    CijferDto Thuiszitters,
    PercentagecijferDto Deelnamepercentage);
