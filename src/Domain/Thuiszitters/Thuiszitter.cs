using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>
/// One child in the samenwerkingsverband's thuiszitters register (the Inspectie expects "een actueel beeld van het aantal
/// en soort thuiszitters in de regio"): since when, why, who of the gemeente is involved, the plan and perspective
/// (every version kept), the aim to be back within 3 months, and at the end the return or why the entry ended. A
/// vrijstelling is kept in the same register but is no thuiszitter: it has no aim and is counted apart.
/// </summary>
public sealed class Thuiszitter : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteGemeente = 100;

    /// <summary>Leerplichtwet: relatief verzuim makes a thuiszitter from 4 weeks of absence without exemption on.</summary>
    public const int DagenTotLangdurig = 28;

    /// <summary>The aim: back at school (or in education) within 3 months of the first day of absence.</summary>
    public const int StreefMaanden = 3;

    /// <summary>From age 5 a child is leerplichtig; absoluut verzuim is not possible before.</summary>
    public const int LeerplichtigVanaf = 5;

    private List<Planversie> _planversies = [];
    private List<ThuiszitterGebeurtenis> _gebeurtenissen = [];

    private Thuiszitter()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Gemeente = string.Empty;
        GemeldDoor = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The pupil's vestiging when the entry was made (for absoluut verzuim the last school): its staff see the entry.</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>The regio of that vestiging then, so the list filters on it.</summary>
    public string? Regio { get; private set; }

    public Verzuimsoort Soort { get; private set; }

    public DateOnly VerzuimSinds { get; private set; }

    public Thuiszitreden? Reden { get; private set; }

    public Vrijstellingsgrond? Grond { get; private set; }

    public string Gemeente { get; private set; }

    public Leerplichtambtenaar? Leerplichtambtenaar { get; private set; }

    /// <summary>The current plan and perspective: the last version.</summary>
    public Planversie? Plan => _planversies.Count == 0 ? null : _planversies[^1];

    public IReadOnlyList<Planversie> Planversies => _planversies;

    /// <summary>By when the child should be back (<see cref="StreefdatumVan"/>); null for a vrijstelling. A column, so the werkvoorraad pages in SQL.</summary>
    public DateOnly? Streefdatum { get; private set; }

    public ThuiszitterStatus Status { get; private set; }

    public Terugkeer? Terugkeer { get; private set; }

    public Beeindiging? Beeindiging { get; private set; }

    /// <summary>The day the entry closed (return or end), as a column for the count; null while open.</summary>
    public DateOnly? Einddatum { get; private set; }

    public IReadOnlyList<ThuiszitterGebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public string GemeldDoor { get; private set; }

    public DateTimeOffset GemeldOp { get; private set; }

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Whether the child came back by the aim (false while not back, or back later).</summary>
    public bool TerugBinnenStreefdatum => Terugkeer is { } t && Streefdatum is { } s && t.Datum <= s;

    /// <summary>
    /// The aim: 3 calendar months after the first day of absence. A day that month lacks falls on its last day
    /// (30 November → 28 or 29 February), as <see cref="DateOnly.AddMonths"/> does. A vrijstelling has none.
    /// </summary>
    public static DateOnly? StreefdatumVan(Verzuimsoort soort, DateOnly verzuimSinds) =>
        soort == Verzuimsoort.Vrijstelling ? null : verzuimSinds.AddMonths(StreefMaanden);

    /// <summary>
    /// The first day the child counts as thuiszitter: absoluut verzuim from the first day; langdurig relatief verzuim
    /// once the absence has lasted 4 weeks (28 days: absent since 1 March makes a thuiszitter on 29 March); never a vrijstelling.
    /// </summary>
    public static DateOnly? ThuiszitterVanaf(Verzuimsoort soort, DateOnly verzuimSinds) => soort switch
    {
        Verzuimsoort.AbsoluutVerzuim => verzuimSinds,
        Verzuimsoort.LangdurigRelatiefVerzuim => verzuimSinds.AddDays(DagenTotLangdurig),
        _ => null,
    };

    /// <summary>How long the child is (or was) at home: from the first day of absence to the end, or to today while open.</summary>
    public int DuurInDagen(DateOnly vandaag) => (Einddatum ?? vandaag).DayNumber - VerzuimSinds.DayNumber;

    /// <summary>Open and past the aim.</summary>
    public bool IsVerlopen(DateOnly vandaag) => Status == ThuiszitterStatus.Open && Streefdatum is { } s && s < vandaag;

    /// <summary>
    /// A school or the SWV registers a child of the samenwerkingsverband. Refused with every problem at once; refused
    /// (422) when the child is not (yet) a thuiszitter: relatief verzuim of less than 4 weeks, or absoluut verzuim
    /// of a child younger than 5.
    /// </summary>
    public static Result<Thuiszitter> Meld(
        Leerling leerling, string? regio, Thuiszittermelding melding, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(door);
        var vandaag = NederlandseDatum.Van(nu);
        if (Controleer(melding, vandaag) is { Count: > 0 } fouten)
        {
            return Result<Thuiszitter>.Mislukt(fouten);
        }

        if (Weiger(melding.Soort, melding.VerzuimSinds!.Value, leerling.Geboortedatum, vandaag) is { } weigering)
        {
            return weigering;
        }

        var sinds = melding.VerzuimSinds.Value;
        var thuiszitter = new Thuiszitter
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            Vestiging = leerling.Vestiging,
            Regio = regio,
            Soort = melding.Soort,
            VerzuimSinds = sinds,
            Reden = melding.Soort == Verzuimsoort.Vrijstelling ? null : melding.Reden,
            Grond = melding.Soort == Verzuimsoort.Vrijstelling ? melding.Grond : null,
            Streefdatum = StreefdatumVan(melding.Soort, sinds),
            Status = ThuiszitterStatus.Open,
            GemeldDoor = door.Id,
            GemeldOp = nu,
        };
        thuiszitter.Neem(new Thuiszitterplan(
            melding.Gemeente, melding.LeerplichtambtenaarNaam, melding.LeerplichtambtenaarContact, melding.Plan, melding.Perspectief), door, nu);
        var label = VerzuimsoortCodes.Lijst.Label(melding.Soort);
        thuiszitter.Leg(nu, door, ThuiszitterGebeurtenis.Gemeld, $"{label} sinds {NederlandseDatum.Tekst(sinds)}.",
            new ThuiszitterGemeld(thuiszitter.Id, thuiszitter.Samenwerkingsverband, thuiszitter.Status, nu, thuiszitter.Soort));
        return thuiszitter;
    }

    /// <summary>
    /// Every problem with the input of a registration at once (400); also used by the request before anything is looked
    /// up, without <paramref name="vandaag"/> (a date in the future is then found on registering).
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(Thuiszittermelding melding, DateOnly? vandaag)
    {
        ArgumentNullException.ThrowIfNull(melding);
        var fouten = new List<Fout>();
        if (melding.VerzuimSinds is null)
        {
            fouten.Add(Fout.Ongeldig("verzuim-sinds-vereist", "Geef de eerste dag van het verzuim (of van de vrijstelling).", "verzuimSinds"));
        }
        else if (melding.VerzuimSinds > vandaag)
        {
            fouten.Add(Fout.Ongeldig("datum-in-toekomst", "De eerste dag van het verzuim ligt niet in de toekomst.", "verzuimSinds"));
        }

        if (melding.Soort == Verzuimsoort.Vrijstelling)
        {
            if (melding.Grond is null)
            {
                fouten.Add(Fout.Ongeldig("grond-vereist", "Kies de grond van de vrijstelling: " + VrijstellingsgrondCodes.Lijst.KiesUitDeLijst(), "grond"));
            }

            if (melding.Reden is not null)
            {
                fouten.Add(Fout.Ongeldig("reden-alleen-bij-thuiszitter", "Een reden hoort bij een thuiszitter, niet bij een vrijstelling.", "reden"));
            }
        }
        else
        {
            if (melding.Reden is null)
            {
                fouten.Add(Fout.Ongeldig("reden-vereist", "Kies waarom de leerling thuis zit: " + ThuiszitredenCodes.Lijst.KiesUitDeLijst(), "reden"));
            }

            if (melding.Grond is not null)
            {
                fouten.Add(Fout.Ongeldig("grond-alleen-bij-vrijstelling", "Een grond hoort alleen bij een vrijstelling.", "grond"));
            }
        }

        fouten.AddRange(new Thuiszitterplan(
            melding.Gemeente, melding.LeerplichtambtenaarNaam, melding.LeerplichtambtenaarContact, melding.Plan, melding.Perspectief).Controleer());
        return fouten;
    }

    /// <summary>Why a child with valid input is not (yet) a thuiszitter of this kind (422), or null.</summary>
    public static Fout? Weiger(Verzuimsoort soort, DateOnly verzuimSinds, DateOnly geboortedatum, DateOnly vandaag)
    {
        if (soort == Verzuimsoort.LangdurigRelatiefVerzuim && ThuiszitterVanaf(soort, verzuimSinds) > vandaag)
        {
            return Fout.RegelGeschonden(
                "nog-geen-thuiszitter",
                $"Bij relatief verzuim is een leerling een thuiszitter na 4 weken verzuim. Deze leerling verzuimt sinds {NederlandseDatum.Tekst(verzuimSinds)}; " +
                $"registreer de leerling vanaf {NederlandseDatum.Tekst(ThuiszitterVanaf(soort, verzuimSinds)!.Value)}.",
                "verzuimSinds");
        }

        if (verzuimSinds < geboortedatum)
        {
            return Fout.RegelGeschonden("voor-geboorte", "De eerste dag van het verzuim ligt voor de geboortedatum van de leerling.", "verzuimSinds");
        }

        if (soort == Verzuimsoort.AbsoluutVerzuim && geboortedatum.AddYears(LeerplichtigVanaf) > vandaag)
        {
            return Fout.RegelGeschonden(
                "niet-leerplichtig", $"Een kind is leerplichtig vanaf {LeerplichtigVanaf} jaar; absoluut verzuim is bij deze leerling nog niet mogelijk.", "soort");
        }

        return null;
    }

    /// <summary>The SWV updates the plan, perspective and who of the gemeente is involved; a changed plan or perspective is a new version.</summary>
    public Result<Thuiszitter> WerkPlanBij(Thuiszitterplan plan, Actor door, DateTimeOffset nu) =>
        Overgang(ThuiszitterStap.Planwijziging, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(plan);
            if (plan.Controleer() is { Count: > 0 } fouten)
            {
                return fouten.ToList();
            }

            var nieuw = Neem(plan, door, nu);
            return Stapuitkomst.Gelukt(nieuw ? "Nieuwe versie van het plan." : null);
        });

    /// <summary>
    /// The child is back: on <paramref name="datum"/> (not before the absence began, not in the future), at a vestiging
    /// of the product or another destination in words; exactly one of the two.
    /// </summary>
    public Result<Thuiszitter> RegistreerTerugkeer(
        DateOnly? datum, School? school, string? andereBestemming, string? toelichting, Actor door, DateTimeOffset nu) =>
        Overgang(ThuiszitterStap.Terugkeer, door, nu, () =>
        {
            var fouten = ControleerEinde(datum, "datum", NederlandseDatum.Van(nu)).ToList();
            var anders = Tekst.Optioneel(andereBestemming, Terugkeer.MaximaleLengte, "andereBestemming");
            var uitleg = Tekst.Optioneel(toelichting, Planversie.MaximaleLengte, "toelichting");
            fouten.AddRange(anders.Fouten.Concat(uitleg.Fouten));
            if (school is null && anders is { IsGelukt: true, Waarde: null })
            {
                fouten.Add(Fout.Ongeldig("bestemming-vereist", "Kies de school waar de leerling naartoe gaat, of beschrijf een andere bestemming.", "vestiging"));
            }
            else if (school is not null && anders is { IsGelukt: true, Waarde: not null })
            {
                fouten.Add(Fout.Ongeldig("een-bestemming", "Kies een school of beschrijf een andere bestemming, niet allebei.", "andereBestemming"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            Terugkeer = new Terugkeer(datum!.Value, school?.Vestiging.Waarde, school?.Naam, anders.Waarde, uitleg.Waarde, door, nu);
            Einddatum = datum.Value;
            var binnen = TerugBinnenStreefdatum ? " (binnen 3 maanden)" : string.Empty;
            return Stapuitkomst.Gelukt($"Terug op {NederlandseDatum.Tekst(datum.Value)} naar {Terugkeer.Bestemming}{binnen}.");
        });

    /// <summary>The entry ends without a return, with the reason; "anders" needs a note.</summary>
    public Result<Thuiszitter> Beeindig(DateOnly? datum, Beeindigingsreden reden, string? toelichting, Actor door, DateTimeOffset nu) =>
        Overgang(ThuiszitterStap.Beeindiging, door, nu, () =>
        {
            var fouten = ControleerEinde(datum, "datum", NederlandseDatum.Van(nu)).ToList();
            var uitleg = Tekst.Optioneel(toelichting, Planversie.MaximaleLengte, "toelichting");
            fouten.AddRange(uitleg.Fouten);
            if (reden == Beeindigingsreden.Anders && uitleg is { IsGelukt: true, Waarde: null })
            {
                fouten.Add(Fout.Ongeldig("toelichting-vereist", "Beschrijf waarom de registratie eindigt.", "toelichting"));
            }
            if (fouten.Count > 0)
            {
                return fouten;
            }

            Beeindiging = new Beeindiging(datum!.Value, reden, uitleg.Waarde, door, nu);
            Einddatum = datum.Value;
            return Stapuitkomst.Gelukt($"{BeeindigingsredenCodes.Lijst.Label(reden)}, op {NederlandseDatum.Tekst(datum.Value)}.");
        });

    private IEnumerable<Fout> ControleerEinde(DateOnly? datum, string veld, DateOnly vandaag)
    {
        if (datum is null)
        {
            yield return Fout.Ongeldig("datum-vereist", "Geef de datum.", veld);
        }
        else if (datum > vandaag)
        {
            yield return Fout.Ongeldig("datum-in-toekomst", "De datum ligt niet in de toekomst.", veld);
        }
        else if (datum < VerzuimSinds)
        {
            yield return Fout.Ongeldig("datum-voor-verzuim", $"Het verzuim begon op {NederlandseDatum.Tekst(VerzuimSinds)}; de datum ligt niet eerder.", veld);
        }
    }

    /// <summary>Takes the plan's fields; returns whether the plan or perspective changed (a new version).</summary>
    private bool Neem(Thuiszitterplan plan, Actor door, DateTimeOffset nu)
    {
        Gemeente = plan.Gemeente!.Trim();
        Leerplichtambtenaar = string.IsNullOrWhiteSpace(plan.LeerplichtambtenaarNaam)
            ? null
            : new Leerplichtambtenaar(plan.LeerplichtambtenaarNaam.Trim(), string.IsNullOrWhiteSpace(plan.LeerplichtambtenaarContact) ? null : plan.LeerplichtambtenaarContact.Trim());
        var tekst = Schoon(plan.Plan);
        var perspectief = Schoon(plan.Perspectief);
        if (tekst is null && perspectief is null && Plan is null)
        {
            return false;
        }

        if (Plan is { } huidig && huidig.Plan == tekst && huidig.Perspectief == perspectief)
        {
            return false;
        }

        _planversies = [.. _planversies, new Planversie(tekst, perspectief, door, nu)];
        return true;
    }

    private static string? Schoon(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private Result<Thuiszitter> Overgang(ThuiszitterStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        ThuiszitterLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new ThuiszitterGebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(melding);
    }
}
