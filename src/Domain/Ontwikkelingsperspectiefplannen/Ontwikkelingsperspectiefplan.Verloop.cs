using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>While a version holds: the yearly evaluation, the ROD registration, and the end of the plan.</summary>
public sealed partial class Ontwikkelingsperspectiefplan
{
    /// <summary>
    /// The school records the evaluation with the ouders of the version that holds: per goal (numbered in the order of
    /// the handelingsdeel) whether it was reached, the conclusion, and whether a new version follows. The next
    /// evaluation is due in the next school year.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> Evalueer(
        DateOnly datum, string? deelnemers, IReadOnlyList<Doelresultaat> resultaten, string? conclusie, bool nieuweVersie, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Evaluatie, door, nu, () =>
        {
            var geldend = Geldend!;
            var fouten = new List<Fout>();
            if (datum < EersteVaststelling!.Value)
            {
                fouten.Add(Fout.Ongeldig("evaluatie-voor-vaststelling", $"Een evaluatie valt na de vaststelling ({NederlandseDatum.Tekst(EersteVaststelling.Value)}).", "datum"));
            }

            fouten.AddRange(NietInDeToekomst(datum, nu, "datum"));
            var wie = Tekst.Verplicht(deelnemers, MaximaleLengteKort, "deelnemers", "deelnemers-vereist", "Noem wie er aan de evaluatie deelnamen, ten minste de ouders.");
            var doelen = geldend.Inhoud.Handelingsdeel.Doelen.Select((d, i) => (Nummer: i + 1, d.Omschrijving)).ToDictionary(d => d.Nummer, d => d.Omschrijving);
            var (doelfouten, opgeschoond) = Doelresultaten.Controleer(resultaten, doelen, $"versie {geldend.Nummer} van het OPP");
            var wat = Tekst.Verplicht(conclusie, OppEvaluatie.MaximaleLengte, "conclusie", "conclusie-vereist", "Schrijf de conclusie van de evaluatie op.");
            fouten.AddRange([.. wie.Fouten, .. doelfouten, .. wat.Fouten]);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            _evaluaties = [.. _evaluaties, new OppEvaluatie(Guid.CreateVersion7(nu), datum, geldend.Nummer, wie.Waarde, opgeschoond, wat.Waarde, nieuweVersie, door, nu)];
            LaatstGeevalueerdOp = LaatstGeevalueerdOp is { } eerder && eerder > datum ? eerder : datum;
            EvaluatieUiterlijk = OppTermijnen.VolgendeEvaluatieUiterlijk(LaatstGeevalueerdOp.Value);
            var behaald = opgeschoond.Count(r => r.Behaald);
            return Stapuitkomst.Gelukt(
                $"Versie {geldend.Nummer} geëvalueerd op {NederlandseDatum.Tekst(datum)}: {behaald} van {opgeschoond.Count} doelen behaald"
                + (nieuweVersie ? "; er volgt een nieuwe versie." : "."));
        });

    /// <summary>The school's LAS (or the school) confirms that the OPP's begin- or einddatum is registered in ROD.</summary>
    public Result<Ontwikkelingsperspectiefplan> BevestigRodRegistratie(RodOnderdeel welke, DateOnly geregistreerdOp, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.RodRegistratie, door, nu, () =>
        {
            var teRegistreren = welke == RodOnderdeel.Begindatum ? BegindatumTeRegistreren : EinddatumTeRegistreren;
            if (!teRegistreren)
            {
                return new[] { Fout.Conflict("niets-te-registreren", $"De {RodOnderdeelCodes.Lijst.LabelInZin(welke)} van dit OPP hoeft niet (meer) in ROD geregistreerd te worden.") };
            }

            var datum = welke == RodOnderdeel.Begindatum ? EersteVaststelling!.Value : Einddatum!.Value;
            var fouten = NietInDeToekomst(geregistreerdOp, nu, "geregistreerdOp").ToList();
            if (geregistreerdOp < datum)
            {
                fouten.Add(Fout.Ongeldig("registratie-te-vroeg", $"De registratie valt op of na de {RodOnderdeelCodes.Lijst.LabelInZin(welke)} ({NederlandseDatum.Tekst(datum)}).", "geregistreerdOp"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            if (welke == RodOnderdeel.Begindatum)
            {
                RodBegindatumGeregistreerdOp = geregistreerdOp;
            }
            else
            {
                RodEinddatumGeregistreerdOp = geregistreerdOp;
            }

            RodTeRegistreren = BegindatumTeRegistreren || EinddatumTeRegistreren;
            return Stapuitkomst.Gelukt($"{RodOnderdeelCodes.Lijst.Label(welke)} {NederlandseDatum.Tekst(datum)} geregistreerd in ROD op {NederlandseDatum.Tekst(geregistreerdOp)}.");
        });

    /// <summary>
    /// The school closes the plan: the pupil no longer needs extra support or leaves the school. Its versions stay as
    /// they are; a regular primary school then registers the einddatum in ROD.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> SluitAf(DateOnly einddatum, string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Afsluiting, door, nu, () =>
        {
            var fouten = new List<Fout>();
            if (einddatum < Startdatum)
            {
                fouten.Add(Fout.Ongeldig("einddatum-voor-start", $"De einddatum ligt op of na de startdatum ({NederlandseDatum.Tekst(Startdatum)}).", "einddatum"));
            }

            fouten.AddRange(NietInDeToekomst(einddatum, nu, "einddatum"));
            var waarom = Tekst.Verplicht(reden, MaximaleLengteTekst, "reden", "reden-vereist", "Geef de reden waarom het OPP wordt afgesloten.");
            fouten.AddRange(waarom.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            Einddatum = einddatum;
            RedenAfsluiting = waarom.Waarde;
            WachtOpInstemming = false;
            RodTeRegistreren = BegindatumTeRegistreren || EinddatumTeRegistreren;
            return Stapuitkomst.Gelukt($"Afgesloten per {NederlandseDatum.Tekst(einddatum)}. {waarom.Waarde}");
        });
}
