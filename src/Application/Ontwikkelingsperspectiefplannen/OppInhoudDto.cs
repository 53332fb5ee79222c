using PassendOnderwijs.Application.Common.Contract;
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

/// <summary>What a version of an OPP says.</summary>
public sealed record OppInhoudDto(
    [property: CodeUit<Uitstroombestemming>] string? Uitstroombestemming,
    string? OnderbouwingUitstroom,
    string? BevorderendeFactoren,
    string? BelemmerendeFactoren,
    IReadOnlyList<AfwijkingDto> Afwijkingen,
    HandelingsdeelDto Handelingsdeel)
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
                    : null));
    }
}
