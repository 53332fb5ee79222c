using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// "De eenvoudigste setting die voldoet, is de beste": ranks the settings for a pupil, lightest first, and explains
/// each per IVO field. Pure: the caller reads the snapshots (the schools of the pupil's samenwerkingsverband, that
/// samenwerkingsverband's statement of what its arrangement kinds bring, and the aanbieders that offer one of the
/// pupil's expertises) and gets <see cref="Settingadvies"/>, which is advice and decides nothing.
/// </summary>
public static class Settingwijzer
{
    /// <summary>
    /// Candidates per tier: a region's 140 schools that all cover would bury the advice in a list no one reads, and
    /// staff compare a few nearby settings, not all of them.
    /// </summary>
    public const int MaximumPerSoort = 5;

    public static Result<Settingadvies> Wijs(
        Hulpvraag hulpvraag,
        IReadOnlyList<Schoolprofiel> scholen,
        IReadOnlyList<Arrangementinhoud> arrangementen,
        IReadOnlyList<Aanbiederprofiel> aanbieders,
        DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(hulpvraag);
        ArgumentNullException.ThrowIfNull(scholen);
        ArgumentNullException.ThrowIfNull(arrangementen);
        ArgumentNullException.ThrowIfNull(aanbieders);

        // Rule 7: one statement per kind keeps the combination search at 2^6 subsets at most; a second one is a bug.
        if (arrangementen.DistinctBy(a => a.Soort).Count() != arrangementen.Count)
        {
            throw new ArgumentException("The samenwerkingsverband states each arrangement kind at most once.", nameof(arrangementen));
        }

        // Rule 6: without any level there is nothing to compare; an expected outcome, the form asks for the levels.
        var behoeften = hulpvraag.Behoeften;
        if (behoeften.IsLeeg)
        {
            return Fout.RegelGeschonden(
                "behoeften-zonder-niveau",
                "Vul bij de onderwijsbehoeften eerst de niveaus in; zonder niveaus is er niets te vergelijken.");
        }

        var huidige = hulpvraag.HuidigeSchool;
        var opmerkingen = Opmerkingen(hulpvraag, arrangementen);
        var kandidaten = new List<Settingkandidaat>();

        // Rule 2, tier 1: the current school as it is; only when it does not cover, tier 2 with support.
        if (Dekking.DektAlles(behoeften, huidige.Biedt))
        {
            kandidaten.Add(School(Settingsoort.HuidigeSchool, huidige, Nabijheid.EigenSchool, behoeften));
        }
        else
        {
            kandidaten.AddRange(MetOndersteuning(hulpvraag, arrangementen, aanbieders, peildatum, opmerkingen));
        }

        // Rule 2, tiers 3–5, and rule 3: another school appears only when its profile covers every asked field.
        foreach (var school in scholen.Where(s => s.Vestiging != huidige.Vestiging && Dekking.DektAlles(behoeften, s.Biedt)))
        {
            kandidaten.Add(School(Soort(school.Soort), school, Nabij(huidige, school), behoeften));
        }

        return new Settingadvies(peildatum, Beperk(kandidaten, opmerkingen), opmerkingen);
    }

    /// <summary>Rule 8: the best ranked few of each tier (covering, nearest, most room), with a remark on how many more.</summary>
    private static List<Settingkandidaat> Beperk(List<Settingkandidaat> kandidaten, List<string> opmerkingen)
    {
        var geordend = kandidaten.Order(Rangorde.Instantie).ToList();
        foreach (var soort in geordend.GroupBy(k => k.Soort).Where(g => g.Count() > MaximumPerSoort))
        {
            var meer = soort.Count() - MaximumPerSoort;
            opmerkingen.Add(
                $"{SettingsoortCodes.Lijst.Label(soort.Key)}: er {(meer == 1 ? "is nog 1 mogelijkheid" : $"zijn nog {meer} mogelijkheden")}; " +
                $"hier staan de {MaximumPerSoort} die het best passen.");
        }

        return [.. geordend.GroupBy(k => k.Soort).SelectMany(g => g.Take(MaximumPerSoort)).Order(Rangorde.Instantie)];
    }

    private static List<Settingkandidaat> MetOndersteuning(
        Hulpvraag hulpvraag,
        IReadOnlyList<Arrangementinhoud> arrangementen,
        IReadOnlyList<Aanbiederprofiel> aanbieders,
        DateOnly peildatum,
        IReadOnlyList<string> opmerkingen)
    {
        var behoeften = hulpvraag.Behoeften;
        var school = hulpvraag.HuidigeSchool.Biedt;
        var opties = new List<Settingkandidaat>
        {
            Ondersteund(hulpvraag, Arrangementkeuze.Lichtste(behoeften, school, arrangementen), inzet: null, opmerkingen),
        };

        // Rule 2b: begeleiding closes the Expertise field only, so it is an option only when that field is a gap.
        if (!Dekking.Dekt(behoeften.Expertise, school.Expertise))
        {
            foreach (var aanbieder in aanbieders)
            {
                if (Ambulantebegeleiding.Voor(aanbieder, hulpvraag, peildatum) is not { } inzet)
                {
                    continue;
                }

                var keuze = Arrangementkeuze.Lichtste(behoeften, Ambulantebegeleiding.Opgetild(school), arrangementen);

                // When the kinds chosen for the other gaps close the Expertise field as well, the begeleiding adds
                // nothing: that option is the arrangement-only one, not an aanbieder's.
                var zonderBegeleiding = keuze.Soorten.Aggregate(school.Expertise, (n, k) => Dekking.Hoogste(n, k.Brengt.Expertise));
                if (!Dekking.Dekt(behoeften.Expertise, zonderBegeleiding))
                {
                    opties.Add(Ondersteund(hulpvraag, keuze, inzet, opmerkingen));
                }
            }
        }

        // Rule 3 (thuisnabij): the current school with support is always shown. When no option closes every gap, the
        // one that leaves the fewest fields open stands for it, with what is missing; it ranks after every covering one.
        var dekkend = opties.Where(o => o.DektAlles).ToList();
        return dekkend.Count > 0
            ? dekkend
            : [opties.OrderBy(o => o.Velden.Count(v => !v.Gedekt)).ThenBy(o => o, Rangorde.Instantie).First()];
    }

    private static Settingkandidaat Ondersteund(Hulpvraag hulpvraag, Arrangementkeuze keuze, Begeleidingsinzet? inzet, IReadOnlyList<string> opmerkingen)
    {
        var behoeften = hulpvraag.Behoeften;
        var huidige = hulpvraag.HuidigeSchool;
        var velden = Dekking.Velden
            .Select(v => Toelichting.Regel(v, behoeften[v], huidige.Biedt[v], keuze.Niveaus[v], Steun(v, hulpvraag, keuze, inzet)))
            .ToList();

        IReadOnlyList<string> steun =
        [
            .. keuze.Soorten.Select(k => SoortArrangementCodes.Lijst.LabelInZin(k.Soort)),
            .. inzet is null ? [] : new[] { $"ambulante begeleiding door {inzet.Naam} ({inzet.Aanbieder})" },
        ];
        var open = velden.Where(v => !v.Gedekt).Select(v => IvoVeldCodes.Lijst.Label(v.Veld).ToLowerInvariant()).ToList();
        var samenvatting = open.Count == 0
            ? $"{huidige.Naam} met {Opsomming.En(steun)}: dekt elke gevraagde onderwijsbehoefte."
            : steun.Count == 0
                ? $"{huidige.Naam}: geen arrangement of begeleiding sluit de gaten; er ontbreekt iets bij {Opsomming.En(open)}."
                : $"{huidige.Naam} met {Opsomming.En(steun)}: ook dan ontbreekt er iets bij {Opsomming.En(open)}.";
        return new Settingkandidaat(
            Settingsoort.HuidigeSchoolMetOndersteuning,
            huidige,
            [.. keuze.Soorten.Select(k => k.Soort)],
            inzet,
            inzet?.Nabijheid ?? Nabijheid.EigenSchool,
            velden,
            opmerkingen,
            samenvatting);
    }

    /// <summary>What the support brings to one field, for its line: the begeleiding on Expertise, else the kinds that reach the need (or that raise the field at all).</summary>
    private static string? Steun(IvoVeld veld, Hulpvraag hulpvraag, Arrangementkeuze keuze, Begeleidingsinzet? inzet)
    {
        if (inzet is not null && veld == IvoVeld.Expertise)
        {
            return Ambulantebegeleiding.Steun(inzet, hulpvraag);
        }

        var gevraagd = hulpvraag.Behoeften[veld];
        var school = hulpvraag.HuidigeSchool.Biedt[veld];
        if (!Dekking.IsGevraagd(gevraagd))
        {
            return null;
        }

        var helpen = keuze.Soorten.Where(k => Dekking.Dekt(gevraagd, k.Brengt[veld])).ToList();
        if (helpen.Count == 0)
        {
            helpen = [.. keuze.Soorten.Where(k => k.Brengt[veld] is { } n && (school is null || n > school))];
        }

        return helpen.Count == 0
            ? null
            : $"met {Opsomming.En([.. helpen.Select(k => SoortArrangementCodes.Lijst.LabelInZin(k.Soort))])}: {Dekking.Niveau(helpen.Max(k => k.Brengt[veld])!.Value)}";
    }

    private static Settingkandidaat School(Settingsoort soort, Schoolprofiel school, Nabijheid nabijheid, IvoNiveaus behoeften)
    {
        var samenvatting = soort == Settingsoort.HuidigeSchool
            ? $"{school.Naam} zoals de school nu is: het ondersteuningsprofiel dekt elke gevraagde onderwijsbehoefte."
            : $"{school.Naam} ({SoortSchoolCodes.Lijst.LabelInZin(school.Soort)}, {Nabijheidstekst(nabijheid)}): het ondersteuningsprofiel dekt elke gevraagde onderwijsbehoefte{(soort.VraagtTlv() ? "; een TLV is nodig" : string.Empty)}.";
        return new Settingkandidaat(soort, school, [], begeleiding: null, nabijheid, Toelichting.ZonderOndersteuning(behoeften, school.Biedt), [], samenvatting);
    }

    // Rule 2: BAO and VO are regular (tier 3), SBO and PrO tier 4, SO and VSO tier 5.
    private static Settingsoort Soort(SoortSchool soort) => soort switch
    {
        SoortSchool.Bao or SoortSchool.Vo => Settingsoort.AndereReguliereSchool,
        SoortSchool.Sbo or SoortSchool.Pro => Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs,
        SoortSchool.So or SoortSchool.Vso => Settingsoort.SpeciaalOnderwijs,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };

    // Rule 3: a school is nearer in the same lokaal netwerk (of the same regio), then the same regio, then the rest of the SWV.
    private static Nabijheid Nabij(Schoolprofiel huidige, Schoolprofiel school) =>
        school.Regio is not null && school.Regio == huidige.Regio
            ? school.LokaalNetwerk is not null && school.LokaalNetwerk == huidige.LokaalNetwerk ? Nabijheid.ZelfdeLokaalNetwerk : Nabijheid.ZelfdeRegio
            : Nabijheid.ZelfdeSamenwerkingsverband;

    private static string Nabijheidstekst(Nabijheid nabijheid) => nabijheid switch
    {
        Nabijheid.ZelfdeLokaalNetwerk => "in hetzelfde lokale netwerk",
        Nabijheid.ZelfdeRegio => "in dezelfde regio",
        _ => "elders in het samenwerkingsverband",
    };

    private static List<string> Opmerkingen(Hulpvraag hulpvraag, IReadOnlyList<Arrangementinhoud> arrangementen)
    {
        var opmerkingen = new List<string>();
        if (arrangementen.Count == 0)
        {
            opmerkingen.Add("Het samenwerkingsverband heeft nog niet vastgelegd wat zijn soorten arrangementen bieden; arrangementen zijn daarom niet als mogelijkheid meegenomen.");
        }

        if (hulpvraag.Expertises.Count == 0 && Dekking.IsGevraagd(hulpvraag.Behoeften.Expertise))
        {
            opmerkingen.Add("Bij de onderwijsbehoeften is geen expertise genoemd; daarom is niet gezocht naar ambulante begeleiding.");
        }

        return opmerkingen;
    }
}
