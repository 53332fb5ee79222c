using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

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

            if (wijze == Instemmingswijze.DigitaalInPortaal)
            {
                return new[] { Fout.Ongeldig("ongeldige-wijze-van-instemming", "Alleen de ouder zelf geeft antwoord in het ouderportaal; kies op papier of digitaal.", "wijze") };
            }

            return Beantwoord(versie, gegeven, datum, ouder, wijze, reden, niveau: null, door, nu);
        });

    /// <summary>
    /// The version an ouder sees and may answer on in the portal: a concept only once the school shared it for the
    /// overleg, else the vastgestelde version whose handelingsdeel waits for instemming. Null when nothing waits for them.
    /// </summary>
    public OppVersie? VersieVoorOuders => Concept is { } concept
        ? (concept.GedeeldMetOudersOp is null ? null : concept)
        : WachtOpInstemming ? Geldend : null;

    /// <summary>
    /// The ouder answers in the portal themself, on the handelingsdeel they saw (its <paramref name="vingerafdruk"/>):
    /// the same step and rules as <see cref="LegInstemmingVast"/>, with the way <see cref="Instemmingswijze.DigitaalInPortaal"/>,
    /// today's date, their own account as who recorded it and the assurance level of their sign-in. A text that
    /// changed since they read it is a conflict: they must read it again.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> BeantwoordInstemming(
        string vingerafdruk, bool gegeven, string? reden, Betrouwbaarheidsniveau niveau, Actor ouder, DateTimeOffset nu) =>
        Overgang(OppStap.Instemming, ouder, nu, () =>
        {
            if (VersieVoorOuders is not { } versie)
            {
                return new[] { Fout.Conflict("geen-instemming-gevraagd", "De school vraagt u nu niet om instemming met een plan.") };
            }

            if (!string.Equals(vingerafdruk, versie.Vingerafdruk, StringComparison.OrdinalIgnoreCase))
            {
                return new[] { Fout.Conflict("tekst-gewijzigd", "De school heeft het plan veranderd sinds u het las. Lees het plan opnieuw en geef dan uw antwoord.") };
            }

            return Beantwoord(versie, gegeven, Vandaag(nu), ouder.Naam, Instemmingswijze.DigitaalInPortaal, reden, niveau, ouder, nu);
        });

    /// <summary>The school shares the concept with the ouders for the overleg: from now on they read it in the portal.</summary>
    public Result<Ontwikkelingsperspectiefplan> DeelConceptMetOuders(Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.ConceptDelen, door, nu, () =>
        {
            var concept = Concept!;
            var opnieuw = concept.GedeeldMetOudersOp is not null;
            VervangConcept(concept with { GedeeldMetOudersOp = nu });
            return Stapuitkomst.Gelukt(opnieuw
                ? $"Versie {concept.Nummer}: het concept is opnieuw met de ouders gedeeld."
                : $"Versie {concept.Nummer}: het concept is met de ouders gedeeld voor het overleg.");
        });

    /// <summary>
    /// The school stops sharing the concept (shared by mistake, or not ready after all): from now on the ouders do not
    /// see it in the portal. What they answered or wrote on it stays recorded; the school may share it again.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> StopDelenMetOuders(Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.DelenStoppen, door, nu, () =>
        {
            var concept = Concept!;
            VervangConcept(concept with { GedeeldMetOudersOp = null });
            return Stapuitkomst.Gelukt($"Versie {concept.Nummer}: het concept is niet meer met de ouders gedeeld.");
        });

    /// <summary>The rules of an answer on the handelingsdeel, whoever records it (the school, or the ouder in the portal).</summary>
    private Stapuitkomst Beantwoord(
        OppVersie versie, bool gegeven, DateOnly datum, string? ouder, Instemmingswijze wijze, string? reden, Betrouwbaarheidsniveau? niveau, Actor door, DateTimeOffset nu)
    {
        var fouten = new List<Fout>();
        fouten.AddRange(NietInDeToekomst(datum, nu, "datum"));
        var wie = Tekst.Verplicht(ouder, OppInstemming.MaximaleLengteOuder, "ouder", "ouder-vereist", "Noem de ouder of verzorger die antwoordde.");
        fouten.AddRange(wie.Fouten);
        if (!gegeven && string.IsNullOrWhiteSpace(reden))
        {
            fouten.Add(Fout.Ongeldig("reden-vereist", wijze == Instemmingswijze.DigitaalInPortaal
                ? "Schrijf op waarom u niet instemt met het plan."
                : "Geef de reden die de ouders noemen voor hun weigering.", "reden"));
        }

        var waarom = Tekst.Optioneel(reden, OppInstemming.MaximaleLengteReden, "reden");
        fouten.AddRange(waarom.Fouten);
        if (fouten.Count > 0)
        {
            return fouten;
        }

        var instemming = new OppInstemming(gegeven, datum, wie.Waarde, wijze, waarom.Waarde, versie.Vingerafdruk, door, nu, niveau);
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
    }

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
            // The new concept takes in the ouders' latest view, also one they gave after the vaststelling.
            var inhoud = geldend.Inhoud with { VisieVanOuders = VisieVanOuders ?? geldend.Inhoud.VisieVanOuders };
            _versies = [.. _versies, new OppVersie { Nummer = nummer, Status = Versiestatus.Concept, Inhoud = inhoud, AangemaaktDoor = door, AangemaaktOp = nu }];
            return Stapuitkomst.Gelukt($"Versie {nummer} gemaakt vanuit versie {geldend.Nummer}"
                + (inhoud.VisieVanOuders != geldend.Inhoud.VisieVanOuders ? ", met de nieuwe visie van de ouders." : "."));
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
