using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The rules for what an OPP says. <see cref="Lees"/> checks what may be stored at all (lengths, a destination the
/// school can name, dates in order) and trims it; <see cref="Ontbrekend"/> lists what a vaststelling still needs. Each
/// gives every problem at once, named by the field's path in the request.
/// </summary>
public static class OppInhoudsregels
{
    public static Result<OppInhoud> Lees(OppInhoud inhoud, SoortSchool school)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var fouten = new List<Fout>();
        if (inhoud.Uitstroombestemming is { } bestemming && !UitstroombestemmingCodes.Toegestaan(school).Contains(bestemming))
        {
            fouten.Add(Fout.Ongeldig(
                "uitstroombestemming-past-niet",
                $"Op een school voor {SoortSchoolCodes.Lijst.LabelInZin(school)} is de uitstroombestemming een uitstroomprofiel: dagbesteding, arbeidsmarkt of vervolgonderwijs.",
                "uitstroombestemming"));
        }

        var gelezen = new OppInhoud(
            inhoud.Uitstroombestemming,
            Optioneel(inhoud.OnderbouwingUitstroom, OppInhoud.MaximaleLengteTekst, "onderbouwingUitstroom", fouten),
            Optioneel(inhoud.BevorderendeFactoren, OppInhoud.MaximaleLengteTekst, "bevorderendeFactoren", fouten),
            Optioneel(inhoud.BelemmerendeFactoren, OppInhoud.MaximaleLengteTekst, "belemmerendeFactoren", fouten),
            Regels(inhoud.Afwijkingen, "afwijkingen", fouten, (a, pad) => new Afwijking(
                Verplicht(a.Vakgebied, OppInhoud.MaximaleLengteKort, $"{pad}.vakgebied", "Noem het vakgebied.", fouten),
                Verplicht(a.Leerlijn, OppInhoud.MaximaleLengteTekst, $"{pad}.leerlijn", "Beschrijf de leerlijn die de leerling volgt.", fouten),
                Optioneel(a.Niveau, OppInhoud.MaximaleLengteKort, $"{pad}.niveau", fouten))),
            LeesHandelingsdeel(inhoud.Handelingsdeel, fouten));
        return fouten.Count == 0 ? gelezen : Result<OppInhoud>.Mislukt(fouten);
    }

    /// <summary>What the plan still needs before it can be vastgesteld, apart from the handelingsdeel.</summary>
    public static IReadOnlyList<Fout> Ontbrekend(OppInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var fouten = new List<Fout>();
        if (inhoud.Uitstroombestemming is null)
        {
            fouten.Add(Ontbreekt("uitstroombestemming", "Kies de verwachte uitstroombestemming."));
        }

        if (inhoud.OnderbouwingUitstroom is null)
        {
            fouten.Add(Ontbreekt("onderbouwingUitstroom", "Onderbouw de verwachte uitstroombestemming."));
        }

        if (inhoud.BevorderendeFactoren is null)
        {
            fouten.Add(Ontbreekt("bevorderendeFactoren", "Noem de bevorderende factoren in de onderbouwing."));
        }

        if (inhoud.BelemmerendeFactoren is null)
        {
            fouten.Add(Ontbreekt("belemmerendeFactoren", "Noem de belemmerende factoren in de onderbouwing."));
        }

        return fouten;
    }

    /// <summary>What the handelingsdeel still needs before it can be vastgesteld.</summary>
    public static IReadOnlyList<Fout> Ontbrekend(Handelingsdeel deel)
    {
        ArgumentNullException.ThrowIfNull(deel);
        var fouten = new List<Fout>();
        if (!deel.Doelen.Any(d => d.Termijn == Doeltermijn.LangeTermijn))
        {
            fouten.Add(Ontbreekt("handelingsdeel.doelen", "Geef ten minste één doel voor de lange termijn."));
        }

        if (!deel.Doelen.Any(d => d.Termijn == Doeltermijn.KorteTermijn))
        {
            fouten.Add(Ontbreekt("handelingsdeel.doelen", "Geef ten minste één doel voor de korte termijn."));
        }

        if (deel.Ondersteuning.Count == 0)
        {
            fouten.Add(Ontbreekt("handelingsdeel.ondersteuning", "Beschrijf de ondersteuning en begeleiding: wat, door wie en hoeveel."));
        }

        if (deel.Evaluatiemomenten.Count == 0)
        {
            fouten.Add(Ontbreekt("handelingsdeel.evaluatiemomenten", "Plan ten minste één evaluatiemoment."));
        }

        return fouten;
    }

    private static Handelingsdeel LeesHandelingsdeel(Handelingsdeel deel, List<Fout> fouten)
    {
        const string Pad = "handelingsdeel";
        var momenten = deel.Evaluatiemomenten ?? [];
        if (momenten.Count > OppInhoud.MaximumRegels)
        {
            fouten.Add(TeVeel($"{Pad}.evaluatiemomenten"));
        }

        if (momenten.Distinct().Count() != momenten.Count)
        {
            fouten.Add(Fout.Ongeldig("dubbel-evaluatiemoment", "Een evaluatiemoment staat er twee keer in.", $"{Pad}.evaluatiemomenten"));
        }

        return new Handelingsdeel(
            Regels(deel.Doelen, $"{Pad}.doelen", fouten, (d, pad) => new OppDoel(
                d.Termijn,
                Verplicht(d.Domein, OppInhoud.MaximaleLengteKort, $"{pad}.domein", "Noem het domein van het doel, zoals technisch lezen of werkhouding.", fouten),
                Verplicht(d.Omschrijving, OppInhoud.MaximaleLengteTekst, $"{pad}.omschrijving", "Beschrijf het doel.", fouten))),
            Regels(deel.Ondersteuning, $"{Pad}.ondersteuning", fouten, (o, pad) => new Ondersteuningsafspraak(
                Verplicht(o.Wat, OppInhoud.MaximaleLengteTekst, $"{pad}.wat", "Beschrijf de ondersteuning of begeleiding.", fouten),
                Verplicht(o.DoorWie, OppInhoud.MaximaleLengteKort, $"{pad}.doorWie", "Noem wie de ondersteuning geeft.", fouten),
                Verplicht(o.Omvang, OppInhoud.MaximaleLengteKort, $"{pad}.omvang", "Noem hoeveel ondersteuning er is, zoals twee keer per week een half uur.", fouten),
                o.ArrangementId)),
            [.. momenten.Order()],
            deel.PlanVanAanpak is { } plan ? LeesPlan(plan, $"{Pad}.planVanAanpak", fouten) : null);
    }

    private static PlanVanAanpak LeesPlan(PlanVanAanpak plan, string pad, List<Fout> fouten)
    {
        if (plan.ExpertUren is { } uren && (uren < 0 || uren > 1000))
        {
            fouten.Add(Fout.Ongeldig("expert-uren-ongeldig", "Het aantal experturen ligt tussen 0 en 1000.", $"{pad}.expertUren"));
        }

        return new PlanVanAanpak(
            Regels(plan.Doelen, $"{pad}.doelen", fouten, (d, p) =>
                Verplicht(d, OppInhoud.MaximaleLengteTekst, p, "Beschrijf het doel: concreet, haalbaar en toetsbaar.", fouten)),
            Regels(plan.Interventies, $"{pad}.interventies", fouten, (i, p) =>
            {
                if (i.Tot < i.Van)
                {
                    fouten.Add(Fout.Ongeldig("periode-omgekeerd", "De einddatum ligt op of na de begindatum.", $"{p}.tot"));
                }

                return new Interventie(
                    Verplicht(i.Wat, OppInhoud.MaximaleLengteTekst, $"{p}.wat", "Beschrijf de interventie.", fouten),
                    Verplicht(i.Wie, OppInhoud.MaximaleLengteKort, $"{p}.wie", "Noem wie de interventie uitvoert.", fouten),
                    i.Van,
                    i.Tot);
            }),
            plan.ExpertUren);
    }

    private static IReadOnlyList<T> Regels<T>(IReadOnlyList<T>? regels, string pad, List<Fout> fouten, Func<T, string, T> lees)
    {
        var lijst = regels ?? [];
        if (lijst.Count > OppInhoud.MaximumRegels)
        {
            fouten.Add(TeVeel(pad));
        }

        return [.. lijst.Select((regel, i) => lees(regel, $"{pad}[{i}]"))];
    }

    private static string Verplicht(string? tekst, int maximum, string pad, string melding, List<Fout> fouten)
    {
        var gelezen = Tekst.Verplicht(tekst, maximum, pad, "tekst-vereist", melding);
        fouten.AddRange(gelezen.Fouten);
        return gelezen.IsGelukt ? gelezen.Waarde : string.Empty;
    }

    private static string? Optioneel(string? tekst, int maximum, string pad, List<Fout> fouten)
    {
        var gelezen = Tekst.Optioneel(tekst, maximum, pad);
        fouten.AddRange(gelezen.Fouten);
        return gelezen.IsGelukt ? gelezen.Waarde : null;
    }

    private static Fout TeVeel(string pad) => Fout.Ongeldig("te-veel-regels", $"Hoogstens {OppInhoud.MaximumRegels} regels.", pad);

    // Not bad input: the stored plan is not complete yet, so a rule of the vaststelling is broken.
    private static Fout Ontbreekt(string pad, string melding) => Fout.RegelGeschonden("onderdeel-ontbreekt", melding, pad);
}
