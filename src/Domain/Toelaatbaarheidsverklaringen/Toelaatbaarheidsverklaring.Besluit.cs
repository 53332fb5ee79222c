using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>The decision, its bekendmaking, the withdrawal of a request, the enrolment and the herindicatie.</summary>
public sealed partial class Toelaatbaarheidsverklaring
{
    /// <summary>
    /// The commissie van toewijzing decides, only after both advices (the table's condition). Without an einddatum the
    /// TLV runs the SWV's usual duration for its soort (<paramref name="beleid"/>, in force on the besluitdatum); another
    /// einddatum needs a reason. A decision that departs from an advice says why.
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> Beslis(Besluitvoorstel voorstel, Beleidswaarden beleid, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Besluit, door, nu, () =>
        {
            var besluit = LeesBesluit(voorstel, beleid, door, nu, out var fouten);
            if (besluit is null)
            {
                return fouten;
            }

            NeemBesluitOver(besluit, beleid);
            return Stapuitkomst.Gelukt($"{besluit.Beschikkingsnummer}: {(besluit.Toelaatbaar ? "toelaatbaar" : "niet toelaatbaar")}. {besluit.Motivering}");
        });

    /// <summary>The usual end of a TLV of this soort from this date: the end of the school year the duration's last year is.</summary>
    public static DateOnly? GebruikelijkeEinddatum(SoortToelaatbaarheid soort, DateOnly ingangsdatum, Tlvduur duur)
    {
        ArgumentNullException.ThrowIfNull(duur);
        int? jaren = soort switch
        {
            SoortToelaatbaarheid.Sbo => duur.Sbo,
            SoortToelaatbaarheid.So => duur.So,
            SoortToelaatbaarheid.Vso => duur.Vso,
            SoortToelaatbaarheid.Pro => duur.Pro,
            _ => throw new ArgumentOutOfRangeException(nameof(soort)),
        };
        return jaren is { } n ? Schooljaar.Van(Schooljaar.Op(ingangsdatum).Beginjaar + n - 1).Einddatum : null;
    }

    /// <summary>The decision is sent to the ouders and the school; the bezwaar term runs from this day.</summary>
    public Result<Toelaatbaarheidsverklaring> MaakBekend(DateOnly op, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Bekendmaking, door, nu, () =>
        {
            if (op < Besluit!.Besluitdatum || op > NederlandseDatum.Van(nu).AddDays(1))
            {
                return new[] { Fout.Ongeldig("ongeldige-bekendmaking", $"De bekendmaking ligt tussen de besluitdatum ({NederlandseDatum.Tekst(Besluit.Besluitdatum)}) en vandaag.", "bekendgemaaktOp") };
            }

            BekendgemaaktOp = op;
            EindeBezwaartermijn = TlvTermijnen.EindeBezwaartermijn(op);
            return Stapuitkomst.Gelukt($"Bekendgemaakt op {NederlandseDatum.Tekst(op)}; bezwaar kan tot en met {NederlandseDatum.Tekst(EindeBezwaartermijn.Value)}.");
        });

    /// <summary>The school or the SWV withdraws a request before the decision; the reason stays in the history.</summary>
    public Result<Toelaatbaarheidsverklaring> TrekIn(string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Intrekking, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(reden, Onderbouwing.MaximaleLengte, "reden", "reden-vereist", "Geef de reden waarom de aanvraag wordt ingetrokken.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            RedenIntrekking = tekst.Waarde;
            return Stapuitkomst.Gelukt(tekst.Waarde);
        });

    /// <summary>The receiving school confirms it enrolled the pupil on this TLV, from a day within its period.</summary>
    public Result<Toelaatbaarheidsverklaring> BevestigInschrijving(DateOnly op, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Inschrijving, door, nu, () =>
        {
            // A school enrols ahead of the start too (in spring for August): the date is the first school day on it.
            if (op < Ingangsdatum || op > Einddatum)
            {
                return new[] { Fout.Ongeldig("inschrijving-buiten-periode", $"De inschrijving valt in de looptijd van de toelaatbaarheidsverklaring ({Periode()}).", "ingeschrevenOp") };
            }

            IngeschrevenOp = op;
            return Stapuitkomst.Gelukt($"Ingeschreven op {NederlandseDatum.Tekst(op)} bij {BeoogdeSchool.Naam}.");
        });

    /// <summary>A new request renews this TLV (herindicatie): recorded here, once, so the signal stops.</summary>
    public Result<Toelaatbaarheidsverklaring> StartHerindicatie(Guid nieuweAanvraag, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Herindicatie, door, nu, () =>
        {
            OpgevolgdDoorId = nieuweAanvraag;
            return Stapuitkomst.Gelukt();
        });

    /// <summary>The request of a herindicatie, prefilled from this TLV: same pupil, soort, categorie and school, starting the day after it ends.</summary>
    public TlvAanvraag Herindicatieaanvraag() => new(
        Soort,
        Categorie,
        BeoogdeSchool,
        Einddatum?.AddDays(1) ?? GevraagdeIngangsdatum,
        null,
        Onderbouwing.Onderwijsbehoeften,
        Onderbouwing.Basisondersteuning,
        Onderbouwing.ExtraOndersteuning,
        Onderbouwing.Arrangementen,
        Onderbouwing.VisieOuders,
        Onderbouwing.VisieLeerling);

    public string Periode() =>
        (Ingangsdatum, Einddatum) switch
        {
            ({ } van, { } tot) => $"{NederlandseDatum.Tekst(van)} tot en met {NederlandseDatum.Tekst(tot)}",
            ({ } van, null) => $"vanaf {NederlandseDatum.Tekst(van)}",
            _ => "geen periode",
        };

    private TlvBesluit? LeesBesluit(Besluitvoorstel voorstel, Beleidswaarden beleid, Actor door, DateTimeOffset nu, out List<Fout> fouten)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        ArgumentNullException.ThrowIfNull(beleid);
        fouten = [];
        var nummer = Tekst.Verplicht(voorstel.Beschikkingsnummer, TlvBesluit.MaximaleLengteBeschikkingsnummer, "beschikkingsnummer", "beschikkingsnummer-vereist", "Geef het beschikkingsnummer van het besluit.");
        var motivering = Tekst.Verplicht(voorstel.Motivering, TlvBesluit.MaximaleLengteMotivering, "motivering", "motivering-vereist", "Motiveer het besluit.");
        fouten.AddRange(nummer.Fouten.Concat(motivering.Fouten));
        if (voorstel.Besluitdatum < NederlandseDatum.Van(AangevraagdOp) || voorstel.Besluitdatum > NederlandseDatum.Van(nu).AddDays(1))
        {
            fouten.Add(Fout.Ongeldig("ongeldige-besluitdatum", "De besluitdatum ligt tussen de aanvraag en vandaag.", "besluitdatum"));
        }

        if (voorstel.Toelaatbaar is not { } toelaatbaar)
        {
            fouten.Add(Fout.Ongeldig("besluit-vereist", "Kies toelaatbaar of niet toelaatbaar.", "toelaatbaar"));
            return null;
        }

        var periode = toelaatbaar ? LeesPeriode(voorstel, beleid, fouten) : null;
        var afwijking = Tekst.Optioneel(voorstel.AfwijkingVanAdvies, TlvBesluit.MaximaleLengteMotivering, "afwijkingVanAdvies");
        fouten.AddRange(afwijking.Fouten);
        // Only a decision that is otherwise whole can be compared with the advices.
        var afwijkend = toelaatbaar && periode is null ? [] : Adviezen.Where(a => a.Toelaatbaar != toelaatbaar || (toelaatbaar && (a.Soort != voorstel.Soort || a.Categorie != voorstel.Categorie))).ToList();
        if (afwijking.IsGelukt && afwijking.Waarde is null && afwijkend.Count > 0)
        {
            var wie = Opsomming.Of([.. afwijkend.Select(a => $"de {AdviesplekCodes.Lijst.LabelInZin(a.Plek)} ({a.Naam})")]);
            fouten.Add(Fout.Ongeldig("afwijking-motiveren", $"Het besluit wijkt af van het advies van {wie}; leg uit waarom.", "afwijkingVanAdvies"));
        }

        if (fouten.Count > 0)
        {
            return null;
        }

        return new TlvBesluit(
            toelaatbaar,
            toelaatbaar ? voorstel.Soort : null,
            toelaatbaar ? voorstel.Categorie : null,
            periode?.Ingang,
            periode?.Einde,
            periode?.Reden,
            nummer.Waarde,
            voorstel.Besluitdatum,
            motivering.Waarde,
            afwijking.Waarde,
            door,
            nu);
    }

    private (DateOnly Ingang, DateOnly? Einde, string? Reden)? LeesPeriode(Besluitvoorstel voorstel, Beleidswaarden beleid, List<Fout> fouten)
    {
        var aantal = fouten.Count;
        if (voorstel.Soort is not { } soort)
        {
            fouten.Add(Fout.Ongeldig("soort-vereist", "Kies de soort onderwijs waarvoor de leerling toelaatbaar is.", "soort"));
            return null;
        }

        if (soort == SoortToelaatbaarheid.Pro && SectorCodes.Van(Samenwerkingsverband) != Sector.Vo)
        {
            fouten.Add(Fout.Ongeldig("pro-alleen-vo", "Een toelaatbaarheidsverklaring voor praktijkonderwijs geeft alleen een VO-samenwerkingsverband af.", "soort"));
        }

        if (voorstel.Categorie is not { } categorie)
        {
            fouten.Add(Fout.Ongeldig("categorie-vereist", "Kies de bekostigingscategorie.", "categorie"));
        }
        else if (BekostigingscategorieCodes.PastNietBij(soort, categorie, "categorie") is { } fout)
        {
            fouten.Add(fout);
        }

        if (voorstel.Ingangsdatum is not { } ingang)
        {
            fouten.Add(Fout.Ongeldig("ingangsdatum-vereist", "Geef de ingangsdatum van de toelaatbaarheidsverklaring.", "ingangsdatum"));
            return null;
        }

        var gebruikelijk = GebruikelijkeEinddatum(soort, ingang, beleid.Tlvduur);
        var einde = voorstel.Einddatum ?? gebruikelijk;
        var reden = Tekst.Optioneel(voorstel.RedenAfwijkendeDuur, TlvBesluit.MaximaleLengteMotivering, "redenAfwijkendeDuur");
        fouten.AddRange(reden.Fouten);
        if (einde < ingang)
        {
            fouten.Add(Fout.Ongeldig("omgekeerde-periode", "De einddatum ligt voor de ingangsdatum.", "einddatum"));
        }
        else if (einde != gebruikelijk && reden.IsGelukt && reden.Waarde is null)
        {
            fouten.Add(Fout.Ongeldig(
                "afwijkende-duur-motiveren",
                gebruikelijk is { } g
                    ? $"De gebruikelijke einddatum is {NederlandseDatum.Tekst(g)}; leg uit waarom deze toelaatbaarheidsverklaring anders loopt."
                    : "Leg uit waarom deze toelaatbaarheidsverklaring een einddatum krijgt.",
                "redenAfwijkendeDuur"));
        }

        return fouten.Count > aantal ? null : (ingang, einde, einde == gebruikelijk ? null : reden.Waarde);
    }

    private void NeemBesluitOver(TlvBesluit besluit, Beleidswaarden beleid)
    {
        Besluit = besluit;
        if (besluit is { Soort: { } soort, Categorie: { } categorie })
        {
            // From now on the TLV is for what was decided; the request's own choice stays in the history.
            Soort = soort;
            Categorie = categorie;
        }

        Beschikkingsnummer = besluit.Beschikkingsnummer;
        Toelaatbaar = besluit.Toelaatbaar;
        Ingangsdatum = besluit.Ingangsdatum;
        Einddatum = besluit.Einddatum;
        HerindicatieVanaf = besluit.Einddatum?.AddDays(-7 * beleid.HerindicatiesignaalWeken);
    }

    /// <summary>
    /// Takes a step of the lifecycle table: only from an allowed status and condition, then the step's own checks,
    /// which check everything before they change anything, so a refused step leaves the TLV exactly as it was.
    /// </summary>
    private Result<Toelaatbaarheidsverklaring> Overgang(TlvStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        TlvLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, Common.IDomainEvent gebeurtenis)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(gebeurtenis);
    }
}
