using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>
/// A schoolbestuur's verantwoording of one <see cref="Middelentoekenning"/>, afterwards, per calendar year (seed 004):
/// lines at school and group level (goal, interventions, money used, results) and lines at pupil level that refer to
/// the pupil's OPP and its evaluated plan van aanpak instead of repeating it. Only a concept changes; the steps
/// follow <see cref="VerantwoordingLevenscyclus"/>. The money used is compared with the grant by whoever shows it:
/// using more is allowed (a bestuur may add its own money), but shown with a warning.
/// </summary>
public sealed class Verantwoording : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteTekst = 4000;
    public const int MaximaleLengteGroep = 40;
    public const int MaximumRegels = 200;

    private List<Gebeurtenis> _gebeurtenissen = [];
    private List<Verantwoordingsregel> _regels = [];
    private List<Leerlingregel> _leerlingregels = [];

    private Verantwoording()
    {
        Samenwerkingsverband = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid ToekenningId { get; private set; }

    public Guid SchoolbestuurId { get; private set; }

    public int Jaar { get; private set; }

    public VerantwoordingStatus Status { get; private set; }

    public IReadOnlyList<Verantwoordingsregel> Regels => _regels;

    public IReadOnlyList<Leerlingregel> Leerlingregels => _leerlingregels;

    public DateOnly? IngediendOp { get; private set; }

    /// <summary>The date of the bestuursgesprek in which it was discussed.</summary>
    public DateOnly? BesprokenOp { get; private set; }

    public string? Bespreeknotitie { get; private set; }

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Money used on all lines together.</summary>
    public decimal Besteed => _regels.Sum(r => r.Besteed) + _leerlingregels.Sum(r => r.Besteed);

    /// <summary>
    /// Starts the verantwoording of <paramref name="toekenning"/> as a concept. <paramref name="vestigingenVanBestuur"/>
    /// are the bestuur's schools; a pupil line's OPP was looked up by the caller (<see cref="OppVerwijzing"/>).
    /// </summary>
    public static Result<Verantwoording> Start(
        Middelentoekenning toekenning, Verantwoordingsinhoud inhoud, IReadOnlyCollection<VestigingCode> vestigingenVanBestuur, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        var fouten = Controleer(inhoud, vestigingenVanBestuur);
        if (fouten.Count > 0)
        {
            return Result<Verantwoording>.Mislukt(fouten);
        }

        var verantwoording = new Verantwoording
        {
            Id = Guid.CreateVersion7(),
            Samenwerkingsverband = toekenning.Samenwerkingsverband,
            ToekenningId = toekenning.Id,
            SchoolbestuurId = toekenning.SchoolbestuurId,
            Jaar = toekenning.Jaar,
            Status = VerantwoordingStatus.Concept,
        };
        verantwoording.Neem(inhoud, door, nu, MiddelenGebeurtenis.Gestart);
        return verantwoording;
    }

    /// <summary>Replaces every line; only a concept changes (a submitted one first goes back for correction).</summary>
    public Result<Verantwoording> WerkBij(Verantwoordingsinhoud inhoud, IReadOnlyCollection<VestigingCode> vestigingenVanBestuur, Actor door, DateTimeOffset nu)
    {
        if (Status != VerantwoordingStatus.Concept)
        {
            return Fout.Conflict(
                "verantwoording-niet-in-concept",
                $"Een verantwoording met de status '{VerantwoordingStatusCodes.Lijst.LabelInZin(Status)}' kunt u niet meer wijzigen; dat kan alleen bij een concept.");
        }

        var fouten = Controleer(inhoud, vestigingenVanBestuur);
        if (fouten.Count > 0)
        {
            return Result<Verantwoording>.Mislukt(fouten);
        }

        Neem(inhoud, door, nu, MiddelenGebeurtenis.Bijgewerkt);
        return this;
    }

    /// <summary>Submits the concept, once the calendar year is over and every line says what it achieved.</summary>
    public Result<Verantwoording> DienIn(DateOnly vandaag, Actor door, DateTimeOffset nu) =>
        Overgang(VerantwoordingStap.Indiening, door, nu, () =>
        {
            var fouten = new List<Fout>();
            if (vandaag.Year <= Jaar)
            {
                fouten.Add(Fout.Conflict("jaar-niet-voorbij", $"U dient de verantwoording over {Jaar} in na afloop van dat jaar, vanaf 1 januari {Jaar + 1}."));
            }

            if (_regels.Any(r => r.Resultaten is null))
            {
                fouten.Add(Fout.Conflict("resultaten-vereist", "Schrijf bij elke regel op school- of groepsniveau de resultaten voordat u indient."));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            IngediendOp = NederlandseDatum.Van(nu);
            return Stapuitkomst.Gelukt();
        });

    /// <summary>Sends the submitted verantwoording back to the bestuur for correction, with the reason.</summary>
    public Result<Verantwoording> StuurTerug(string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(VerantwoordingStap.Terugsturing, door, nu, () =>
        {
            var gelezen = Tekst.Verplicht(reden, MaximaleLengteTekst, "reden", "reden-vereist", "Schrijf waarom de verantwoording terug gaat en wat het bestuur moet corrigeren.");
            if (!gelezen.IsGelukt)
            {
                return gelezen.Fouten.ToArray();
            }

            IngediendOp = null;
            return Stapuitkomst.Gelukt(gelezen.Waarde);
        });

    /// <summary>Records that the verantwoording was discussed in the bestuursgesprek on <paramref name="datum"/>.</summary>
    public Result<Verantwoording> LegBesprekingVast(DateOnly? datum, string? notitie, DateOnly vandaag, Actor door, DateTimeOffset nu) =>
        Overgang(VerantwoordingStap.Bespreking, door, nu, () =>
        {
            var fouten = new List<Fout>();
            if (datum is not { } dag)
            {
                fouten.Add(Fout.Ongeldig("datum-vereist", "Geef de datum van het bestuursgesprek.", "datum"));
            }
            else if (dag > vandaag)
            {
                fouten.Add(Fout.Ongeldig("datum-in-toekomst", "Het bestuursgesprek moet al hebben plaatsgevonden; de datum ligt in de toekomst.", "datum"));
            }
            else if (IngediendOp is { } ingediend && dag < ingediend)
            {
                fouten.Add(Fout.Ongeldig("datum-voor-indiening", $"Het bestuursgesprek kan niet vóór de indiening op {NederlandseDatum.Tekst(ingediend)} zijn.", "datum"));
            }

            var gelezen = Tekst.Verplicht(notitie, MaximaleLengteTekst, "notitie", "notitie-vereist", "Schrijf een korte notitie van wat in het bestuursgesprek is besproken.");
            fouten.AddRange(gelezen.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            BesprokenOp = datum;
            Bespreeknotitie = gelezen.Waarde;
            return Stapuitkomst.Gelukt($"Besproken op {NederlandseDatum.Tekst(datum!.Value)}");
        });

    /// <summary>Every problem with the lines at once.</summary>
    public static IReadOnlyList<Fout> Controleer(Verantwoordingsinhoud inhoud, IReadOnlyCollection<VestigingCode> vestigingenVanBestuur)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        ArgumentNullException.ThrowIfNull(vestigingenVanBestuur);
        var fouten = new List<Fout>();
        if (inhoud.Regels.Count + inhoud.Leerlingregels.Count > MaximumRegels)
        {
            return [Fout.Ongeldig("te-veel-regels", $"Hoogstens {MaximumRegels} regels samen.", "regels")];
        }

        for (var i = 0; i < inhoud.Regels.Count; i++)
        {
            var regel = inhoud.Regels[i];
            var pad = $"regels[{i}]";
            if (!vestigingenVanBestuur.Contains(regel.Vestiging))
            {
                fouten.Add(Fout.Ongeldig("school-van-ander-bestuur", $"Vestiging {regel.Vestiging} is geen school van dit schoolbestuur.", $"{pad}.vestiging"));
            }

            if (regel.Niveau == Verantwoordingsniveau.Groep)
            {
                fouten.AddRange(Tekst.Verplicht(regel.Groep, MaximaleLengteGroep, $"{pad}.groep", "groep-vereist", "Geef de groep waar deze regel over gaat.").Fouten);
            }
            else if (!string.IsNullOrWhiteSpace(regel.Groep))
            {
                fouten.Add(Fout.Ongeldig("groep-bij-schoolniveau", "Een regel op schoolniveau noemt geen groep; kies groepsniveau of laat de groep leeg.", $"{pad}.groep"));
            }

            fouten.AddRange(Tekst.Verplicht(regel.Doel, MaximaleLengteTekst, $"{pad}.doel", "doel-vereist", "Schrijf het doel waarvoor de middelen zijn ingezet.").Fouten);
            fouten.AddRange(Tekst.Verplicht(regel.Interventies, MaximaleLengteTekst, $"{pad}.interventies", "interventies-vereist", "Schrijf welke interventies zijn ingezet.").Fouten);
            fouten.AddRange(Tekst.Optioneel(regel.Resultaten, MaximaleLengteTekst, $"{pad}.resultaten").Fouten);
            if (Bedrag.Controleer(regel.Besteed, $"{pad}.besteed", "het bestede bedrag") is { } bedragfout)
            {
                fouten.Add(bedragfout);
            }
        }

        for (var i = 0; i < inhoud.Leerlingregels.Count; i++)
        {
            var regel = inhoud.Leerlingregels[i];
            var pad = $"leerlingregels[{i}]";
            if (!vestigingenVanBestuur.Contains(regel.Opp.Vestiging))
            {
                fouten.Add(Fout.Ongeldig("opp-van-ander-bestuur", "Dit OPP is van een leerling van een school van een ander schoolbestuur.", $"{pad}.oppId"));
            }
            else if (inhoud.Leerlingregels.Take(i).Any(r => r.Opp.OppId == regel.Opp.OppId))
            {
                fouten.Add(Fout.Ongeldig("opp-dubbel", "Dit OPP staat al in een eerdere regel.", $"{pad}.oppId"));
            }

            fouten.AddRange(Tekst.Optioneel(regel.Toelichting, MaximaleLengteTekst, $"{pad}.toelichting").Fouten);
            if (Bedrag.Controleer(regel.Besteed, $"{pad}.besteed", "het bestede bedrag") is { } bedragfout)
            {
                fouten.Add(bedragfout);
            }
        }

        return fouten;
    }

    private Result<Verantwoording> Overgang(VerantwoordingStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        VerantwoordingLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, rij.Gebeurtenis, toelichting)];
            GewijzigdOp = nu;
            Raise(rij.Meldt(this, nu));
        });

    private void Neem(Verantwoordingsinhoud inhoud, Actor door, DateTimeOffset nu, string actie)
    {
        _regels = [.. inhoud.Regels.Select(r => new Verantwoordingsregel(
            r.Niveau, r.Vestiging.Waarde, Schoon(r.Groep), r.Doel!.Trim(), r.Interventies!.Trim(), r.Besteed!.Value, Schoon(r.Resultaten)))];
        _leerlingregels = [.. inhoud.Leerlingregels.Select(r => new Leerlingregel(
            r.Opp.OppId, r.Opp.LeerlingId, r.Opp.Vestiging.Waarde, r.Besteed!.Value, Schoon(r.Toelichting)))];
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, actie, null)];
        GewijzigdOp = nu;
    }

    private static string? Schoon(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

/// <summary>A line at school or group level: what the money was for, what was done, what it cost and what it achieved.</summary>
public sealed record Verantwoordingsregel(
    Verantwoordingsniveau Niveau, string Vestiging, string? Groep, string Doel, string Interventies, decimal Besteed, string? Resultaten);

/// <summary>
/// A line at pupil level: a reference to the pupil's OPP (its goals, interventions and evaluated plan van aanpak are
/// there, not repeated here), the money used and an optional note. The pupil and vestiging are kept so the line can
/// be audited as pupil data and its name shown only to those who may see the pupil.
/// </summary>
public sealed record Leerlingregel(Guid OppId, Guid LeerlingId, string Vestiging, decimal Besteed, string? Toelichting);

/// <summary>An OPP a pupil line refers to, as the use case found it (visible to the caller).</summary>
public sealed record OppVerwijzing(Guid OppId, Guid LeerlingId, VestigingCode Vestiging);

/// <summary>The lines of a verantwoording as a request gives them.</summary>
public sealed record Verantwoordingsinhoud(IReadOnlyList<Regelinvoer> Regels, IReadOnlyList<Leerlingregelinvoer> Leerlingregels);

public sealed record Regelinvoer(
    Verantwoordingsniveau Niveau, VestigingCode Vestiging, string? Groep, string? Doel, string? Interventies, decimal? Besteed, string? Resultaten);

public sealed record Leerlingregelinvoer(OppVerwijzing Opp, decimal? Besteed, string? Toelichting);
