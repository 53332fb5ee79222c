using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>The procedure before a version holds: overleg, hoorrecht, instemming, vaststelling, and a new version.</summary>
public sealed partial class Ontwikkelingsperspectiefplan
{
    /// <summary>The school records the op overeenstemming gericht overleg with the ouders about the concept.</summary>
    public Result<Ontwikkelingsperspectiefplan> LegOverlegVast(DateOnly datum, string? deelnemers, string? uitkomst, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Overleg, door, nu, () =>
        {
            var fouten = new List<Fout>();
            fouten.AddRange(NietInDeToekomst(datum, nu, "datum"));
            var wie = Tekst.Verplicht(deelnemers, MaximaleLengteKort, "deelnemers", "deelnemers-vereist", "Noem wie er aan het overleg deelnamen, ten minste de ouders.");
            var wat = Tekst.Verplicht(uitkomst, OppOverleg.MaximaleLengte, "uitkomst", "uitkomst-vereist", "Beschrijf de uitkomst van het overleg.");
            fouten.AddRange([.. wie.Fouten, .. wat.Fouten]);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            VervangConcept(Concept! with { Overleg = new OppOverleg(datum, wie.Waarde, wat.Waarde, door, nu) });
            return Stapuitkomst.Gelukt($"Versie {Concept!.Nummer}: overleg op {NederlandseDatum.Tekst(datum)} met {wie.Waarde}.");
        });

    /// <summary>
    /// The school records the pupil's hoorrecht for the concept: heard, with the date and a short summary; or not,
    /// with the reason.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> LegHoorrechtVast(bool gehoord, DateOnly? datum, string? toelichting, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Hoorrecht, door, nu, () =>
        {
            var fouten = new List<Fout>();
            if (gehoord && datum is null)
            {
                fouten.Add(Fout.Ongeldig("datum-vereist", "Geef de datum waarop de leerling is gehoord.", "datum"));
            }

            if (datum is { } dag)
            {
                fouten.AddRange(NietInDeToekomst(dag, nu, "datum"));
            }

            var tekst = gehoord
                ? Tekst.Verplicht(toelichting, OppHoorrecht.MaximaleLengte, "toelichting", "samenvatting-vereist", "Vat kort samen wat de leerling vertelde.")
                : Tekst.Verplicht(toelichting, OppHoorrecht.MaximaleLengte, "toelichting", "reden-vereist", "Geef de reden waarom de leerling niet is gehoord.");
            fouten.AddRange(tekst.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            VervangConcept(Concept! with { Hoorrecht = new OppHoorrecht(gehoord, datum, tekst.Waarde, door, nu) });
            return Stapuitkomst.Gelukt(gehoord
                ? $"Versie {Concept!.Nummer}: de leerling is gehoord op {NederlandseDatum.Tekst(datum!.Value)}."
                : $"Versie {Concept!.Nummer}: de leerling is niet gehoord. {tekst.Waarde}");
        });

    /// <summary>The version the ouders answer on now: the concept, or else the vastgestelde version whose handelingsdeel waits.</summary>
    public OppVersie? VersieVoorInstemming => Concept ?? (WachtOpInstemming ? Geldend : null);

    /// <summary>
    /// The school records the ouders' answer on the handelingsdeel of version <paramref name="versienummer"/>: instemming,
    /// or a refusal with its reason; tied to the exact text. Instemming on a vastgestelde version whose handelingsdeel
    /// waited makes the handelingsdeel vastgesteld.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> LegInstemmingVast(
        int versienummer, bool gegeven, DateOnly datum, string? ouder, Instemmingswijze wijze, string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Instemming, door, nu, () =>
        {
            var versie = VersieVoorInstemming!;
            if (versienummer != versie.Nummer)
            {
                return new[] { Fout.Conflict("andere-versie", $"De ouders geven hun instemming nu op versie {versie.Nummer}, niet op versie {versienummer}.") };
            }

            var fouten = new List<Fout>();
            fouten.AddRange(NietInDeToekomst(datum, nu, "datum"));
            var wie = Tekst.Verplicht(ouder, OppInstemming.MaximaleLengteOuder, "ouder", "ouder-vereist", "Noem de ouder of verzorger die antwoordde.");
            fouten.AddRange(wie.Fouten);
            if (!gegeven && string.IsNullOrWhiteSpace(reden))
            {
                fouten.Add(Fout.Ongeldig("reden-vereist", "Geef de reden die de ouders noemen voor hun weigering.", "reden"));
            }

            var waarom = Tekst.Optioneel(reden, OppInstemming.MaximaleLengteReden, "reden");
            fouten.AddRange(waarom.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            var instemming = new OppInstemming(gegeven, datum, wie.Waarde, wijze, waarom.Waarde, versie.Vingerafdruk, door, nu);
            LaatsteInstemmingGegeven = gegeven;
            var beantwoord = versie with { Instemming = instemming };
            if (versie.Status == Versiestatus.Vastgesteld)
            {
                beantwoord = beantwoord with { HandelingsdeelVastgesteld = gegeven };
                WachtOpInstemming = !gegeven;
            }

            _versies = [.. _versies.Select(v => v.Nummer == versie.Nummer ? beantwoord : v)];
            return Stapuitkomst.Gelukt(
                $"Versie {versie.Nummer}: {wie.Waarde} {(gegeven ? "stemt in" : "weigert instemming")} met het handelingsdeel ({InstemmingswijzeCodes.Lijst.LabelInZin(wijze)})."
                + (gegeven && versie.Status == Versiestatus.Vastgesteld ? " Het handelingsdeel is nu ook vastgesteld." : string.Empty));
        });

    /// <summary>
    /// Whether the answer the instemming step just recorded was an instemming: the event the step raises says which. Set by
    /// the step itself, not read back from the versions, where two answers may carry the same moment.
    /// </summary>
    internal bool LaatsteInstemmingGegeven { get; private set; }

    /// <summary>
    /// The school sets the concept: complete, after the overleg with the ouders and the hoorrecht. The handelingsdeel
    /// is vastgesteld with it when the ouders consented to exactly this text (on this version, or on the version that
    /// held, when it did not change); otherwise the rest of the plan holds and the handelingsdeel waits for instemming.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> StelVast(DateOnly datum, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Vaststelling, door, nu, () =>
        {
            var concept = Concept!;
            var datumfouten = NietInDeToekomst(datum, nu, "datum").ToList();
            if (concept.Overleg is { } overleg && datum < overleg.Datum)
            {
                datumfouten.Add(Fout.Ongeldig("vaststelling-voor-overleg", $"Het OPP wordt vastgesteld na het overleg met de ouders ({NederlandseDatum.Tekst(overleg.Datum)}).", "datum"));
            }

            if (datumfouten.Count > 0)
            {
                return datumfouten;
            }

            var fouten = new List<Fout>();
            fouten.AddRange(OppInhoudsregels.Ontbrekend(concept.Inhoud));
            fouten.AddRange(OppInhoudsregels.Ontbrekend(concept.Inhoud.Handelingsdeel));
            if (concept.Overleg is null)
            {
                fouten.Add(Fout.RegelGeschonden("overleg-vereist", "Leg eerst het overleg met de ouders over deze versie vast."));
            }

            if (concept.Hoorrecht is null)
            {
                fouten.Add(Fout.RegelGeschonden("hoorrecht-vereist", "Leg eerst vast dat de leerling is gehoord, of waarom niet."));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            var vorige = Geldend;
            var ongewijzigdMetInstemming = vorige is { HandelingsdeelVastgesteld: true } && vorige.Vingerafdruk == concept.Vingerafdruk;
            var handelingsdeel = concept.HeeftInstemming || ongewijzigdMetInstemming;
            var vastgesteld = concept with
            {
                Status = Versiestatus.Vastgesteld,
                VastgesteldOp = datum,
                VastgesteldDoor = door,
                HandelingsdeelVastgesteld = handelingsdeel,
            };
            _versies = [.. _versies.Select(v => v.Status == Versiestatus.Vastgesteld ? v with { Status = Versiestatus.Vervangen } : v).SkipLast(1), vastgesteld];
            WachtOpInstemming = !handelingsdeel;
            if (EersteVaststelling is null)
            {
                EersteVaststelling = datum;
                EvaluatieUiterlijk = OppTermijnen.EersteEvaluatieUiterlijk(datum);
                RodTeRegistreren = BegindatumTeRegistreren;
            }

            return Stapuitkomst.Gelukt(
                $"Versie {concept.Nummer} vastgesteld op {NederlandseDatum.Tekst(datum)}; "
                + (concept.HeeftInstemming ? "het handelingsdeel met instemming van de ouders."
                    : ongewijzigdMetInstemming ? $"het handelingsdeel is ongewijzigd, de instemming op versie {vorige!.Nummer} geldt."
                    : "het handelingsdeel wacht nog op instemming van de ouders."));
        });

    /// <summary>The school starts a new version from the one that holds; that one stays as it is until the new one is vastgesteld.</summary>
    public Result<Ontwikkelingsperspectiefplan> Herzie(Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Herziening, door, nu, () =>
        {
            var geldend = Geldend!;
            var nummer = _versies[^1].Nummer + 1;
            _versies = [.. _versies, new OppVersie { Nummer = nummer, Status = Versiestatus.Concept, Inhoud = geldend.Inhoud, AangemaaktDoor = door, AangemaaktOp = nu }];
            return Stapuitkomst.Gelukt($"Versie {nummer} gemaakt vanuit versie {geldend.Nummer}.");
        });

    private static IEnumerable<Fout> NietInDeToekomst(DateOnly datum, DateTimeOffset nu, string veld)
    {
        // One day of slack: a school in the Netherlands records today's date while UTC may still be yesterday.
        if (datum > Vandaag(nu).AddDays(1))
        {
            yield return Fout.Ongeldig("datum-in-de-toekomst", "Deze datum ligt niet in de toekomst.", veld);
        }
    }
}
