using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

public sealed record AfwijkingDto(string Vakgebied, string Leerlijn, string? Niveau);

public sealed record OppDoelDto(int Nummer, [property: CodeUit<Doeltermijn>] string Termijn, string Domein, string Omschrijving);

public sealed record OndersteuningsafspraakDto(string Wat, string DoorWie, string Omvang, Guid? ArrangementId);

public sealed record InterventieDto(string Wat, string Wie, DateOnly Van, DateOnly Tot);

public sealed record PlanVanAanpakDto(IReadOnlyList<string> Doelen, IReadOnlyList<InterventieDto> Interventies, decimal? ExpertUren);

/// <param name="Doelen">Numbered from 1 in this order: an evaluation names a goal by its number.</param>
public sealed record HandelingsdeelDto(
    IReadOnlyList<OppDoelDto> Doelen,
    IReadOnlyList<OndersteuningsafspraakDto> Ondersteuning,
    IReadOnlyList<DateOnly> Evaluatiemomenten,
    PlanVanAanpakDto? PlanVanAanpak);

/// <summary>
/// The ouders' own view on what their child needs ("Hoe denk jij erover?"), per IVO field and what works at home, as
/// an ouder gave it in the portal: their words, read-only for the school.
/// </summary>
/// <param name="GegevenDoor">The ouder's own account.</param>
/// <param name="Betrouwbaarheidsniveau">The assurance level of the ouder's sign-in when they gave it.</param>
public sealed record OppVisieVanOudersDto(
    string? AandachtEnTijd,
    string? Onderwijsmaterialen,
    string? RuimtelijkeOmgeving,
    string? Expertise,
    string? SamenwerkingMetAndereInstanties,
    string? WatWerktThuis,
    string Ouder,
    ActorDto GegevenDoor,
    DateTimeOffset GegevenOp,
    [property: CodeUit<Betrouwbaarheidsniveau>] string Betrouwbaarheidsniveau)
{
    public static OppVisieVanOudersDto Van(OppVisieVanOuders v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.AandachtEnTijd, v.Onderwijsmaterialen, v.RuimtelijkeOmgeving, v.Expertise, v.SamenwerkingMetAndereInstanties, v.WatWerktThuis,
            v.Ouder, ActorDto.Van(v.GegevenDoor), v.GegevenOp, BetrouwbaarheidsniveauCodes.Lijst.Code(v.Betrouwbaarheidsniveau));
    }
}

/// <summary>What a version of an OPP says.</summary>
/// <param name="VisieVanOuders">The ouders' view as this version took it in (never written by the school; not part of the handelingsdeel).</param>
public sealed record OppInhoudDto(
    [property: CodeUit<Uitstroombestemming>] string? Uitstroombestemming,
    string? OnderbouwingUitstroom,
    string? BevorderendeFactoren,
    string? BelemmerendeFactoren,
    IReadOnlyList<AfwijkingDto> Afwijkingen,
    HandelingsdeelDto Handelingsdeel,
    OppVisieVanOudersDto? VisieVanOuders)
{
    public static OppInhoudDto Van(OppInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var deel = inhoud.Handelingsdeel;
        return new(
            inhoud.Uitstroombestemming is { } b ? UitstroombestemmingCodes.Lijst.Code(b) : null,
            inhoud.OnderbouwingUitstroom,
            inhoud.BevorderendeFactoren,
            inhoud.BelemmerendeFactoren,
            [.. inhoud.Afwijkingen.Select(a => new AfwijkingDto(a.Vakgebied, a.Leerlijn, a.Niveau))],
            new HandelingsdeelDto(
                [.. deel.Doelen.Select((d, i) => new OppDoelDto(i + 1, DoeltermijnCodes.Lijst.Code(d.Termijn), d.Domein, d.Omschrijving))],
                [.. deel.Ondersteuning.Select(o => new OndersteuningsafspraakDto(o.Wat, o.DoorWie, o.Omvang, o.ArrangementId))],
                deel.Evaluatiemomenten,
                deel.PlanVanAanpak is { } plan
                    ? new PlanVanAanpakDto(plan.Doelen, [.. plan.Interventies.Select(i => new InterventieDto(i.Wat, i.Wie, i.Van, i.Tot))], plan.ExpertUren)
                    : null),
            inhoud.VisieVanOuders is { } visie ? OppVisieVanOudersDto.Van(visie) : null);
    }
}
