using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>
/// An OPP in the list of the parent portal: words, not codes. Only a plan with something the ouder may read is listed
/// (a vastgestelde version, or a concept the school shared).
/// </summary>
/// <param name="Toestand">Where the plan stands, in plain Dutch.</param>
/// <param name="VraagtInstemming">Whether the school waits for the ouder's answer on the handelingsdeel.</param>
public sealed record OuderOppSamenvattingDto(Guid Id, Guid LeerlingId, string School, string Toestand, DateOnly? VastgesteldOp, bool VraagtInstemming) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}

public sealed record OuderOppsDto(IReadOnlyList<OuderOppSamenvattingDto> Opps) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Opps;
}

/// <param name="Termijn">"Lange termijn", "Korte termijn" or "Tussendoel".</param>
public sealed record OuderDoelDto(string Termijn, string Domein, string Omschrijving);

/// <param name="Wat">The support the child gets.</param>
/// <param name="DoorWie">Who gives it.</param>
/// <param name="Omvang">How much or how often.</param>
public sealed record OuderOndersteuningDto(string Wat, string DoorWie, string Omvang);

/// <summary>The ouder's (or the school's record of the ouders') answer on a version's handelingsdeel.</summary>
/// <param name="Wijze">How it was given, in words (e.g. "Door de ouder zelf in het ouderportaal").</param>
/// <param name="Geldig">Whether it is about the text as it reads now; after a change the school asks again.</param>
/// <param name="Betrouwbaarheidsniveau">For an answer in the portal: how the ouder had signed in, in words.</param>
public sealed record OuderAntwoordDto(bool Gegeven, DateOnly Datum, string Ouder, string Wijze, string? Reden, bool Geldig, string? Betrouwbaarheidsniveau);

/// <summary>One version as the ouder reads it: the handelingsdeel (goals, support, evaluation dates) and any answer.</summary>
/// <param name="Vingerafdruk">The fingerprint of this handelingsdeel: send it with the answer, so it counts for exactly this text.</param>
/// <param name="HandelingsdeelGeldt">Whether the handelingsdeel holds (vastgesteld with the ouders' instemming).</param>
/// <param name="GedeeldOp">For a concept: when the school shared it for the overleg.</param>
public sealed record OuderOppVersieDto(
    int Nummer,
    DateOnly? VastgesteldOp,
    DateTimeOffset? GedeeldOp,
    IReadOnlyList<OuderDoelDto> Doelen,
    IReadOnlyList<OuderOndersteuningDto> Ondersteuning,
    IReadOnlyList<DateOnly> Evaluatiemomenten,
    string Vingerafdruk,
    bool HandelingsdeelGeldt,
    OuderAntwoordDto? Antwoord)
{
    public static OuderOppVersieDto Van(OppVersie versie)
    {
        ArgumentNullException.ThrowIfNull(versie);
        var deel = versie.Inhoud.Handelingsdeel;
        var vingerafdruk = versie.Vingerafdruk;
        return new(
            versie.Nummer,
            versie.VastgesteldOp,
            versie.Status == Versiestatus.Concept ? versie.GedeeldMetOudersOp : null,
            [.. deel.Doelen.Select(d => new OuderDoelDto(DoeltermijnCodes.Lijst.Label(d.Termijn), d.Domein, d.Omschrijving))],
            [.. deel.Ondersteuning.Select(o => new OuderOndersteuningDto(o.Wat, o.DoorWie, o.Omvang))],
            deel.Evaluatiemomenten,
            vingerafdruk,
            versie.HandelingsdeelVastgesteld,
            versie.Instemming is { } i
                ? new OuderAntwoordDto(
                    i.Gegeven, i.Datum, i.Ouder, InstemmingswijzeCodes.Lijst.Label(i.Wijze), i.Reden, i.Vingerafdruk == vingerafdruk,
                    i.Betrouwbaarheidsniveau is { } niveau ? BetrouwbaarheidsniveauCodes.Lijst.Label(niveau) : null)
                : null);
    }
}

/// <summary>The ouders' view they gave in the portal ("Hoe denkt u erover?"): what they sent, in their own words.</summary>
/// <param name="Ouder">Who sent it.</param>
/// <param name="InVersie">The version it is part of now (the open concept); null: it goes into the next version.</param>
public sealed record OuderVisieDto(
    string? AandachtEnTijd,
    string? Onderwijsmaterialen,
    string? RuimtelijkeOmgeving,
    string? Expertise,
    string? SamenwerkingMetAndereInstanties,
    string? WatWerktThuis,
    string Ouder,
    DateTimeOffset GegevenOp,
    int? InVersie)
{
    public static OuderVisieDto Van(OppVisieVanOuders v, int? inVersie)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.AandachtEnTijd, v.Onderwijsmaterialen, v.RuimtelijkeOmgeving, v.Expertise, v.SamenwerkingMetAndereInstanties, v.WatWerktThuis,
            v.Ouder, v.GegevenOp, inVersie);
    }
}

/// <summary>
/// An OPP as the ouder reads it: the version that holds, and a concept only when the school shared it. <see cref="InstemmingGevraagd"/>
/// says which version waits for their answer (its number); null when nothing waits. <see cref="Visie"/> is the view the
/// ouders last gave ("Hoe denkt u erover?"); <see cref="VisieMogelijk"/> whether they can give one now (not on a closed plan).
/// </summary>
public sealed record OuderOppDto(
    Guid Id,
    Guid LeerlingId,
    string School,
    string Toestand,
    OuderOppVersieDto? Vastgesteld,
    OuderOppVersieDto? Concept,
    int? InstemmingGevraagd,
    OuderVisieDto? Visie,
    bool VisieMogelijk)
{
    public static OuderOppDto Van(Ontwikkelingsperspectiefplan opp, string school)
    {
        ArgumentNullException.ThrowIfNull(opp);
        var concept = opp.Concept is { GedeeldMetOudersOp: not null } gedeeld ? gedeeld : null;
        return new(
            opp.Id,
            opp.LeerlingId,
            school,
            ToestandVan(opp),
            opp.Geldend is { } geldend ? OuderOppVersieDto.Van(geldend) : null,
            concept is null ? null : OuderOppVersieDto.Van(concept),
            opp.Status == OppStatus.Afgesloten ? null : opp.VersieVoorOuders?.Nummer,
            opp.VisieVanOuders is { } visie
                ? OuderVisieDto.Van(visie, opp.Concept is { } open && open.Inhoud.VisieVanOuders == visie ? open.Nummer : null)
                : null,
            opp.Status != OppStatus.Afgesloten);
    }

    /// <summary>Whether the ouder may see anything of this plan: a vastgestelde version or a shared concept.</summary>
    public static bool Zichtbaar(Ontwikkelingsperspectiefplan opp) =>
        opp?.Geldend is not null || opp?.Concept is { GedeeldMetOudersOp: not null };

    public static string ToestandVan(Ontwikkelingsperspectiefplan opp)
    {
        ArgumentNullException.ThrowIfNull(opp);
        return opp.Status switch
        {
            OppStatus.Afgesloten => "Het plan is afgesloten.",
            _ when opp.VersieVoorOuders is { Status: Versiestatus.Concept } => "De school heeft een nieuw plan met u gedeeld om te bespreken.",
            _ when opp.VersieVoorOuders is not null => "De school vraagt uw instemming met het plan.",
            _ => "Het plan geldt.",
        };
    }
}
