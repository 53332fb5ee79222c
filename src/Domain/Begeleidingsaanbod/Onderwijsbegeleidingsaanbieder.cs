using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// An onderwijsbegeleidingsaanbieder (OBA) as RIO registers it, with the begeleiding it offers. Guards that it only
/// offers what the licence of its erkenning allows, within its own service period, without overlapping offers of
/// the same expertise, and that it offers nothing after it is taken out of service. Knows who may change it: the
/// samenwerkingsverband that registered it (its <see cref="Eigenaar"/>) or a register-beheerder.
/// </summary>
public sealed class Onderwijsbegeleidingsaanbieder : AggregateRoot<Guid>
{
    public const int MaximaleLengteNaam = 80;
    public const int MaximaleLengteInternationaleNaam = 225;
    public const int MaximaleLengteBestuur = 120;

    private IReadOnlyList<Communicatiecontext> _communicatiecontexten = [];
    private readonly List<AangebodenBegeleiding> _aanbod = [];

    private Onderwijsbegeleidingsaanbieder()
    {
        Code = null!;
        Naam = string.Empty;
        Bestuur = string.Empty;
        Erkenning = null!;
    }

    public ObaCode Code { get; private set; }

    public string Naam { get; private set; }

    public string? InternationaleNaam { get; private set; }

    public DateOnly Inbedrijfdatum { get; private set; }

    public DateOnly? Uitbedrijfdatum { get; private set; }

    /// <summary>The bevoegd gezag the OBA falls under.</summary>
    public string Bestuur { get; private set; }

    public Onderwijsinstellingserkenning Erkenning { get; private set; }

    public IReadOnlyList<Communicatiecontext> Communicatiecontexten => _communicatiecontexten;

    public IReadOnlyList<AangebodenBegeleiding> Aanbod => _aanbod;

    /// <summary>
    /// The samenwerkingsverband that registered this aanbieder and so manages it (with the register-beheerders);
    /// null for a national entry, which only register-beheerders change. Everyone with read access reads it.
    /// </summary>
    public SwvCode? Eigenaar { get; private set; }

    /// <summary>
    /// Position in the registry's change sequence, given by the store on every save. Serves as the version for
    /// optimistic concurrency and as the place of this state in the change feed.
    /// </summary>
    public long Versie { get; private set; }

    /// <summary>When the registry last saved a change to this aanbieder (set by the store).</summary>
    public DateTimeOffset GewijzigdOp { get; private set; }

    public static Result<Onderwijsbegeleidingsaanbieder> Registreer(
        string? code,
        string? naam,
        string? internationaleNaam,
        DateOnly inbedrijfdatum,
        string? bestuur,
        Result<Onderwijsinstellingserkenning> erkenning,
        IReadOnlyList<Result<Communicatiecontext>> communicatiecontexten,
        SwvCode? eigenaar)
    {
        var fouten = Controleer(code, naam, internationaleNaam, bestuur, erkenning, communicatiecontexten);
        if (fouten.Count > 0)
        {
            return Result<Onderwijsbegeleidingsaanbieder>.Mislukt(fouten);
        }

        var oba = new Onderwijsbegeleidingsaanbieder
        {
            Id = Guid.CreateVersion7(),
            Code = ObaCode.Parse(code).Waarde,
            Naam = naam!.Trim(),
            InternationaleNaam = internationaleNaam?.Trim(),
            Inbedrijfdatum = inbedrijfdatum,
            Bestuur = bestuur!.Trim(),
            Erkenning = erkenning.Waarde,
            Eigenaar = eigenaar,
        };
        oba._communicatiecontexten = communicatiecontexten.Select(c => c.Waarde).ToList();
        return oba;
    }

    /// <summary>
    /// The rules a registration must meet, every broken one at once: <see cref="Registreer"/> applies them, and a
    /// request's reader applies them where the request enters, so a caller hears of all its problems in one answer.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(
        string? code,
        string? naam,
        string? internationaleNaam,
        string? bestuur,
        Result<Onderwijsinstellingserkenning> erkenning,
        IReadOnlyList<Result<Communicatiecontext>> communicatiecontexten)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        ArgumentNullException.ThrowIfNull(communicatiecontexten);
        var fouten = new List<Fout>(ObaCode.Parse(code).Fouten);
        fouten.AddRange(Tekst(naam, MaximaleLengteNaam, "naam", "de naam", verplicht: true));
        fouten.AddRange(Tekst(internationaleNaam, MaximaleLengteInternationaleNaam, "internationaleNaam", "de internationale naam", verplicht: false));
        fouten.AddRange(Tekst(bestuur, MaximaleLengteBestuur, "bestuur", "het bestuur", verplicht: true));
        fouten.AddRange(erkenning.Fouten);
        fouten.AddRange(communicatiecontexten.SelectMany(c => c.Fouten));
        if (communicatiecontexten.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("contact-vereist", "Geef minstens één communicatiecontext op, bijvoorbeeld ALGEMEEN.", "communicatiecontexten"));
        }

        return fouten;
    }

    /// <summary>
    /// Whether <paramref name="beheer"/> may change this aanbieder (contacts, aanbod, service period, removal): a
    /// register-beheerder always, an swv-beheerder only when their samenwerkingsverband registered it.
    /// </summary>
    public bool MagWordenGewijzigdDoor(Registerbeheer beheer)
    {
        ArgumentNullException.ThrowIfNull(beheer);
        return beheer.MagWijzigen(Eigenaar);
    }

    /// <summary>
    /// The same rule as <see cref="MagWordenGewijzigdDoor"/> as an outcome: a refusal names who does manage this
    /// aanbieder, so the caller knows whom to ask. Forbidden, not "not found": the register is public to readers.
    /// </summary>
    public Result<bool> ControleerBeheer(Registerbeheer beheer) =>
        MagWordenGewijzigdDoor(beheer)
            ? true
            : Fout.Verboden(
                "niet-eigenaar",
                Eigenaar is { } eigenaar
                    ? $"Aanbieder {Code} is geregistreerd door samenwerkingsverband {eigenaar}; alleen de beheerder daarvan of een {RolCodes.Lijst.LabelInZin(Rol.RegisterBeheerder)} kan hem wijzigen."
                    : $"Aanbieder {Code} staat landelijk in het register; alleen een {RolCodes.Lijst.LabelInZin(Rol.RegisterBeheerder)} kan hem wijzigen.");

    public bool IsInBedrijfOp(DateOnly datum) => IsInBedrijf(Inbedrijfdatum, Uitbedrijfdatum, datum);

    /// <summary>Both ends of the period count; also for a snapshot of an aanbieder (the matching reads only its dates).</summary>
    public static bool IsInBedrijf(DateOnly inbedrijfdatum, DateOnly? uitbedrijfdatum, DateOnly datum) =>
        datum >= inbedrijfdatum && (uitbedrijfdatum is null || datum <= uitbedrijfdatum);

    public Result<bool> WijzigContactgegevens(IReadOnlyList<Result<Communicatiecontext>> communicatiecontexten)
    {
        ArgumentNullException.ThrowIfNull(communicatiecontexten);
        var fouten = communicatiecontexten.SelectMany(c => c.Fouten).ToList();
        if (communicatiecontexten.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("contact-vereist", "Geef minstens één communicatiecontext op, bijvoorbeeld ALGEMEEN.", "communicatiecontexten"));
        }

        if (fouten.Count > 0)
        {
            return Result<bool>.Mislukt(fouten);
        }

        _communicatiecontexten = communicatiecontexten.Select(c => c.Waarde).ToList();
        return true;
    }

    /// <summary>Offers an expertise as begeleiding. Input must already be valid; the result reports broken rules.</summary>
    public Result<AangebodenBegeleiding> BiedAan(ExpertiseCode expertise, Periode periode, Werkgebied werkgebied, int? capaciteit)
    {
        ArgumentNullException.ThrowIfNull(expertise);
        ArgumentNullException.ThrowIfNull(periode);
        ArgumentNullException.ThrowIfNull(werkgebied);
        if (capaciteit < 0)
        {
            return Fout.Ongeldig("negatieve-capaciteit", "De capaciteit is 0 of meer.", "capaciteit");
        }

        var fouten = new List<Fout>();
        if (!Erkenning.StaatToe(expertise))
        {
            fouten.Add(Fout.RegelGeschonden(
                "expertise-niet-in-licentie",
                $"De licentie van erkenning {Erkenning.Code} staat {expertise} niet toe als begeleidingsaanbod.",
                "expertise"));
        }

        if (periode.Begindatum < Inbedrijfdatum || (Uitbedrijfdatum is { } uit && (periode.Einddatum is null || periode.Einddatum > uit)))
        {
            fouten.Add(Fout.RegelGeschonden(
                "periode-buiten-bedrijf",
                $"Het aanbod moet binnen de periode liggen waarin de aanbieder in bedrijf is (vanaf {NederlandseDatum.Tekst(Inbedrijfdatum)}{(Uitbedrijfdatum is { } u ? $" tot en met {NederlandseDatum.Tekst(u)}" : string.Empty)}).",
                "periode"));
        }

        if (_aanbod.Exists(a => a.Expertise == expertise && a.Periode.Overlapt(periode)))
        {
            fouten.Add(Fout.RegelGeschonden(
                "overlappend-aanbod",
                $"Er is al aanbod voor {expertise} in (een deel van) deze periode; beëindig dat eerst.",
                "periode"));
        }

        if (fouten.Count > 0)
        {
            return Result<AangebodenBegeleiding>.Mislukt(fouten);
        }

        var aanbod = new AangebodenBegeleiding(Guid.CreateVersion7(), expertise, periode, werkgebied, capaciteit);
        _aanbod.Add(aanbod);
        return aanbod;
    }

    /// <summary>Ends one offer after <paramref name="laatsteDag"/>; an offer that had not started yet disappears.</summary>
    public Result<bool> BeeindigAanbod(Guid aanbodId, DateOnly laatsteDag)
    {
        var aanbod = _aanbod.Find(a => a.Id == aanbodId);
        if (aanbod is null)
        {
            return Fout.NietGevonden("aanbod-onbekend", "Dit aanbod bestaat niet bij deze aanbieder.");
        }

        BeperkTot(aanbod, laatsteDag);
        return true;
    }

    /// <summary>Takes the OBA out of service after <paramref name="laatsteDag"/>: from then on it offers nothing.</summary>
    public Result<bool> NeemUitBedrijf(DateOnly laatsteDag)
    {
        if (laatsteDag < Inbedrijfdatum)
        {
            return Fout.RegelGeschonden("uitbedrijf-voor-inbedrijf", "Een aanbieder kan niet uit bedrijf gaan voordat hij in bedrijf ging.", "uitbedrijfdatum");
        }

        Uitbedrijfdatum = laatsteDag;
        foreach (var aanbod in _aanbod.ToList())
        {
            BeperkTot(aanbod, laatsteDag);
        }

        return true;
    }

    private void BeperkTot(AangebodenBegeleiding aanbod, DateOnly laatsteDag)
    {
        if (aanbod.Periode.TotEnMet(laatsteDag) is { } ingekort)
        {
            aanbod.EindigOp(ingekort);
        }
        else
        {
            _aanbod.Remove(aanbod);
        }
    }

    private static IEnumerable<Fout> Tekst(string? waarde, int maximum, string veld, string omschrijving, bool verplicht)
    {
        if (waarde is null ? verplicht : waarde.Trim().Length == 0 || waarde.Trim().Length > maximum)
        {
            yield return Fout.Ongeldig(
                $"ongeldige-{veld.ToLowerInvariant()}",
                verplicht ? $"Geef {omschrijving} op, in hoogstens {maximum} tekens." : $"Laat {omschrijving} leeg of geef hem in hoogstens {maximum} tekens.",
                veld);
        }
    }
}
