using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Expertinzet;

/// <summary>
/// The inzet of an expert of the samenwerkingsverband for one named pupil, along the HGW cycle
/// (<see cref="ExpertinzetLevenscyclus"/>). Started only by the school, from a casus of its lokaal netwerk whose
/// outcome was inzet expert; the procesbegeleider links the expert; the expert registers hours against the budget of
/// the plan van aanpak. Every step is recorded in the history; a refused step changes nothing.
/// </summary>
public sealed class Expertinzet : AggregateRoot<Guid>, IGenummerd
{
    /// <summary>From this share of the budget on, every read warns that the budget is nearly used.</summary>
    public const decimal Waarschuwingsgrens = 0.8m;

    private List<Fasenotitie> _notities = [];
    private List<Urenregistratie> _uren = [];
    private List<InzetGebeurtenis> _gebeurtenissen = [];

    private Expertinzet()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Casus = null!;
        GestartDoor = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The pupil's vestiging when the inzet started: the school the expert supports (and whose staff see it).</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>The casus of the lokaal netwerk whose outcome was inzet expert (anonymous; no link back to the pupil there).</summary>
    public Guid CasusId { get; private set; }

    public Expertisegebied Expertisegebied { get; private set; }

    public Casusinformatie Casus { get; private set; }

    /// <summary>The pupil's OPP, which the school starts at this point (routekaart step 4).</summary>
    public Guid? OppId { get; private set; }

    /// <summary>An arrangement of kind inzet expert of the same pupil.</summary>
    public Guid? ArrangementId { get; private set; }

    public ExpertinzetStatus Status { get; private set; }

    /// <summary>The linked expert's account, as a column: the expert sees only the inzetten they are linked to.</summary>
    public Guid? ExpertId { get; private set; }

    public string? ExpertNaam { get; private set; }

    /// <summary>
    /// The betrokkenheid the linking created, which lets the expert see the pupil (need to know) and ends when the
    /// expert is unlinked or the inzet closes. Null when the expert already was betrokkene by another decision: that
    /// access is not the inzet's to end.
    /// </summary>
    public Guid? BetrokkeneId { get; private set; }

    public IReadOnlyList<Fasenotitie> Notities => _notities;

    public Samenvatting? Samenvatting { get; private set; }

    public PlanVanAanpak? Plan { get; private set; }

    /// <summary>The plan's budget as a column: the list shows hours against it.</summary>
    public decimal? UrenBudget { get; private set; }

    public IReadOnlyList<Urenregistratie> Uren => _uren;

    /// <summary>The hours that count (not withdrawn), as a column for the list and the portfolio's figures.</summary>
    public decimal UrenGebruikt { get; private set; }

    public Afsluiting? Afsluiting { get; private set; }

    public IReadOnlyList<InzetGebeurtenis> Gebeurtenissen => _gebeurtenissen;

    /// <summary>The subject of the school's staff member who started it.</summary>
    public string GestartDoor { get; private set; }

    public DateTimeOffset GestartOp { get; private set; }

    public DateOnly Aanmaakdatum { get; private set; }

    /// <summary>
    /// By when the current phase should be done, the samenwerkingsverband's target (<see cref="ExpertinzetLevenscyclus.Streefdatum"/>)
    /// and the deadline of the inzet's werkvoorraad lines; a column, so the werkvoorraad is paged in SQL. Null once closed.
    /// </summary>
    public DateOnly? FaseStreefdatum { get; private set; }

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Whether the hours used reached the warning share of the budget.</summary>
    public bool UrenBijnaOp => UrenBudget is { } budget && budget > 0 && UrenGebruikt >= budget * Waarschuwingsgrens;

    /// <summary>The school starts an inzet for a pupil of its own vestiging (the caller's scope is checked by the store).</summary>
    public static Expertinzet Start(
        Leerling leerling, Guid casusId, Expertisegebied expertisegebied, Casusinformatie casus, Guid? oppId, Guid? arrangementId, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(casus);
        ArgumentNullException.ThrowIfNull(door);
        var inzet = new Expertinzet
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            Vestiging = leerling.Vestiging,
            CasusId = casusId,
            Expertisegebied = expertisegebied,
            Casus = casus,
            OppId = oppId,
            ArrangementId = arrangementId,
            Status = ExpertinzetStatus.WachtOpExpert,
            GestartDoor = door.Id,
            GestartOp = nu,
            Aanmaakdatum = NederlandseDatum.Van(nu),
            FaseStreefdatum = ExpertinzetLevenscyclus.Streefdatum(ExpertinzetStatus.WachtOpExpert, NederlandseDatum.Van(nu), null),
        };
        inzet.Leg(nu, door, InzetGebeurtenis.Aangemaakt, ExpertisegebiedCodes.Lijst.Label(expertisegebied), new ExpertinzetAangemaakt(inzet.Id, inzet.Samenwerkingsverband, inzet.Status, nu));
        return inzet;
    }

    /// <summary>An active expert account of the same samenwerkingsverband; <paramref name="betrokkeneId"/> as on <see cref="BetrokkeneId"/>.</summary>
    public Result<Expertinzet> Koppel(Gebruiker expert, Guid? betrokkeneId, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Koppeling, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(expert);
            if (KanNietGekoppeldWorden(expert) is { } fout)
            {
                return new[] { fout };
            }

            ExpertId = expert.Id.Waarde;
            ExpertNaam = expert.Naam;
            BetrokkeneId = betrokkeneId;
            return Stapuitkomst.Gelukt(expert.Naam);
        });

    /// <summary>Why this account cannot be linked, or null.</summary>
    public Fout? KanNietGekoppeldWorden(Gebruiker expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        if (expert.Rol != Rol.Expert || expert.Samenwerkingsverband != Samenwerkingsverband)
        {
            return Fout.RegelGeschonden("geen-expert", "Kies een expert van het samenwerkingsverband.", "expertId");
        }

        return expert.Actief ? null : Fout.RegelGeschonden("expert-gedeactiveerd", "Het account van deze expert is gedeactiveerd.", "expertId");
    }

    /// <summary>The expert is unlinked; the hours they registered stay. The caller ends the betrokkenheid (<see cref="BetrokkeneId"/> before the step).</summary>
    public Result<Expertinzet> Ontkoppel(string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Ontkoppeling, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(reden, Fasenotitie.MaximaleLengte, "reden", "reden-vereist", "Geef de reden van het ontkoppelen.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            var naam = ExpertNaam;
            ExpertId = null;
            ExpertNaam = null;
            BetrokkeneId = null;
            return Stapuitkomst.Gelukt($"{naam}: {tekst.Waarde}");
        });

    /// <summary>A phase step of the HGW cycle (waarnemen, begrijpen, plannen, realiseren, evaluatie).</summary>
    public Result<Expertinzet> NaarFase(ExpertinzetStap stap, Actor door, DateTimeOffset nu)
    {
        if (stap is not (ExpertinzetStap.Waarnemen or ExpertinzetStap.Begrijpen or ExpertinzetStap.Plannen or ExpertinzetStap.Realiseren or ExpertinzetStap.Evaluatie))
        {
            throw new ArgumentOutOfRangeException(nameof(stap), stap, "Not a phase step.");
        }

        return Overgang(stap, door, nu, () => Stapuitkomst.Gelukt(ExpertinzetStatusCodes.Lijst.Label(ExpertinzetLevenscyclus.Tabel[stap].Naar!.Value)));
    }

    public Result<Expertinzet> DeelSamenvatting(string? conclusies, string? aanbevelingen, bool diagnostiek, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Samenvatting, door, nu, () =>
        {
            var c = Tekst.Verplicht(conclusies, Samenvatting.MaximaleLengte, "conclusies", "conclusies-vereist", "Schrijf de conclusies op.");
            var a = Tekst.Verplicht(aanbevelingen, Samenvatting.MaximaleLengte, "aanbevelingen", "aanbevelingen-vereist", "Schrijf de praktische aanbevelingen op.");
            var fouten = c.Fouten.Concat(a.Fouten).ToList();
            if (fouten.Count > 0)
            {
                return fouten;
            }

            Samenvatting = new Samenvatting(c.Waarde, a.Waarde, diagnostiek, door, nu);
            return Stapuitkomst.Gelukt(diagnostiek ? "Met handelingsgerichte diagnostiek." : null);
        });

    /// <summary>
    /// Lays down or adjusts the plan. The budget is never below the hours already used; once a budget is set, the
    /// expert (<paramref name="doorExpert"/>) may not change it: the school or the SWV raises it.
    /// </summary>
    public Result<Expertinzet> LegPlanVast(
        IReadOnlyList<string?> doelen, IReadOnlyList<Interventie> interventies, decimal urenBudget, bool doorExpert, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Plan, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(doelen);
            ArgumentNullException.ThrowIfNull(interventies);
            var fouten = ControleerPlan(doelen, interventies, urenBudget).ToList();
            if (fouten.Count > 0)
            {
                return fouten;
            }

            var regels = new List<Fout>();
            if (urenBudget < UrenGebruikt)
            {
                regels.Add(Fout.RegelGeschonden("budget-onder-gebruik", $"Er zijn al {Uurtekst(UrenGebruikt)} gebruikt; het budget kan niet lager zijn.", "urenBudget"));
            }

            if (doorExpert && UrenBudget is { } huidig && urenBudget != huidig)
            {
                regels.Add(Fout.RegelGeschonden("budget-door-school", "Het urenbudget is vastgesteld; alleen de school of het samenwerkingsverband past het aan.", "urenBudget"));
            }

            if (regels.Count > 0)
            {
                return regels;
            }

            Plan = new PlanVanAanpak([.. doelen.Select(d => d!.Trim())], interventies, urenBudget, door, nu);
            UrenBudget = urenBudget;
            return Stapuitkomst.Gelukt($"Urenbudget {Uurtekst(urenBudget)}.");
        });

    /// <summary>Every problem with a plan's input at once; also used by the validator.</summary>
    public static IReadOnlyList<Fout> ControleerPlan(IReadOnlyList<string?> doelen, IReadOnlyList<Interventie> interventies, decimal? urenBudget)
    {
        ArgumentNullException.ThrowIfNull(doelen);
        ArgumentNullException.ThrowIfNull(interventies);
        var fouten = new List<Fout>();
        if (doelen.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("doel-vereist", "Een plan van aanpak heeft minstens één toetsbaar doel.", "doelen"));
        }
        else if (doelen.Count > PlanVanAanpak.MaximumDoelen)
        {
            fouten.Add(Fout.Ongeldig("te-veel-doelen", $"Hoogstens {PlanVanAanpak.MaximumDoelen} doelen.", "doelen"));
        }

        for (var i = 0; i < doelen.Count; i++)
        {
            fouten.AddRange(Tekst.Verplicht(doelen[i], PlanVanAanpak.MaximaleLengteDoel, $"doelen[{i}]", "doel-vereist", "Beschrijf het doel.").Fouten);
        }

        if (interventies.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("interventie-vereist", "Een plan van aanpak heeft minstens één interventie.", "interventies"));
        }
        else if (interventies.Count > PlanVanAanpak.MaximumInterventies)
        {
            fouten.Add(Fout.Ongeldig("te-veel-interventies", $"Hoogstens {PlanVanAanpak.MaximumInterventies} interventies.", "interventies"));
        }

        for (var i = 0; i < interventies.Count; i++)
        {
            var interventie = interventies[i];
            fouten.AddRange(Tekst.Verplicht(interventie.Omschrijving, Interventie.MaximaleLengteOmschrijving, $"interventies[{i}].omschrijving", "interventie-vereist", "Beschrijf de interventie.").Fouten);
            fouten.AddRange(Tekst.Verplicht(interventie.Wie, Interventie.MaximaleLengteWie, $"interventies[{i}].wie", "wie-vereist", "Noem wie de interventie uitvoert.").Fouten);
            if (interventie.Tot < interventie.Van)
            {
                fouten.Add(Fout.Ongeldig("omgekeerde-periode", "De einddatum ligt voor de begindatum.", $"interventies[{i}].tot"));
            }
        }

        if (urenBudget is null)
        {
            fouten.Add(Fout.Ongeldig("urenbudget-vereist", "Geef het aantal uren van de expert.", "urenBudget"));
        }
        else if (urenBudget <= 0 || urenBudget > PlanVanAanpak.MaximumUren)
        {
            fouten.Add(Fout.Ongeldig("ongeldig-urenbudget", $"Het urenbudget ligt tussen 0 en {PlanVanAanpak.MaximumUren:0} uur.", "urenBudget"));
        }
        else if (!InKwartieren(urenBudget.Value))
        {
            fouten.Add(Fout.Ongeldig("geen-kwartieren", "Geef uren in kwartieren, zoals 1,25 of 2,5.", "urenBudget"));
        }

        return fouten;
    }

    public Result<Expertinzet> VoegNotitieToe(string? tekst, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Notitie, door, nu, () =>
        {
            var geldig = Tekst.Verplicht(tekst, Fasenotitie.MaximaleLengte, "tekst", "tekst-vereist", "Schrijf de notitie op.");
            if (!geldig.IsGelukt)
            {
                return new(geldig.Fouten, null);
            }

            _notities = [.. _notities, new Fasenotitie(Guid.CreateVersion7(nu), Status, geldig.Waarde, door, nu)];
            return Stapuitkomst.Gelukt(ExpertinzetStatusCodes.Lijst.Label(Status));
        });

    /// <summary>
    /// The linked expert registers hours. Before there is a plan van aanpak there is no budget to check against; once
    /// there is, a registration that would take the total over the budget is refused (409) until the plan raises it.
    /// </summary>
    public Result<Expertinzet> RegistreerUren(DateOnly datum, decimal uren, Uractiviteit activiteit, string? notitie, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Urenregistratie, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(door);
            if (!IsGekoppeldeExpert(door))
            {
                return new[] { Fout.Conflict("niet-gekoppeld", "Alleen de gekoppelde expert registreert uren bij deze inzet.") };
            }

            var fouten = ControleerUren(datum, uren, notitie, NederlandseDatum.Van(nu)).ToList();
            if (datum < Aanmaakdatum)
            {
                fouten.Add(Fout.Ongeldig("datum-voor-start", $"De inzet is gestart op {NederlandseDatum.Tekst(Aanmaakdatum)}; registreer geen uren van eerder.", "datum"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            if (UrenBudget is { } budget && UrenGebruikt + uren > budget)
            {
                return new[]
                {
                    Fout.Conflict(
                        "budget-overschreden",
                        $"Met deze {Uurtekst(uren)} komt de inzet op {Uurtekst(UrenGebruikt + uren)}, boven het budget van {Uurtekst(budget)}. " +
                        "Vraag de school of de procesbegeleider eerst het budget in het plan van aanpak te verhogen."),
                };
            }

            var schoon = string.IsNullOrWhiteSpace(notitie) ? null : notitie.Trim();
            _uren = [.. _uren, new Urenregistratie(Guid.CreateVersion7(nu), datum, uren, activiteit, schoon, door, nu)];
            UrenGebruikt += uren;
            return Stapuitkomst.Gelukt($"{Uurtekst(uren)} {UractiviteitCodes.Lijst.LabelInZin(activiteit)} op {NederlandseDatum.Tekst(datum)}.");
        });

    /// <summary>Every problem with the input of a registration at once; also used by the validator.</summary>
    public static IReadOnlyList<Fout> ControleerUren(DateOnly? datum, decimal? uren, string? notitie, DateOnly vandaag)
    {
        var fouten = new List<Fout>();
        if (datum is null)
        {
            fouten.Add(Fout.Ongeldig("datum-vereist", "Geef de datum waarop u werkte.", "datum"));
        }
        else if (datum > vandaag)
        {
            fouten.Add(Fout.Ongeldig("datum-in-toekomst", "Registreer geen uren voor een dag die nog moet komen.", "datum"));
        }

        if (uren is null)
        {
            fouten.Add(Fout.Ongeldig("uren-vereist", "Geef het aantal uren.", "uren"));
        }
        else if (uren <= 0 || uren > Urenregistratie.MaximumPerRegistratie)
        {
            fouten.Add(Fout.Ongeldig("ongeldige-uren", $"Het aantal uren ligt boven 0 en is hoogstens {Urenregistratie.MaximumPerRegistratie:0}.", "uren"));
        }
        else if (!InKwartieren(uren.Value))
        {
            fouten.Add(Fout.Ongeldig("geen-kwartieren", "Geef uren in kwartieren, zoals 0,75 of 1,5.", "uren"));
        }

        if (notitie is { Length: > Urenregistratie.MaximaleLengteNotitie })
        {
            fouten.Add(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {Urenregistratie.MaximaleLengteNotitie} tekens.", "notitie"));
        }

        return fouten;
    }

    /// <summary>The expert withdraws their own registration while the inzet is open; it stays in the list, marked.</summary>
    public Result<Expertinzet> TrekUrenIn(Guid registratieId, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Urenintrekking, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(door);
            var registratie = _uren.FirstOrDefault(u => u.Id == registratieId);
            if (registratie is null)
            {
                return new[] { Fout.Conflict("registratie-onbekend", $"Deze inzet heeft geen urenregistratie {registratieId}.") };
            }

            if (registratie.Door.Id != door.Id)
            {
                return new[] { Fout.Conflict("niet-eigen-registratie", "U kunt alleen uw eigen urenregistraties intrekken.") };
            }

            if (!registratie.Telt)
            {
                return new[] { Fout.Conflict("al-ingetrokken", "Deze urenregistratie is al ingetrokken.") };
            }

            _uren = [.. _uren.Select(u => u.Id == registratieId ? u with { IngetrokkenOp = nu, IngetrokkenDoor = door } : u)];
            UrenGebruikt -= registratie.Uren;
            return Stapuitkomst.Gelukt($"{Uurtekst(registratie.Uren)} op {NederlandseDatum.Tekst(registratie.Datum)}.");
        });

    /// <summary>
    /// Closes the inzet. Doelen behaald needs the expert's advice for the school (shared in the netwerk); verwezen
    /// names the partner; terug naar het netwerk needs no more. The caller ends the betrokkenheid.
    /// </summary>
    public Result<Expertinzet> SluitAf(Inzetresultaat resultaat, Verwijzing? verwijzing, string? advies, string? toelichting, Actor door, DateTimeOffset nu) =>
        Overgang(ExpertinzetStap.Afsluiting, door, nu, () =>
        {
            var fouten = ControleerAfsluiting(resultaat, verwijzing, advies, toelichting).ToList();
            if (fouten.Count > 0)
            {
                return fouten;
            }

            Afsluiting = new Afsluiting(
                resultaat, resultaat == Inzetresultaat.Verwezen ? verwijzing : null, string.IsNullOrWhiteSpace(advies) ? null : advies.Trim(),
                string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim(), door, nu);
            var label = InzetresultaatCodes.Lijst.Label(resultaat);
            return Stapuitkomst.Gelukt(Afsluiting.Verwijzing is { } naar ? $"{label}: {VerwijzingCodes.Lijst.Label(naar)}." : $"{label}.");
        });

    public static IReadOnlyList<Fout> ControleerAfsluiting(Inzetresultaat resultaat, Verwijzing? verwijzing, string? advies, string? toelichting)
    {
        var fouten = new List<Fout>();
        if (resultaat == Inzetresultaat.DoelenBehaald)
        {
            fouten.AddRange(Tekst.Verplicht(advies, Afsluiting.MaximaleLengte, "advies", "advies-vereist", "Schrijf het advies van de expert voor de school op.").Fouten);
        }
        else if (advies is { Length: > Afsluiting.MaximaleLengte })
        {
            fouten.Add(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {Afsluiting.MaximaleLengte} tekens.", "advies"));
        }

        if (resultaat == Inzetresultaat.Verwezen && verwijzing is null)
        {
            fouten.Add(Fout.Ongeldig("verwijzing-vereist", "Kies naar wie de leerling is verwezen: " + VerwijzingCodes.Lijst.KiesUitDeLijst(), "verwijzing"));
        }
        else if (resultaat != Inzetresultaat.Verwezen && verwijzing is not null)
        {
            fouten.Add(Fout.Ongeldig("verwijzing-alleen-bij-verwezen", "Noem alleen een verwijzing als het resultaat 'verwezen' is.", "verwijzing"));
        }

        if (toelichting is { Length: > Afsluiting.MaximaleLengte })
        {
            fouten.Add(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {Afsluiting.MaximaleLengte} tekens.", "toelichting"));
        }

        return fouten;
    }

    public bool IsGekoppeldeExpert(Actor actor) => actor is not null && ExpertId is { } id && actor.Id == id.ToString();

    public static bool InKwartieren(decimal uren) => decimal.Remainder(uren * 4, 1m) == 0m;

    /// <summary>"1,75 uur", as a Dutch reader writes hours.</summary>
    public static string Uurtekst(decimal uren) =>
        uren.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " uur";

    private Result<Expertinzet> Overgang(ExpertinzetStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        ExpertinzetLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;

            // A new phase has a target of its own; in realiseren it is the end of the plan, which a new plan may move.
            if (rij.Naar is not null || Status == ExpertinzetStatus.Realiseren)
            {
                FaseStreefdatum = ExpertinzetLevenscyclus.Streefdatum(Status, NederlandseDatum.Van(nu), Plan);
            }

            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new InzetGebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(melding);
    }
}
