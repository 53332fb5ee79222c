using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>The bezwaar procedure (Awb, with the LBT as advisory committee) and its terms.</summary>
public sealed partial class Toelaatbaarheidsverklaring
{
    /// <summary>Whether a beslissing op bezwaar was taken: after it only beroep at the court is open, no new bezwaar.</summary>
    public bool BeslistOpBezwaar { get; private set; }

    /// <summary>
    /// A bezwaar is received. One received after the bezwaar term is flagged (<see cref="Bezwaar.TeLaat"/>): the SWV then
    /// declares it niet-ontvankelijk or records why the delay is excusable before it goes on. <paramref name="toelichting"/>
    /// is the objector's own explanation where the system received it (an ouder's bezwaar in the portal).
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> OntvangBezwaar(
        Indiener indiener, string? naam, DateOnly ontvangenOp, Actor door, DateTimeOffset nu, string? toelichting = null) =>
        Overgang(TlvStap.BezwaarOntvangst, door, nu, () =>
        {
            var fouten = new List<Fout>();
            var geldigeNaam = Tekst.Verplicht(naam, Bezwaar.MaximaleLengteNaam, "indienerNaam", "naam-vereist", "Geef de naam van wie bezwaar maakt.");
            var geldigeToelichting = Tekst.Optioneel(toelichting, Bezwaar.MaximaleLengteTekst, "toelichting");
            fouten.AddRange(geldigeNaam.Fouten);
            fouten.AddRange(geldigeToelichting.Fouten);
            if (ontvangenOp < BekendgemaaktOp || ontvangenOp > Vandaag(nu).AddDays(1))
            {
                fouten.Add(Fout.Ongeldig("ongeldige-ontvangstdatum", $"De ontvangstdatum ligt tussen de bekendmaking ({NederlandseDatum.Tekst(BekendgemaaktOp!.Value)}) en vandaag.", "ontvangenOp"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            var teLaat = ontvangenOp > EindeBezwaartermijn!.Value;
            LopendBezwaar = new Bezwaar
            {
                Id = Guid.CreateVersion7(nu),
                Indiener = indiener,
                IndienerNaam = geldigeNaam.Waarde,
                OntvangenOp = ontvangenOp,
                Toelichting = geldigeToelichting.Waarde,
                TeLaat = teLaat,
                LbtAdviesaanvraagUiterlijk = TlvTermijnen.LbtAdviesaanvraagUiterlijk(ontvangenOp),
                BeslissenUiterlijk = TlvTermijnen.BeslissenUiterlijk(EindeBezwaartermijn.Value, ontvangenOp),
            };
            var wie = $"{IndienerCodes.Lijst.Label(indiener)}: {geldigeNaam.Waarde}";
            return Stapuitkomst.Gelukt(teLaat
                ? $"{wie}. Te laat: de bezwaartermijn liep tot en met {NederlandseDatum.Tekst(EindeBezwaartermijn.Value)}."
                : wie);
        });

    /// <summary>A late bezwaar goes on when the delay is excusable (Awb 6:11); the reason is recorded.</summary>
    public Result<Toelaatbaarheidsverklaring> Verschoon(string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Verschoning, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(reden, Bezwaar.MaximaleLengteTekst, "reden", "reden-vereist", "Leg uit waarom de te late indiening verschoonbaar is.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            LopendBezwaar = LopendBezwaar! with { Verschoning = tekst.Waarde };
            return Stapuitkomst.Gelukt(tekst.Waarde);
        });

    /// <summary>The bezwaar is not dealt with on its merits (too late without excuse, or no belanghebbende); the decision stands.</summary>
    public Result<Toelaatbaarheidsverklaring> VerklaarNietOntvankelijk(string? reden, DateOnly op, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.NietOntvankelijkVerklaring, door, nu, () =>
        {
            var fouten = new List<Fout>();
            var tekst = Tekst.Verplicht(reden, Bezwaar.MaximaleLengteTekst, "reden", "reden-vereist", "Geef de reden waarom het bezwaar niet-ontvankelijk is.");
            fouten.AddRange(tekst.Fouten);
            fouten.AddRange(DatumNaOntvangst(op, "op", nu));
            if (fouten.Count > 0)
            {
                return fouten;
            }

            SluitBezwaar(Bezwaarafloop.NietOntvankelijk, op, tekst.Waarde);
            return Stapuitkomst.Gelukt(tekst.Waarde);
        });

    /// <summary>
    /// The SWV sends the bezwaarschrift, its verweerschrift and the documents to the LBT and the objector, and asks the
    /// LBT for advice: due within 14 days of receipt. Every document the LBT needs must go with it.
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> VraagLbtAdvies(DateOnly verzondenOp, IReadOnlyList<Bezwaarstuk> stukken, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.LbtAdviesaanvraag, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(stukken);
            var fouten = new List<Fout>(DatumNaOntvangst(verzondenOp, "verzondenOp", nu));
            var ontbreekt = Enum.GetValues<Bezwaarstuk>().Except(stukken).ToList();
            if (ontbreekt.Count > 0)
            {
                var namen = ontbreekt.Select(s => BezwaarstukCodes.Lijst.LabelInZin(s)).ToList();
                fouten.Add(Fout.Ongeldig("stukken-onvolledig", $"Stuur ook mee: {string.Join(", ", namen)}.", "stukken"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            LopendBezwaar = LopendBezwaar! with { LbtGevraagdOp = verzondenOp, Stukken = [.. stukken.Distinct().Order()] };
            var laat = verzondenOp > LopendBezwaar.LbtAdviesaanvraagUiterlijk ? $" Dat was na de termijn van {TlvTermijnen.LbtAdviesaanvraagDagen} dagen." : string.Empty;
            return Stapuitkomst.Gelukt($"Verzonden op {NederlandseDatum.Tekst(verzondenOp)}.{laat}");
        });

    public Result<Toelaatbaarheidsverklaring> LegHoorzittingVast(DateOnly op, string? verslag, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Hoorzitting, door, nu, () =>
        {
            var fouten = new List<Fout>();
            var tekst = Tekst.Optioneel(verslag, Bezwaar.MaximaleLengteTekst, "verslag");
            fouten.AddRange(tekst.Fouten);
            if (op < LopendBezwaar!.LbtGevraagdOp || op > Vandaag(nu).AddDays(1))
            {
                fouten.Add(Fout.Ongeldig("ongeldige-hoorzitting", $"De hoorzitting ligt tussen de adviesaanvraag aan de LBT ({NederlandseDatum.Tekst(LopendBezwaar.LbtGevraagdOp!.Value)}) en vandaag.", "op"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            LopendBezwaar = LopendBezwaar with { HoorzittingOp = op, Hoorzittingverslag = tekst.Waarde };
            return Stapuitkomst.Gelukt($"Hoorzitting op {NederlandseDatum.Tekst(op)}.");
        });

    public Result<Toelaatbaarheidsverklaring> LegLbtAdviesVast(LbtOordeel oordeel, DateOnly op, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.LbtAdvies, door, nu, () =>
        {
            if (op < LopendBezwaar!.LbtGevraagdOp || op > Vandaag(nu).AddDays(1))
            {
                return new[] { Fout.Ongeldig("ongeldige-adviesdatum", $"Het advies van de LBT ligt tussen de adviesaanvraag ({NederlandseDatum.Tekst(LopendBezwaar.LbtGevraagdOp!.Value)}) en vandaag.", "op") };
            }

            LopendBezwaar = LopendBezwaar with { LbtOordeel = oordeel, LbtAdviesOp = op };
            return Stapuitkomst.Gelukt($"De LBT adviseert: {LbtOordeelCodes.Lijst.LabelInZin(oordeel)}.");
        });

    /// <summary>The SWV puts its decision off once, by six weeks (Awb 7:10 lid 3), with a reason.</summary>
    public Result<Toelaatbaarheidsverklaring> Verdaag(string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Verdaging, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(reden, Bezwaar.MaximaleLengteTekst, "reden", "reden-vereist", "Geef de reden van de verdaging.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            LopendBezwaar = LopendBezwaar! with
            {
                Verdaging = tekst.Waarde,
                BeslissenUiterlijk = LopendBezwaar.BeslissenUiterlijk.AddDays(7 * TlvTermijnen.VerdagingWeken),
            };
            return Stapuitkomst.Gelukt($"Beslissen uiterlijk op {NederlandseDatum.Tekst(LopendBezwaar.BeslissenUiterlijk)}. {tekst.Waarde}");
        });

    /// <summary>
    /// The beslissing op bezwaar, after the LBT's advice: handhaven, herroepen, or wijzigen (with the new decision,
    /// checked as a decision). It is always motivated, and where it departs from the LBT's advice it says why.
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> BeslisOpBezwaar(
        Bezwaarafloop afloop, DateOnly op, string? motivering, string? afwijkingVanLbt, Besluitvoorstel? wijziging, Beleidswaarden beleid, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.BeslissingOpBezwaar, door, nu, () =>
        {
            var fouten = new List<Fout>(DatumNaOntvangst(op, "op", nu));
            if (afloop == Bezwaarafloop.NietOntvankelijk)
            {
                fouten.Add(Fout.Ongeldig("ongeldige-afloop", "Kies handhaven, herroepen of wijzigen; een niet-ontvankelijk bezwaar verklaart u met die stap.", "afloop"));
            }

            var tekst = Tekst.Verplicht(motivering, Bezwaar.MaximaleLengteTekst, "motivering", "motivering-vereist", "Motiveer de beslissing op bezwaar.");
            var afwijking = Tekst.Optioneel(afwijkingVanLbt, Bezwaar.MaximaleLengteTekst, "afwijkingVanLbtAdvies");
            fouten.AddRange(tekst.Fouten.Concat(afwijking.Fouten));
            var wijktAf = LopendBezwaar!.LbtOordeel == LbtOordeel.Gegrond ? afloop == Bezwaarafloop.Handhaven : afloop != Bezwaarafloop.Handhaven;
            if (wijktAf && afwijking.IsGelukt && afwijking.Waarde is null)
            {
                fouten.Add(Fout.Ongeldig(
                    "afwijking-lbt-motiveren",
                    $"De LBT vond het bezwaar {LbtOordeelCodes.Lijst.LabelInZin(LopendBezwaar.LbtOordeel!.Value)}; leg uit waarom u daarvan afwijkt.",
                    "afwijkingVanLbtAdvies"));
            }

            TlvBesluit? nieuw = null;
            if (afloop == Bezwaarafloop.Wijzigen)
            {
                if (wijziging is null)
                {
                    fouten.Add(Fout.Ongeldig("wijziging-vereist", "Geef het gewijzigde besluit.", "wijziging"));
                }
                else
                {
                    nieuw = LeesBesluit(wijziging, beleid, door, nu, out var besluitfouten);
                    fouten.AddRange(besluitfouten.Select(f => f with { Veld = f.Veld is null ? "wijziging" : $"wijziging.{f.Veld}" }));
                }
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            var volledig = afwijking.Waarde is null ? tekst.Waarde : $"{tekst.Waarde} Afwijking van het advies van de LBT: {afwijking.Waarde}";
            SluitBezwaar(afloop, op, volledig);
            BeslistOpBezwaar = true;
            if (nieuw is not null)
            {
                NeemBesluitOver(nieuw, beleid);
            }

            Status = afloop == Bezwaarafloop.Herroepen ? TlvStatus.Herroepen : TlvStatus.Bekendgemaakt;
            if (afloop == Bezwaarafloop.Herroepen)
            {
                HerindicatieVanaf = null;
            }

            return Stapuitkomst.Gelukt($"{BezwaarafloopCodes.Lijst.Label(afloop)}. {volledig}");
        });

    private void SluitBezwaar(Bezwaarafloop afloop, DateOnly op, string motivering)
    {
        _afgerondeBezwaren = [.. _afgerondeBezwaren, LopendBezwaar! with { Afloop = afloop, AfgerondOp = op, Motivering = motivering }];
        LopendBezwaar = null;
    }

    private IEnumerable<Fout> DatumNaOntvangst(DateOnly datum, string veld, DateTimeOffset nu)
    {
        if (datum < LopendBezwaar!.OntvangenOp || datum > Vandaag(nu).AddDays(1))
        {
            yield return Fout.Ongeldig("ongeldige-datum", $"De datum ligt tussen de ontvangst van het bezwaar ({NederlandseDatum.Tekst(LopendBezwaar.OntvangenOp)}) en vandaag.", veld);
        }
    }

    private static DateOnly Vandaag(DateTimeOffset nu) => NederlandseDatum.Van(nu);
}
