using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

public sealed record AfwijkingVerzoek(
    [property: Required, MaxLength(OppInhoud.MaximaleLengteKort)] string? Vakgebied,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteTekst)] string? Leerlijn,
    [property: MaxLength(OppInhoud.MaximaleLengteKort)] string? Niveau);

/// <param name="Termijn">Long term, short term, or a tussendoel.</param>
/// <param name="Domein">Such as technisch lezen, rekenen or werkhouding.</param>
public sealed record OppDoelVerzoek(
    [property: Required, CodeUit<Doeltermijn>] string? Termijn,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteKort)] string? Domein,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteTekst)] string? Omschrijving);

/// <param name="ArrangementId">The pupil's arrangement this support comes from, if any.</param>
public sealed record OndersteuningsafspraakVerzoek(
    [property: Required, MaxLength(OppInhoud.MaximaleLengteTekst)] string? Wat,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteKort)] string? DoorWie,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteKort)] string? Omvang,
    Guid? ArrangementId);

public sealed record InterventieVerzoek(
    [property: Required, MaxLength(OppInhoud.MaximaleLengteTekst)] string? Wat,
    [property: Required, MaxLength(OppInhoud.MaximaleLengteKort)] string? Wie,
    [property: Required] DateOnly? Van,
    [property: Required] DateOnly? Tot);

/// <param name="ExpertUren">The expert hours available for this plan.</param>
public sealed record PlanVanAanpakVerzoek(
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<string?>? Doelen,
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<InterventieVerzoek>? Interventies,
    [property: Range(0, 1000)] decimal? ExpertUren);

public sealed record HandelingsdeelVerzoek(
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<OppDoelVerzoek>? Doelen,
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<OndersteuningsafspraakVerzoek>? Ondersteuning,
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<DateOnly>? Evaluatiemomenten,
    PlanVanAanpakVerzoek? PlanVanAanpak);

/// <summary>
/// What an OPP says, as the school sends it. A concept may be incomplete; the vaststelling says what is still missing.
/// The texts are the domain's to check (<see cref="OppInhoudsregels"/>), so every problem comes back at once.
/// </summary>
public sealed record OppInhoudVerzoek(
    [property: CodeUit<Uitstroombestemming>] string? Uitstroombestemming,
    [property: MaxLength(OppInhoud.MaximaleLengteTekst)] string? OnderbouwingUitstroom,
    [property: MaxLength(OppInhoud.MaximaleLengteTekst)] string? BevorderendeFactoren,
    [property: MaxLength(OppInhoud.MaximaleLengteTekst)] string? BelemmerendeFactoren,
    [property: MaxLength(OppInhoud.MaximumRegels)] IReadOnlyList<AfwijkingVerzoek>? Afwijkingen,
    HandelingsdeelVerzoek? Handelingsdeel)
{
    /// <summary>The codes and dates read; an absent part is empty. The problems carry the field's path, as the domain's do.</summary>
    public Result<OppInhoud> Lees()
    {
        var fouten = new List<Fout>();
        Uitstroombestemming? bestemming = null;
        if (Uitstroombestemming is not null)
        {
            var gelezen = UitstroombestemmingCodes.Lijst.Lees(Uitstroombestemming, "uitstroombestemming", "uitstroombestemming");
            fouten.AddRange(gelezen.Fouten);
            bestemming = gelezen.IsGelukt ? gelezen.Waarde : null;
        }

        var deel = Handelingsdeel;
        var doelen = (deel?.Doelen ?? []).Select((d, i) =>
        {
            var termijn = DoeltermijnCodes.Lijst.Lees(d.Termijn, $"handelingsdeel.doelen[{i}].termijn", "termijn");
            fouten.AddRange(termijn.Fouten);
            return new OppDoel(termijn.IsGelukt ? termijn.Waarde : Doeltermijn.LangeTermijn, d.Domein!, d.Omschrijving!);
        }).ToList();
        var interventies = (deel?.PlanVanAanpak?.Interventies ?? []).Select((v, i) =>
        {
            if (v.Van is null || v.Tot is null)
            {
                fouten.Add(Fout.Ongeldig("periode-vereist", "Geef de begin- en einddatum van de interventie.", $"handelingsdeel.planVanAanpak.interventies[{i}]"));
            }

            return new Interventie(v.Wat!, v.Wie!, v.Van ?? default, v.Tot ?? default);
        }).ToList();
        if (fouten.Count > 0)
        {
            return Result<OppInhoud>.Mislukt(fouten);
        }

        return new OppInhoud(
            bestemming,
            OnderbouwingUitstroom,
            BevorderendeFactoren,
            BelemmerendeFactoren,
            [.. (Afwijkingen ?? []).Select(a => new Afwijking(a.Vakgebied!, a.Leerlijn!, a.Niveau))],
            new Handelingsdeel(
                doelen,
                [.. (deel?.Ondersteuning ?? []).Select(o => new Ondersteuningsafspraak(o.Wat!, o.DoorWie!, o.Omvang!, o.ArrangementId))],
                deel?.Evaluatiemomenten ?? [],
                deel?.PlanVanAanpak is { } plan ? new PlanVanAanpak([.. (plan.Doelen ?? []).Select(d => d!)], interventies, plan.ExpertUren) : null));
    }
}
