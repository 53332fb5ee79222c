using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Beleid;

/// <summary>
/// The usual duration of a toelaatbaarheidsverklaring per soort, in whole school years: a TLV runs to the end of a
/// school year (31 July), so a count of school years is what an SWV decides and what a later issue computes the end
/// date from. <see cref="Pro"/> (praktijkonderwijs) only exists for a VO-samenwerkingsverband.
/// </summary>
public sealed record Tlvduur(int Sbo, int So, int Vso, int? Pro);

/// <summary>The address printed on the samenwerkingsverband's documents.</summary>
public sealed record Adres(string Straat, string Postcode, string Plaats);

/// <summary>
/// The values of one version of the samenwerkingsverband's policy settings: the terms and choices that are policy,
/// not law. <see cref="Standaard"/> is what holds while the SWV set nothing: the product's former constants.
/// </summary>
/// <param name="ProcedureEnCriteria">
/// The SWV's own procedure and criteria for toelaatbaarheid, as it sends them to the LBT with a bezwaar; null while
/// not recorded (there is no sensible default for a text the SWV must write itself).
/// </param>
/// <param name="StreefDeelnamepercentage">
/// The ondersteuningsplan's target for the deelnamepercentage regulier onderwijs (for example 96,5): the share of the
/// SWV's pupils in regular schools, against which the percentage per teldatum is set. Null while not recorded (every
/// ondersteuningsplan sets its own; a default would pretend a policy).
/// </param>
/// <param name="Arrangementinhoud">
/// What each kind of arrangement of the SWV brings on the five IVO fields (its ondersteuningsplan describes them), which
/// the matching uses to close a pupil's gaps at the current school. Null or empty while not recorded: the kinds differ
/// per SWV, so a default would pretend a policy.
/// </param>
public sealed partial record Beleidswaarden(
    int BehandeltermijnWeken,
    int EvaluatietermijnMaanden,
    Tlvduur Tlvduur,
    int HerindicatiesignaalWeken,
    int KleineAantallenDrempel,
    string? Naam,
    Adres? Adres,
    string? ProcedureEnCriteria = null,
    decimal? StreefDeelnamepercentage = null,
    IReadOnlyList<Arrangementinhoud>? Arrangementinhoud = null)
{
    /// <summary>Six weeks: equal to the school's zorgplicht term, so a placement is not held up by the SWV (a product choice).</summary>
    public const int StandaardBehandeltermijnWeken = 6;
    public const int MinimumBehandeltermijnWeken = 1;
    public const int MaximumBehandeltermijnWeken = 26;

    /// <summary>An active arrangement is evaluated at least every six months (seed 003).</summary>
    public const int StandaardEvaluatietermijnMaanden = 6;
    public const int MinimumEvaluatietermijnMaanden = 1;
    public const int MaximumEvaluatietermijnMaanden = 12;

    public const int MinimumTlvduurSchooljaren = 1;
    public const int MaximumTlvduurSchooljaren = 8;

    /// <summary>
    /// 26 weeks, half a year: a TLV that expires within six months appears in the werkvoorraad (issue 14), in time to
    /// gather the two deskundigenadviezen for a herindicatie before the school year ends.
    /// </summary>
    public const int StandaardHerindicatiesignaalWeken = 26;
    public const int MinimumHerindicatiesignaalWeken = 1;
    public const int MaximumHerindicatiesignaalWeken = 52;

    /// <summary>Counts below this are not shown in beleidsinformatie, so nobody can be recognised in a small cell.</summary>
    public const int StandaardKleineAantallenDrempel = Kleinecelonderdrukking.StandaardDrempel;
    public const int MinimumKleineAantallenDrempel = Kleinecelonderdrukking.MinimumDrempel;
    public const int MaximumKleineAantallenDrempel = Kleinecelonderdrukking.MaximumDrempel;

    /// <summary>
    /// Below half the SWV's pupils in regular schools no ondersteuningsplan aims; 100 is the most a share can be. One
    /// decimal, as the plans write it (96,5 %).
    /// </summary>
    public const double MinimumStreefDeelnamepercentage = 50;
    public const double MaximumStreefDeelnamepercentage = 100;

    public const int MaximaleLengteNaam = 120;
    public const int MaximaleLengteAdresregel = 120;

    /// <summary>A few pages of text: the SWV's procedure and criteria are a document, not a note.</summary>
    public const int MaximaleLengteProcedureEnCriteria = 20000;

    /// <summary>A Dutch postcode: four digits (not starting with 0), a space, two capitals.</summary>
    public const string Postcodepatroon = "^[1-9][0-9]{3} ?[A-Z]{2}$";

    /// <summary>SBO 2, SO 2, VSO 2 school years; praktijkonderwijs (VO only) for the whole school career, at most six.</summary>
    public static readonly Tlvduur StandaardTlvduurPo = new(2, 2, 2, null);
    public static readonly Tlvduur StandaardTlvduurVo = new(2, 2, 2, 6);

    public Arrangementtermijnen Arrangementtermijnen => new(BehandeltermijnWeken, EvaluatietermijnMaanden);

    /// <summary>The defaults of a samenwerkingsverband of this sector (PO or VO, the code's first two letters).</summary>
    public static Beleidswaarden Standaard(bool vo) =>
        new(StandaardBehandeltermijnWeken, StandaardEvaluatietermijnMaanden, vo ? StandaardTlvduurVo : StandaardTlvduurPo,
            StandaardHerindicatiesignaalWeken, StandaardKleineAantallenDrempel, null, null);

    /// <summary>Checks every value at once against its range; the names of the problems are the request's fields.</summary>
    public static Result<Beleidswaarden> Lees(
        int? behandeltermijnWeken,
        int? evaluatietermijnMaanden,
        int? tlvSbo,
        int? tlvSo,
        int? tlvVso,
        int? tlvPro,
        int? herindicatiesignaalWeken,
        int? kleineAantallenDrempel,
        string? naam,
        string? straat,
        string? postcode,
        string? plaats,
        string? procedureEnCriteria = null,
        decimal? streefDeelnamepercentage = null,
        IReadOnlyList<(string? Soort, Result<IvoNiveaus> Niveaus)>? arrangementinhoud = null)
    {
        var fouten = new List<Fout>();
        Bereik(fouten, behandeltermijnWeken, MinimumBehandeltermijnWeken, MaximumBehandeltermijnWeken, "behandeltermijnWeken", "weken");
        Bereik(fouten, evaluatietermijnMaanden, MinimumEvaluatietermijnMaanden, MaximumEvaluatietermijnMaanden, "evaluatietermijnMaanden", "maanden");
        Bereik(fouten, tlvSbo, MinimumTlvduurSchooljaren, MaximumTlvduurSchooljaren, "tlvduur.sbo", "schooljaren");
        Bereik(fouten, tlvSo, MinimumTlvduurSchooljaren, MaximumTlvduurSchooljaren, "tlvduur.so", "schooljaren");
        Bereik(fouten, tlvVso, MinimumTlvduurSchooljaren, MaximumTlvduurSchooljaren, "tlvduur.vso", "schooljaren");
        if (tlvPro is not null)
        {
            // Whether praktijkonderwijs applies at all depends on the sector: Beleidsinstellingen.LegVast decides.
            Bereik(fouten, tlvPro, MinimumTlvduurSchooljaren, MaximumTlvduurSchooljaren, "tlvduur.pro", "schooljaren");
        }

        Bereik(fouten, herindicatiesignaalWeken, MinimumHerindicatiesignaalWeken, MaximumHerindicatiesignaalWeken, "herindicatiesignaalWeken", "weken");
        Bereik(fouten, kleineAantallenDrempel, MinimumKleineAantallenDrempel, MaximumKleineAantallenDrempel, "kleineAantallenDrempel", "");

        if (streefDeelnamepercentage is { } streef
            && (streef < (decimal)MinimumStreefDeelnamepercentage || streef > (decimal)MaximumStreefDeelnamepercentage || decimal.Round(streef, 1) != streef))
        {
            fouten.Add(Fout.Ongeldig(
                "buiten-bereik",
                $"Geef een percentage van {MinimumStreefDeelnamepercentage} tot en met {MaximumStreefDeelnamepercentage}, met hoogstens één cijfer achter de komma.",
                "streefDeelnamepercentage"));
        }

        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het samenwerkingsverband zoals die op documenten staat.");
        fouten.AddRange(geldigeNaam.Fouten);
        var adres = LeesAdres(straat, postcode, plaats, fouten);
        var procedure = Tekst.Optioneel(procedureEnCriteria, MaximaleLengteProcedureEnCriteria, "procedureEnCriteria");
        fouten.AddRange(procedure.Fouten);

        var inhoud = LeesArrangementinhoud(arrangementinhoud ?? [], fouten);

        return fouten.Count > 0
            ? Result<Beleidswaarden>.Mislukt(fouten)
            : new Beleidswaarden(
                behandeltermijnWeken!.Value,
                evaluatietermijnMaanden!.Value,
                new Tlvduur(tlvSbo!.Value, tlvSo!.Value, tlvVso!.Value, tlvPro),
                herindicatiesignaalWeken!.Value,
                kleineAantallenDrempel!.Value,
                geldigeNaam.Waarde,
                adres,
                procedure.Waarde,
                streefDeelnamepercentage,
                inhoud);
    }

    // One statement per kind (the matching combines kinds and would count a kind twice); levels 0–3 per field.
    private static List<Arrangementinhoud> LeesArrangementinhoud(IReadOnlyList<(string? Soort, Result<IvoNiveaus> Niveaus)> invoer, List<Fout> fouten)
    {
        var inhoud = new List<Arrangementinhoud>();
        for (var i = 0; i < invoer.Count; i++)
        {
            var (code, niveaus) = invoer[i];
            fouten.AddRange(niveaus.Fouten);
            var soort = SoortArrangementCodes.Lijst.Lees(code, $"arrangementinhoud[{i}].soort", "soort");
            if (!soort.Lukt(out var gelezen))
            {
                fouten.AddRange(soort.Fouten);
            }
            else if (inhoud.Any(a => a.Soort == gelezen))
            {
                fouten.Add(Fout.Ongeldig(
                    "soort-dubbel",
                    $"Het soort arrangement '{SoortArrangementCodes.Lijst.Label(gelezen)}' staat er al; noem elke soort één keer.",
                    $"arrangementinhoud[{i}].soort"));
            }
            else if (niveaus.Lukt(out var gelezenNiveaus))
            {
                inhoud.Add(new Arrangementinhoud(gelezen, gelezenNiveaus));
            }
        }

        return inhoud;
    }

    // An address is optional, but all of it or none of it.
    private static Adres? LeesAdres(string? straat, string? postcode, string? plaats, List<Fout> fouten)
    {
        if (string.IsNullOrWhiteSpace(straat) && string.IsNullOrWhiteSpace(postcode) && string.IsNullOrWhiteSpace(plaats))
        {
            return null;
        }

        var geldigeStraat = Tekst.Verplicht(straat, MaximaleLengteAdresregel, "adres.straat", "straat-vereist", "Geef straat en huisnummer.");
        var geldigePlaats = Tekst.Verplicht(plaats, MaximaleLengteAdresregel, "adres.plaats", "plaats-vereist", "Geef de plaats.");
        var geldigePostcode = postcode?.Trim().ToUpperInvariant() is { } p && PostcodeRegel().IsMatch(p)
            ? Result<string>.Gelukt(p.Length == 6 ? $"{p[..4]} {p[4..]}" : p)
            : Fout.Ongeldig("ongeldige-postcode", "Een postcode is vier cijfers en twee letters, zoals 1234 AB.", "adres.postcode");
        fouten.AddRange(geldigeStraat.Fouten.Concat(geldigePostcode.Fouten).Concat(geldigePlaats.Fouten));
        return geldigeStraat.IsGelukt && geldigePostcode.IsGelukt && geldigePlaats.IsGelukt
            ? new Adres(geldigeStraat.Waarde, geldigePostcode.Waarde, geldigePlaats.Waarde)
            : null;
    }

    private static void Bereik(List<Fout> fouten, int? waarde, int minimum, int maximum, string veld, string eenheid)
    {
        if (waarde is null || waarde < minimum || waarde > maximum)
        {
            fouten.Add(Fout.Ongeldig("buiten-bereik", $"Geef een geheel getal van {minimum} tot en met {maximum}{(eenheid.Length > 0 ? " " + eenheid : "")}.", veld));
        }
    }

    [GeneratedRegex(@"^[1-9][0-9]{3} ?[A-Z]{2}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PostcodeRegel();
}
