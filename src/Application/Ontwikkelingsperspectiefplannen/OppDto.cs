using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

public sealed record OppOverlegDto(DateOnly Datum, string Deelnemers, string Uitkomst, ActorDto VastgelegdDoor, DateTimeOffset VastgelegdOp);

public sealed record OppHoorrechtDto(bool Gehoord, DateOnly? Datum, string Toelichting, ActorDto VastgelegdDoor, DateTimeOffset VastgelegdOp);

/// <param name="Vingerafdruk">The SHA-256 of the handelingsdeel the ouders answered on: the answer holds only for that text.</param>
/// <param name="Geldig">Whether the answer is about the text as it reads now.</param>
/// <param name="VastgelegdDoor">Who recorded it: a school's staff member, or for an answer in the portal the ouder's own account.</param>
/// <param name="Betrouwbaarheidsniveau">For an answer in the portal: the assurance level of the ouder's sign-in at the time.</param>
public sealed record OppInstemmingDto(
    bool Gegeven,
    DateOnly Datum,
    string Ouder,
    [property: CodeUit<Instemmingswijze>] string Wijze,
    string? Reden,
    string Vingerafdruk,
    bool Geldig,
    ActorDto VastgelegdDoor,
    DateTimeOffset VastgelegdOp,
    [property: CodeUit<Betrouwbaarheidsniveau>] string? Betrouwbaarheidsniveau);

/// <param name="Vingerafdruk">The SHA-256 of this version's handelingsdeel, to which the ouders' instemming is tied.</param>
/// <param name="HandelingsdeelVastgesteld">Whether the handelingsdeel holds too (only with the ouders' instemming on exactly this text).</param>
/// <param name="GedeeldMetOudersOp">When the school shared this concept with the ouders (they read it in the portal); null: not shared.</param>
public sealed record OppVersieDto(
    int Nummer,
    [property: CodeUit<Versiestatus>] string Status,
    OppInhoudDto Inhoud,
    string Vingerafdruk,
    OppOverlegDto? Overleg,
    OppHoorrechtDto? Hoorrecht,
    OppInstemmingDto? Instemming,
    DateOnly? VastgesteldOp,
    ActorDto? VastgesteldDoor,
    bool HandelingsdeelVastgesteld,
    ActorDto AangemaaktDoor,
    DateTimeOffset AangemaaktOp,
    DateTimeOffset? GedeeldMetOudersOp)
{
    public static OppVersieDto Van(OppVersie v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var vingerafdruk = v.Vingerafdruk; // a SHA-256 over the handelingsdeel: computed once per version
        return new(
            v.Nummer,
            VersiestatusCodes.Lijst.Code(v.Status),
            OppInhoudDto.Van(v.Inhoud),
            vingerafdruk,
            v.Overleg is { } o ? new OppOverlegDto(o.Datum, o.Deelnemers, o.Uitkomst, ActorDto.Van(o.VastgelegdDoor), o.VastgelegdOp) : null,
            v.Hoorrecht is { } h ? new OppHoorrechtDto(h.Gehoord, h.Datum, h.Toelichting, ActorDto.Van(h.VastgelegdDoor), h.VastgelegdOp) : null,
            v.Instemming is { } i
                ? new OppInstemmingDto(i.Gegeven, i.Datum, i.Ouder, InstemmingswijzeCodes.Lijst.Code(i.Wijze), i.Reden, i.Vingerafdruk, i.Vingerafdruk == vingerafdruk,
                    ActorDto.Van(i.VastgelegdDoor), i.VastgelegdOp, i.Betrouwbaarheidsniveau is { } niveau ? BetrouwbaarheidsniveauCodes.Lijst.Code(niveau) : null)
                : null,
            v.VastgesteldOp,
            v.VastgesteldDoor is { } door ? ActorDto.Van(door) : null,
            v.HandelingsdeelVastgesteld,
            ActorDto.Van(v.AangemaaktDoor),
            v.AangemaaktOp,
            v.GedeeldMetOudersOp);
    }
}

public sealed record OppDoelresultaatDto(int Doel, bool Behaald, string? Toelichting);

public sealed record OppEvaluatieDto(
    Guid Id, DateOnly Datum, int Versie, string Deelnemers, IReadOnlyList<OppDoelresultaatDto> Doelen, string Conclusie, bool NieuweVersie, ActorDto Door, DateTimeOffset VastgelegdOp);

/// <param name="BegindatumTeRegistreren">A regular primary school still registers the OPP's begindatum (its first vaststelling) in ROD.</param>
/// <param name="EinddatumTeRegistreren">A regular primary school still registers the OPP's einddatum in ROD.</param>
public sealed record OppRodDto(
    bool Plichtig, DateOnly? Begindatum, bool BegindatumTeRegistreren, DateOnly? BegindatumGeregistreerdOp, DateOnly? Einddatum, bool EinddatumTeRegistreren, DateOnly? EinddatumGeregistreerdOp);

/// <summary>
/// An ontwikkelingsperspectiefplan with all its versions, the procedure around each, the evaluations, the terms and
/// the history. <see cref="Versie"/> is its ETag.
/// </summary>
public sealed record OppDto : IAuditResultaat, IGeversioneerd
{
    public required Guid Id { get; init; }

    public required Guid LeerlingId { get; init; }

    public required string LeerlingNaam { get; init; }

    public required string Vestiging { get; init; }

    [CodeUit<SoortSchool>]
    public required string SoortSchool { get; init; }

    [CodeUit<Aanleiding>]
    public required string Aanleiding { get; init; }

    public required DateOnly Startdatum { get; init; }

    /// <summary>Six weeks after the startdatum: the legal term for the first vaststelling.</summary>
    public required DateOnly VaststellenUiterlijk { get; init; }

    [CodeUit<OppStatus>]
    public required string Status { get; init; }

    /// <summary>Every version, oldest first; only the last can be a concept.</summary>
    public required IReadOnlyList<OppVersieDto> Versies { get; init; }

    /// <summary>The number of the version that holds, if one is vastgesteld.</summary>
    public int? GeldendeVersie { get; init; }

    /// <summary>The number of the concept, while there is one.</summary>
    public int? Conceptversie { get; init; }

    /// <summary>The version whose handelingsdeel the ouders answer on now, if any.</summary>
    public int? VersieVoorInstemming { get; init; }

    public required bool WachtOpInstemming { get; init; }

    public DateOnly? EersteVaststelling { get; init; }

    public DateOnly? LaatstGeevalueerdOp { get; init; }

    /// <summary>By when the next evaluation with the ouders is due (the end of a school year).</summary>
    public DateOnly? EvaluatieUiterlijk { get; init; }

    public required IReadOnlyList<OppEvaluatieDto> Evaluaties { get; init; }

    /// <summary>
    /// The ouders' latest view in the portal ("Hoe denk jij erover?"). An open concept holds it too; without one, the
    /// next concept takes it in.
    /// </summary>
    public OppVisieVanOudersDto? VisieVanOuders { get; init; }

    public required OppRodDto Rod { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? RedenAfsluiting { get; init; }

    public required IReadOnlyList<GebeurtenisDto> Geschiedenis { get; init; }

    /// <summary>The steps the caller may take now, from the lifecycle table: a screen offers exactly these.</summary>
    [CodeUit<OppStap>]
    public required IReadOnlyList<string> ToegestaneStappen { get; init; }

    public required long Versie { get; init; }

    public required DateTimeOffset GewijzigdOp { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static OppDto Van(Ontwikkelingsperspectiefplan o, IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(aanroeper);

        // A koppeling only confirms the ROD registration, and never reads the plan itself (opp.lezen gives it the ROD
        // fields only): its answer leaves out the versions, the evaluations, the history and the reason of afsluiting.
        var metInhoud = aanroeper.Soort != SoortAanroeper.Client;
        return new OppDto
        {
            Id = o.Id,
            LeerlingId = o.LeerlingId,
            LeerlingNaam = o.LeerlingNaam,
            Vestiging = o.Vestiging.Waarde,
            SoortSchool = SoortSchoolCodes.Lijst.Code(o.SoortSchool),
            Aanleiding = AanleidingCodes.Lijst.Code(o.Aanleiding),
            Startdatum = o.Startdatum,
            VaststellenUiterlijk = o.VaststellenUiterlijk,
            Status = OppStatusCodes.Lijst.Code(o.Status),
            Versies = metInhoud ? [.. o.Versies.Select(OppVersieDto.Van)] : [],
            GeldendeVersie = o.Geldend?.Nummer,
            Conceptversie = o.Concept?.Nummer,
            VersieVoorInstemming = o.VersieVoorInstemming?.Nummer,
            WachtOpInstemming = o.WachtOpInstemming,
            EersteVaststelling = o.EersteVaststelling,
            LaatstGeevalueerdOp = o.LaatstGeevalueerdOp,
            EvaluatieUiterlijk = o.EvaluatieUiterlijk,
            Evaluaties = !metInhoud ? [] : [.. o.Evaluaties.Select(e => new OppEvaluatieDto(
                e.Id, e.Datum, e.Versie, e.Deelnemers, [.. e.Doelen.Select(d => new OppDoelresultaatDto(d.Doel, d.Behaald, d.Toelichting))], e.Conclusie, e.NieuweVersie,
                ActorDto.Van(e.Door), e.VastgelegdOp))],
            VisieVanOuders = metInhoud && o.VisieVanOuders is { } visie ? OppVisieVanOudersDto.Van(visie) : null,
            Rod = new OppRodDto(
                o.RodPlichtig, o.RodPlichtig ? o.EersteVaststelling : null, o.BegindatumTeRegistreren, o.RodBegindatumGeregistreerdOp,
                o.RodPlichtig ? o.Einddatum : null, o.EinddatumTeRegistreren, o.RodEinddatumGeregistreerdOp),
            Einddatum = o.Einddatum,
            RedenAfsluiting = metInhoud ? o.RedenAfsluiting : null,
            Geschiedenis = !metInhoud ? [] : [.. o.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting))],
            ToegestaneStappen = [.. OppLevenscyclus.Tabel.ToegestaneStappenVoor(o, aanroeper).Select(OppStapCodes.Lijst.Code)],
            Versie = o.Versie,
            GewijzigdOp = o.GewijzigdOp,
        };
    }
}
