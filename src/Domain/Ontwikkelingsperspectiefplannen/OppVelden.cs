using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>One field of a plan as a person reads it: its path in the API, a Dutch label, and its value as text.</summary>
public sealed record OppVeld(string Pad, string Label, string Waarde);

/// <summary>A field that differs between two versions: absent on one side when a line was added or removed.</summary>
public sealed record OppVerschil(string Pad, string Label, string? Oud, string? Nieuw);

/// <summary>
/// A plan as a flat, ordered list of fields: what the diff between two versions compares field by field, and what the
/// handelingsdeel's fingerprint is computed from, so the ouders' instemming is tied to exactly the text they saw.
/// </summary>
public static class OppVelden
{
    public static IReadOnlyList<OppVeld> Van(OppInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var velden = new List<OppVeld>();
        Voeg(velden, "uitstroombestemming", "Verwachte uitstroombestemming",
            inhoud.Uitstroombestemming is { } b ? UitstroombestemmingCodes.Lijst.Label(b) : null);
        Voeg(velden, "onderbouwingUitstroom", "Onderbouwing van de uitstroombestemming", inhoud.OnderbouwingUitstroom);
        Voeg(velden, "bevorderendeFactoren", "Bevorderende factoren", inhoud.BevorderendeFactoren);
        Voeg(velden, "belemmerendeFactoren", "Belemmerende factoren", inhoud.BelemmerendeFactoren);
        for (var i = 0; i < inhoud.Afwijkingen.Count; i++)
        {
            var a = inhoud.Afwijkingen[i];
            Voeg(velden, $"afwijkingen[{i}].vakgebied", $"Afwijking {i + 1}: vakgebied", a.Vakgebied);
            Voeg(velden, $"afwijkingen[{i}].leerlijn", $"Afwijking {i + 1}: leerlijn", a.Leerlijn);
            Voeg(velden, $"afwijkingen[{i}].niveau", $"Afwijking {i + 1}: niveau", a.Niveau);
        }

        velden.AddRange(Van(inhoud.Handelingsdeel));

        // The ouders' view is compared too (a new version shows what they changed), but it is never part of the
        // handelingsdeel's fingerprint: the instemming is about the school's plan, not about the ouders' own words.
        if (inhoud.VisieVanOuders is { } visie)
        {
            string[] paden = ["aandachtEnTijd", "onderwijsmaterialen", "ruimtelijkeOmgeving", "expertise", "samenwerkingMetAndereInstanties", "watWerktThuis"];
            var delen = visie.MetNamen();
            for (var i = 0; i < delen.Count; i++)
            {
                Voeg(velden, $"visieVanOuders.{paden[i]}", $"Visie van de ouders: {delen[i].Naam.ToLowerInvariant()}", delen[i].Tekst);
            }
        }

        return velden;
    }

    public static IReadOnlyList<OppVeld> Van(Handelingsdeel deel)
    {
        ArgumentNullException.ThrowIfNull(deel);
        const string Pad = "handelingsdeel";
        var velden = new List<OppVeld>();
        for (var i = 0; i < deel.Doelen.Count; i++)
        {
            var d = deel.Doelen[i];
            Voeg(velden, $"{Pad}.doelen[{i}].termijn", $"Doel {i + 1}: termijn", DoeltermijnCodes.Lijst.Label(d.Termijn));
            Voeg(velden, $"{Pad}.doelen[{i}].domein", $"Doel {i + 1}: domein", d.Domein);
            Voeg(velden, $"{Pad}.doelen[{i}].omschrijving", $"Doel {i + 1}: omschrijving", d.Omschrijving);
        }

        for (var i = 0; i < deel.Ondersteuning.Count; i++)
        {
            var o = deel.Ondersteuning[i];
            Voeg(velden, $"{Pad}.ondersteuning[{i}].wat", $"Ondersteuning {i + 1}: wat", o.Wat);
            Voeg(velden, $"{Pad}.ondersteuning[{i}].doorWie", $"Ondersteuning {i + 1}: door wie", o.DoorWie);
            Voeg(velden, $"{Pad}.ondersteuning[{i}].omvang", $"Ondersteuning {i + 1}: hoeveel", o.Omvang);
            Voeg(velden, $"{Pad}.ondersteuning[{i}].arrangementId", $"Ondersteuning {i + 1}: arrangement", o.ArrangementId?.ToString());
        }

        for (var i = 0; i < deel.Evaluatiemomenten.Count; i++)
        {
            Voeg(velden, $"{Pad}.evaluatiemomenten[{i}]", $"Evaluatiemoment {i + 1}", NederlandseDatum.Tekst(deel.Evaluatiemomenten[i]));
        }

        if (deel.PlanVanAanpak is { } plan)
        {
            const string Plan = $"{Pad}.planVanAanpak";
            for (var i = 0; i < plan.Doelen.Count; i++)
            {
                Voeg(velden, $"{Plan}.doelen[{i}]", $"Plan van aanpak, doel {i + 1}", plan.Doelen[i]);
            }

            for (var i = 0; i < plan.Interventies.Count; i++)
            {
                var interventie = plan.Interventies[i];
                var label = $"Plan van aanpak, interventie {i + 1}";
                Voeg(velden, $"{Plan}.interventies[{i}].wat", $"{label}: wat", interventie.Wat);
                Voeg(velden, $"{Plan}.interventies[{i}].wie", $"{label}: wie", interventie.Wie);
                Voeg(velden, $"{Plan}.interventies[{i}].van", $"{label}: van", NederlandseDatum.Tekst(interventie.Van));
                Voeg(velden, $"{Plan}.interventies[{i}].tot", $"{label}: tot en met", NederlandseDatum.Tekst(interventie.Tot));
            }

            Voeg(velden, $"{Plan}.expertUren", "Plan van aanpak: experturen", Uren(plan.ExpertUren));
        }

        return velden;
    }

    /// <summary>
    /// Every field that differs between <paramref name="oud"/> and <paramref name="nieuw"/>, in the order of the plan:
    /// the fields of the new version first, then those only the old one had. Lines are compared by position.
    /// </summary>
    public static IReadOnlyList<OppVerschil> Verschillen(OppInhoud oud, OppInhoud nieuw)
    {
        var voor = Van(oud).ToDictionary(v => v.Pad);
        var na = Van(nieuw);
        var paden = na.Select(v => v.Pad).ToHashSet();
        return
        [
            .. na.Where(v => !voor.TryGetValue(v.Pad, out var was) || was.Waarde != v.Waarde)
                .Select(v => new OppVerschil(v.Pad, v.Label, voor.GetValueOrDefault(v.Pad)?.Waarde, v.Waarde)),
            .. Van(oud).Where(v => !paden.Contains(v.Pad)).Select(v => new OppVerschil(v.Pad, v.Label, v.Waarde, null)),
        ];
    }

    private static string? Uren(decimal? uren) => uren is { } u ? NederlandsGetal.Tekst(u) : null;

    /// <summary>
    /// The SHA-256 of the handelingsdeel's fields (path and value, one per line), in lower-case hex: the same text gives
    /// the same fingerprint, and any change to a goal, the support or an evaluation moment gives another.
    /// </summary>
    public static string Vingerafdruk(Handelingsdeel deel)
    {
        var tekst = new StringBuilder();
        foreach (var veld in Van(deel))
        {
            tekst.Append(veld.Pad).Append('=').Append(Escape(veld.Waarde)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst.ToString())));
    }

    // One field per line: a backslash and a line break inside a value are written as \\ and \n.
    private static string Escape(string waarde) =>
        waarde.Replace("\\", "\\\\", StringComparison.Ordinal).ReplaceLineEndings("\n").Replace("\n", "\\n", StringComparison.Ordinal);

    // An empty optional field is left out: a diff then shows it as added or removed, never as "" against "".
    private static void Voeg(List<OppVeld> velden, string pad, string label, string? waarde)
    {
        if (waarde is not null)
        {
            velden.Add(new OppVeld(pad, label, waarde));
        }
    }
}
